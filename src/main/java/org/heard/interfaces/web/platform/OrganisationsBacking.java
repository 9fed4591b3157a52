package org.heard.interfaces.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.administration.PlatformAdministration;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /platform/index.xhtml}: the organisations of the installation and
 * the form that creates one with its first administrator, whose temporary
 * password is shown once on the page the form returns to.
 */
@Named
@RequestScoped
public class OrganisationsBacking {

    @Inject
    private PlatformAdministration platform;

    private String code;
    private String name;
    private String adminName;
    private String adminUsername;

    private PlatformAdministration.Created created;
    private List<PlatformAdministration.Listing> organisations;

    public void create() {
        try {
            created = platform.create(code, name, adminName, adminUsername);
            organisations = null;
            Messages.addGlobalInfo("platform.created", created.code());
        } catch (InterviewRuleException rule) {
            RefusalMessages.error("organisationForm", component(rule.getField()), rule.getMessageKey());
        }
    }

    /** The form's component for a refused value: the first administrator's account fields have their own ids. */
    private static String component(String field) {
        if ("displayName".equals(field)) {
            return "adminName";
        }
        return "username".equals(field) ? "adminUsername" : field;
    }

    public List<PlatformAdministration.Listing> getOrganisations() {
        if (organisations == null) {
            organisations = platform.organisations();
        }
        return organisations;
    }

    /** The organisation just created with its administrator's temporary password; null before. */
    public PlatformAdministration.Created getCreated() {
        return created;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }
}
