package org.heard.domain.model.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.heard.domain.shared.Checks;
import org.heard.domain.shared.OrganisationOwned;

/**
 * A member of staff who signs in to Heard. Belongs to exactly one organisation,
 * holds one or more roles, and, when an interviewer, is either an Expert by
 * Experience or a practitioner.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount implements OrganisationOwned {

    /** Longest user name (an e-mail address fits). */
    public static final int USERNAME_MAX = 254;
    /** Longest display name. */
    public static final int DISPLAY_NAME_MAX = 200;
    /** Longest stored password hash, including the algorithm's parameters. */
    public static final int PASSWORD_HASH_MAX = 512;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "username", length = USERNAME_MAX, nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", length = DISPLAY_NAME_MAX, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = PASSWORD_HASH_MAX, nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", length = 32, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "interviewer_kind", length = 32)
    @Enumerated(EnumType.STRING)
    private InterviewerKind interviewerKind;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffAccount() {}

    /**
     * Creates an enabled account.
     *
     * @param interviewerKind required when {@code roles} contains {@link Role#INTERVIEWER}, otherwise ignored
     */
    public StaffAccount(
            Organisation organisation,
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            InterviewerKind interviewerKind,
            Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisation.getId(), "organisation must be persisted");
        this.username = normaliseUsername(username);
        this.displayName = Checks.requireText(displayName, DISPLAY_NAME_MAX, "Display name");
        this.passwordHash = Checks.requireText(passwordHash, PASSWORD_HASH_MAX, "Password hash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A staff account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        if (this.roles.contains(Role.INTERVIEWER)) {
            this.interviewerKind = Objects.requireNonNull(interviewerKind, "An interviewer needs an interviewer kind");
        }
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The form in which user names are stored and looked up ({@link Usernames#canonical}); refuses any other. */
    public static String normaliseUsername(String username) {
        Checks.requireText(username, USERNAME_MAX, "User name");
        return Usernames.canonical(username)
                .orElseThrow(() -> new IllegalArgumentException("User name holds a character that cannot be seen"));
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The interviewer's kind; empty for staff who do not interview. */
    public Optional<InterviewerKind> getInterviewerKind() {
        return Optional.ofNullable(roles.contains(Role.INTERVIEWER) ? interviewerKind : null);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Whether the password is a temporary one that must be changed before anything else. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** Gives the account a temporary password, to be changed at the next sign-in. */
    public void setTemporaryPassword(String hash) {
        this.passwordHash = Checks.requireText(hash, PASSWORD_HASH_MAX, "Password hash");
        this.mustChangePassword = true;
    }

    /** The holder chose a new password. */
    public void changePassword(String hash, Instant at) {
        this.passwordHash = Checks.requireText(hash, PASSWORD_HASH_MAX, "Password hash");
        this.mustChangePassword = false;
        this.passwordChangedAt = Objects.requireNonNull(at);
    }

    /** Stops the account from signing in; returns false when it was already disabled. */
    public boolean disable() {
        boolean was = enabled;
        enabled = false;
        return was;
    }

    /** Lets the account sign in again; returns false when it was already enabled. */
    public boolean enable() {
        boolean was = enabled;
        enabled = true;
        return !was;
    }

    /** The role whose landing page this person sees first after signing in. */
    public Role primaryRole() {
        return roles.iterator().next();
    }
}
