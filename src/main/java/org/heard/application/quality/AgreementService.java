package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffRepository;
import org.heard.domain.model.quality.CohenKappa;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeRepository;
import org.heard.domain.model.quality.ThemingException;

/**
 * Agreement between two quality-assurance analysts who coded the same answers: for each
 * theme of the codebook, Cohen's kappa over the answers both marked coded, suppressed
 * below the small-number threshold.
 */
@ApplicationScoped
public class AgreementService {

    @Inject
    private CallerContext callerContext;

    @Inject
    private ThemingQuery query;

    @Inject
    private ThemeRepository themes;

    @Inject
    private StaffRepository staff;

    @Inject
    private SmallNumbers smallNumbers;

    /**
     * Agreement between two analysts on one theme; {@code suppressed} when the answers both
     * coded come from fewer interviews than the suppression threshold, and then no count is given.
     */
    public record Agreement(String theme, boolean suppressed, long interviews, CohenKappa counts) {}

    /** An analyst who can be compared. */
    public record Analyst(long id, String name) {}

    /** The organisation's analysts, by name, to choose two to compare. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Analyst> analysts() {
        analyst();
        return staff.findAll().stream()
                .filter(s -> s.hasRole(Role.QA_ANALYST))
                .map(s -> new Analyst(s.getId(), s.getDisplayName()))
                .toList();
    }

    /**
     * For each theme, the agreement between two analysts of the organisation over the
     * answers both marked coded; counted by the database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agreement> agreement(long firstCoderId, long secondCoderId) {
        analyst();
        Set<Long> analysts = analysts().stream().map(Analyst::id).collect(Collectors.toSet());
        if (!analysts.contains(firstCoderId) || !analysts.contains(secondCoderId)) {
            throw new ThemingException("qa.agreement.error.analyst");
        }
        if (firstCoderId == secondCoderId) {
            throw new ThemingException("qa.agreement.error.same");
        }
        Map<Long, ThemingQuery.AgreementCounts> counts = query.agreement(firstCoderId, secondCoderId).stream()
                .collect(Collectors.toMap(ThemingQuery.AgreementCounts::themeId, c -> c));
        List<Agreement> agreements = new ArrayList<>();
        for (Theme theme : themes.findAll()) {
            ThemingQuery.AgreementCounts c = counts.get(theme.getId());
            long interviews = c == null ? 0 : c.interviews();
            if (smallNumbers.hides(interviews)) {
                agreements.add(new Agreement(theme.getName(), true, 0, null));
            } else {
                agreements.add(new Agreement(
                        theme.getName(),
                        false,
                        interviews,
                        new CohenKappa(c.both(), c.firstOnly(), c.secondOnly(), c.neither())));
            }
        }
        return agreements;
    }

    /** The suppression threshold, for the page's explanation. */
    public int suppressionThreshold() {
        return smallNumbers.minimum();
    }

    private Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }
}
