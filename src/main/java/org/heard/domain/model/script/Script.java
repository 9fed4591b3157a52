package org.heard.domain.model.script;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One published version of an interview script: shared by every organisation (the
 * framework's scripts, {@code organisationId} null) or an organisation's own. It never
 * changes once written: every column is mapped read-only, there are no setters, and
 * the application's database account may only insert its rows. Every interview
 * records the version it used and is always shown with it. Drafts live apart, as
 * documents, until they are published. Because it never changes, it is kept in
 * JPA's shared cache with its questions and rating statements: a request that needs
 * an interview's script does not load it, question by question, again.
 */
@Entity
@Table(name = "script")
@Cacheable
public class Script {

    /**
     * The code of the framework's own script for parents and carers (Appendix 1):
     * the script every new interview uses unless an organisation chose another.
     */
    public static final String DEFAULT_CODE = "parents-carers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The organisation whose own version this is; {@code null} for a shared script. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "code", length = 64, nullable = false, updatable = false)
    private String code;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "title", length = ScriptContent.TITLE_MAX, nullable = false, updatable = false)
    private String title;

    @Column(name = "introduction", nullable = false, updatable = false)
    private String introduction;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false, updatable = false)
    private ScriptStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at", updatable = false)
    private Instant publishedAt;

    @OneToMany(mappedBy = "script", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "script_scale_label", joinColumns = @JoinColumn(name = "script_id"))
    @MapKeyColumn(name = "value")
    @Column(name = "label", length = ScriptContent.LABEL_MAX, nullable = false, updatable = false)
    private Map<Integer, String> scaleLabels = new TreeMap<>();

    protected Script() {}

    /**
     * A new published version: the content, which must have no {@link ScriptContent#problems()
     * problems}, as version {@code version} of its code, for an organisation (or shared when
     * {@code organisationId} is null).
     */
    public static Script publish(
            ScriptContent content, Long organisationId, int version, Instant createdAt, Instant publishedAt) {
        if (!content.problems().isEmpty()) {
            throw new IllegalArgumentException("The script has problems and cannot be published");
        }
        Script script = new Script();
        script.organisationId = organisationId;
        script.code = content.getCode();
        script.version = version;
        script.title = content.getTitle().strip();
        script.introduction = content.getIntroduction().strip();
        script.status = ScriptStatus.PUBLISHED;
        script.createdAt = createdAt;
        script.publishedAt = publishedAt;
        content.getScale()
                .forEach(label -> script.scaleLabels.put(
                        label.getValue(), label.getLabel().strip()));
        content.getQuestions().forEach(q -> script.questions.add(new Question(script, q)));
        return script;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isShared() {
        return organisationId == null;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public ScriptStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ScriptStatus.PUBLISHED;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    public int getQuestionCount() {
        return questions.size();
    }

    /** The question with this number (1-based), if the script has it. */
    public Optional<Question> question(int number) {
        return questions.stream().filter(q -> q.getNumber() == number).findFirst();
    }

    /** The labels of the rating scale, by value (1 = strongly disagree … 5 = strongly agree). */
    public Map<Integer, String> getScaleLabels() {
        return Collections.unmodifiableMap(new TreeMap<>(scaleLabels));
    }

    /** Whether {@code value} is on this script's rating scale. */
    public boolean isOnScale(int value) {
        return scaleLabels.containsKey(value);
    }
}
