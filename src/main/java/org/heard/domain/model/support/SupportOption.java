package org.heard.domain.model.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.heard.domain.shared.InterviewRuleException;

/** One support option: an organisation's own, or one of the shared defaults (no organisation). */
@Entity
@Table(name = "support_option")
public class SupportOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", length = NAME_MAX, nullable = false, updatable = false)
    private String name;

    @Column(name = "description", length = DESCRIPTION_MAX, nullable = false, updatable = false)
    private String description;

    @Column(name = "contact", length = CONTACT_MAX, nullable = false, updatable = false)
    private String contact;

    @Column(name = "active", nullable = false)
    private boolean active;

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int CONTACT_MAX = 500;

    protected SupportOption() {}

    /**
     * A new option of an organisation. Its words never change afterwards, so that
     * what an interview recorded as offered keeps its meaning: to reword an option,
     * add a new one and deactivate the old.
     */
    public SupportOption(long organisationId, int position, String name, String description, String contact) {
        this.organisationId = organisationId;
        this.position = position;
        this.name = required(name, NAME_MAX, "name");
        this.description = required(description, DESCRIPTION_MAX, "description");
        this.contact = required(contact, CONTACT_MAX, "contact");
        this.active = true;
    }

    private static String required(String value, int max, String field) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InterviewRuleException("support.admin.error." + field + "-required", field);
        }
        if (clean.length() > max) {
            throw new InterviewRuleException("support.admin.error." + field + "-too-long", field);
        }
        return clean;
    }

    /** A copy of this (default) option for an organisation adopting the defaults. */
    public SupportOption copyFor(long organisationId) {
        SupportOption copy = new SupportOption(organisationId, position, name, description, contact);
        copy.active = active;
        return copy;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getContact() {
        return contact;
    }

    public boolean isActive() {
        return active;
    }
}
