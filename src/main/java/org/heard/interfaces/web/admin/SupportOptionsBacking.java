package org.heard.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.administration.SupportAdministration;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Messages;

/** Serves {@code /admin/support.xhtml}: the support options read out at the end of every interview. */
@Named
@RequestScoped
public class SupportOptionsBacking {

    @Inject
    private SupportAdministration administration;

    private String name;
    private String description;
    private String contact;
    private List<SupportOption> own;

    public void makeOwnList() {
        administration.makeOwnList();
        own = null;
        Messages.addGlobalInfo("support.admin.own-list-made");
    }

    public void add() {
        try {
            SupportOption option = administration.add(name, description, contact);
            Messages.addGlobalInfo("support.admin.added", option.getName());
            name = null;
            description = null;
            contact = null;
            own = null;
        } catch (InterviewRuleException rule) {
            RefusalMessages.error(rule, "addForm");
        }
    }

    public void setActive(long optionId, boolean active) {
        act(() -> administration.setActive(optionId, active));
    }

    public void move(long optionId, int direction) {
        act(() -> administration.move(optionId, direction));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("support.admin.not-found");
        }
        own = null;
    }

    public List<SupportOption> getOwn() {
        if (own == null) {
            own = administration.own();
        }
        return own;
    }

    public List<SupportOption> getDefaults() {
        return administration.defaults();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
