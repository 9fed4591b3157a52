package org.heard.interfaces.web.qa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.heard.application.quality.CodingService;
import org.heard.domain.model.quality.ThemingException;
import org.omnifaces.util.Messages;

/** Serves {@code /qa/agreement.xhtml}: two analysts chosen, their agreement on each theme. */
@Named
@ViewScoped
public class AgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CodingService coding;

    private Long first;
    private Long second;
    private transient List<CodingService.Agreement> agreements;
    private String firstName;
    private String secondName;

    public List<CodingService.Analyst> getAnalysts() {
        return coding.analysts();
    }

    /** Compares the two analysts chosen. */
    public void compare() {
        agreements = null;
        if (first == null || second == null) {
            Messages.addGlobalError("qa.agreement.error.choose");
            return;
        }
        try {
            agreements = coding.agreement(first, second);
            firstName = name(first);
            secondName = name(second);
        } catch (ThemingException refused) {
            Messages.addGlobalError(refused.getMessageKey());
        }
    }

    private String name(long id) {
        return getAnalysts().stream()
                .filter(a -> a.id() == id)
                .map(CodingService.Analyst::name)
                .findFirst()
                .orElse("");
    }

    public List<CodingService.Agreement> getAgreements() {
        return agreements;
    }

    public int getThreshold() {
        return coding.suppressionThreshold();
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
