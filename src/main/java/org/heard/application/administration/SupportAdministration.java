package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.model.support.SupportOptionRepository;
import org.heard.domain.shared.NotFoundException;

/**
 * An organisation's support options, read out at the end of every interview.
 * An organisation uses the shared defaults until it makes its own list,
 * starting from a copy of them. Options are added, deactivated or reactivated
 * and reordered; their words never change, so that what an interview recorded
 * as offered keeps its meaning. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SupportAdministration {

    @Inject
    private Administration administration;

    @Inject
    private SupportOptionRepository options;

    @Inject
    private AuditTrail audit;

    /** The organisation's own options, active or not, in order; empty while it uses the defaults. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOption> own() {
        return options.findOwn(administration.admin().getOrganisationId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOption> defaults() {
        administration.admin();
        return options.findDefaults();
    }

    /** Starts the organisation's own list as a copy of the defaults; does nothing if it has one. */
    public void makeOwnList() {
        Caller admin = administration.admin();
        if (!options.findOwn(admin.getOrganisationId()).isEmpty()) {
            return;
        }
        for (SupportOption option : options.findDefaults()) {
            SupportOption copy = options.store(option.copyFor(admin.getOrganisationId()));
            audit.record(AdministrationEvents.supportOptionCopied(admin, copy));
        }
    }

    /** Adds an option at the end of the organisation's own list (made from the defaults first if needed). */
    public SupportOption add(String name, String description, String contact) {
        Caller admin = administration.admin();
        makeOwnList();
        List<SupportOption> own = options.findOwn(admin.getOrganisationId());
        int position = own.stream().mapToInt(SupportOption::getPosition).max().orElse(0) + 1;
        SupportOption option =
                options.store(new SupportOption(admin.getOrganisationId(), position, name, description, contact));
        audit.record(AdministrationEvents.supportOptionAdded(admin, option));
        return option;
    }

    /** Offers an option in interviews, or stops offering it. */
    public void setActive(long optionId, boolean active) {
        Caller admin = administration.admin();
        SupportOption option = ownOption(admin, optionId);
        if (option.isActive() != active) {
            option.setActive(active);
            audit.record(AdministrationEvents.supportOptionActive(admin, option));
        }
    }

    /** Moves an option one place up ({@code -1}) or down ({@code +1}) in the list. */
    public void move(long optionId, int direction) {
        Caller admin = administration.admin();
        List<SupportOption> own = new ArrayList<>(options.findOwn(admin.getOrganisationId()));
        SupportOption option = ownOption(admin, optionId);
        int from = own.indexOf(option);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= own.size()) {
            return;
        }
        own.remove(from);
        own.add(to, option);
        for (int i = 0; i < own.size(); i++) {
            own.get(i).moveTo(i + 1);
        }
        audit.record(AdministrationEvents.supportOptionMoved(admin, option, from + 1, to + 1));
    }

    private SupportOption ownOption(Caller admin, long optionId) {
        return options.findOwn(admin.getOrganisationId()).stream()
                .filter(o -> o.getId() == optionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
