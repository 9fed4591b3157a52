package org.heard.interfaces.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.heard.application.administration.PlatformAdministration;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.FormSubmissions;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /platform/index.xhtml}: the organisations of the installation and
 * the form that creates one with its first administrator, whose temporary
 * password is shown once on the page the form redirects to.
 */
@Named
@RequestScoped
public class OrganisationsBacking {

    /** The flash attribute that carries the new organisation to this page, once, after the redirect. */
    private static final String CREATED = "heard.platform.created";

    @Inject
    private PlatformAdministration platform;

    @Inject
    private FormSubmissions submissions;

    private String code;
    private String name;
    private String adminName;
    private String adminUsername;

    private PlatformAdministration.Created created;
    private List<PlatformAdministration.Listing> organisations;

    /**
     * Creates the organisation once per submission of the form, then shows this page again with the result
     * (post-redirect-get: nothing is rendered after the organisation is committed).
     */
    public void create() throws IOException {
        submissions.once("organisationForm", () -> {
            try {
                PlatformAdministration.Created made = platform.create(code, name, adminName, adminUsername);
                Messages.addFlashGlobalInfo("platform.created", made.code());
                Faces.setFlashAttribute(CREATED, made);
                return Optional.of("platform/index.xhtml");
            } catch (InterviewRuleException rule) {
                RefusalMessages.error("organisationForm", component(rule.getField()), rule.getMessageKey());
                return Optional.empty();
            }
        });
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

    /** The organisation just created with its administrator's temporary password, shown once; null otherwise. */
    public PlatformAdministration.Created getCreated() {
        if (created == null && Faces.getFlashAttribute(CREATED) instanceof PlatformAdministration.Created made) {
            created = made;
        }
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
