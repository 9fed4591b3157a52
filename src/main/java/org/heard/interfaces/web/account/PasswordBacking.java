package org.heard.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.heard.application.account.AccountService;
import org.heard.application.shared.CallerContext;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code /account/password.xhtml}: choosing a new password, required after a temporary one. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CallerContext callerContext;

    private String current;
    private String chosen;
    private String confirmation;

    public void change() throws IOException {
        try {
            accounts.changePassword(current, chosen, confirmation);
            Messages.addFlashGlobalInfo("password.done");
            Faces.redirect("index.xhtml");
        } catch (InterviewRuleException rule) {
            RefusalMessages.error(rule, "password");
        }
    }

    /** Whether the password is temporary (the page then says why it is shown). */
    public boolean isRequired() {
        return callerContext.caller().map(c -> c.isMustChangePassword()).orElse(false);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
