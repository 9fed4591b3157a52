package org.heard.domain.model.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.heard.domain.shared.Checks;
import org.heard.domain.shared.OrganisationOwned;

/**
 * One entry of the "you said, we did" log: what families said (a finding, or a theme of
 * the codebook), the action recommended, who owns it, where it stands, and the day it
 * was shared back with families and practitioners. Only a done action can be shared.
 */
@Entity
@Table(name = "qa_action")
public class QualityAction implements OrganisationOwned {

    public static final int FINDING_MAX = 2000;
    public static final int ACTION_MAX = 2000;
    public static final int OWNER_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "theme_id")
    private Long themeId;

    @Column(name = "finding", length = FINDING_MAX, nullable = false)
    private String finding;

    @Column(name = "action_text", length = ACTION_MAX, nullable = false)
    private String actionText;

    @Column(name = "owner", length = OWNER_MAX, nullable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private ActionStatus status;

    @Column(name = "shared_on")
    private LocalDate sharedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected QualityAction() {}

    /** A new action, proposed. */
    public QualityAction(
            long organisationId,
            Long themeId,
            String finding,
            String actionText,
            String owner,
            long createdBy,
            Instant at) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(at);
        this.status = ActionStatus.PROPOSED;
        change(themeId, finding, actionText, owner, at);
    }

    /** Changes what the action says; its status and sharing are changed by {@link #progress}. */
    public final void change(Long themeId, String finding, String actionText, String owner, Instant at) {
        this.themeId = themeId;
        this.finding = Checks.requireText(finding, FINDING_MAX, "finding");
        this.actionText = Checks.requireText(actionText, ACTION_MAX, "action");
        this.owner = Checks.requireText(owner, OWNER_MAX, "owner");
        this.updatedAt = Objects.requireNonNull(at);
    }

    /**
     * Moves the action on. A date it was shared is kept only for a done action, and can
     * be neither in the future nor before the action was recorded.
     *
     * @param today the organisation's date today
     */
    public void progress(ActionStatus newStatus, LocalDate shared, LocalDate today, Instant at) {
        Objects.requireNonNull(newStatus);
        if (shared != null && newStatus != ActionStatus.DONE) {
            throw new ActionLogException("qa.actions.error.shared-not-done");
        }
        if (shared != null && shared.isAfter(today)) {
            throw new ActionLogException("qa.actions.error.shared-future");
        }
        this.status = newStatus;
        this.sharedOn = shared;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getFinding() {
        return finding;
    }

    public String getActionText() {
        return actionText;
    }

    public String getOwner() {
        return owner;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getSharedOn() {
        return sharedOn;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
