package org.heard.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.heard.domain.shared.Checks;

/** A local authority. Everything families tell Heard belongs to exactly one organisation. */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** Longest organisation code, e.g. {@code BH}; used as the prefix of interview references. */
    public static final int CODE_MAX = 8;
    /** Longest organisation name. */
    public static final int NAME_MAX = 200;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,8}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true)
    private String code;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retention_months")
    private Integer retentionMonths;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "retention_action", length = 16)
    private RetentionAction retentionAction;

    /** Longest retention period an organisation can set: 20 years. */
    public static final int RETENTION_MONTHS_MAX = 240;

    protected Organisation() {}

    public Organisation(String code, String name, Instant createdAt) {
        String upper = Checks.requireText(code, CODE_MAX, "Organisation code").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw new IllegalArgumentException("Organisation code must be 2 to 8 letters or digits");
        }
        this.code = upper;
        this.name = Checks.requireText(name, NAME_MAX, "Organisation name");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /**
     * Sets how long personal data is kept after an interview ends, and what then
     * happens to it; no months means it is kept until withdrawn.
     */
    public void setRetention(Integer months, RetentionAction action) {
        if (months == null) {
            retentionMonths = null;
            retentionAction = null;
            return;
        }
        if (months < 1 || months > RETENTION_MONTHS_MAX) {
            throw new org.heard.domain.shared.InterviewRuleException("retention.error.months", "months");
        }
        if (action == null) {
            throw new org.heard.domain.shared.InterviewRuleException("retention.error.action", "action");
        }
        retentionMonths = months;
        retentionAction = action;
    }

    public Integer getRetentionMonths() {
        return retentionMonths;
    }

    public RetentionAction getRetentionAction() {
        return retentionAction;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
