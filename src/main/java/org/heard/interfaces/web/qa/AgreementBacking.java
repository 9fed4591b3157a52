package org.heard.interfaces.web.qa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.heard.application.quality.AgreementService;
import org.heard.domain.model.quality.ThemingException;
import org.omnifaces.util.Messages;

/** Serves {@code /qa/agreement.xhtml}: two analysts chosen, their agreement on each theme. */
@Named
@ViewScoped
public class AgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreement;

    private Long first;
    private Long second;
    private transient List<AgreementService.Agreement> agreements;
    private String firstName;
    private String secondName;

    public List<AgreementService.Analyst> getAnalysts() {
        return agreement.analysts();
    }

    /** Compares the two analysts chosen. */
    public void compare() {
        agreements = null;
        if (first == null || second == null) {
            Messages.addGlobalError("qa.agreement.error.choose");
            return;
        }
        try {
            agreements = agreement.agreement(first, second);
            firstName = name(first);
            secondName = name(second);
        } catch (ThemingException refused) {
            Messages.addGlobalError(refused.getMessageKey());
        }
    }

    private String name(long id) {
        return getAnalysts().stream()
                .filter(a -> a.id() == id)
                .map(AgreementService.Analyst::name)
                .findFirst()
                .orElse("");
    }

    public List<AgreementService.Agreement> getAgreements() {
        return agreements;
    }

    public int getThreshold() {
        return agreement.suppressionThreshold();
    }

    public String getFirstName() {
        return firstName;
    }

    public String getSecondName() {
        return secondName;
    }

    public Long getFirst() {
        return first;
    }

    public void setFirst(Long first) {
        this.first = first;
    }

    public Long getSecond() {
        return second;
    }

    public void setSecond(Long second) {
        this.second = second;
    }
}
