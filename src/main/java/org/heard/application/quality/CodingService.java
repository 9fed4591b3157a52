package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.quality.AnswerCoding;
import org.heard.domain.model.quality.NameRedaction;
import org.heard.domain.model.quality.Passage;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeRepository;
import org.heard.domain.model.quality.ThemeTag;
import org.heard.domain.model.quality.ThemingException;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.shared.NotFoundException;

/**
 * Analysts coding the family's words with themes of the codebook, and the agreement
 * between two analysts who coded the same answers. Analysts read answers with the names
 * recorded with the interview taken out ({@link NameRedaction}), never see who
 * interviewed the family (only whether an Expert by Experience or a practitioner did)
 * and never the interview's reference. Coding is blind: an analyst sees other analysts'
 * tags of an answer only once they have marked it coded themselves, and from then on
 * their own tags of it are fixed.
 */
@ApplicationScoped
@Transactional
public class CodingService {

    /** Answers on one page of the coding list. */
    public static final int PAGE_SIZE = 10;

    /** How many quarters back answers can be filtered by. */
    public static final int FILTER_QUARTERS = 8;

    @Inject
    private CallerContext callerContext;

    @Inject
    private ThemingQuery query;

    @Inject
    private ThemeRepository themes;

    @Inject
    private TeamRepository teams;

    @Inject
    private StaffRepository staff;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private SmallNumbers smallNumbers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A stretch of an answer as shown: offsets into the stored words, and what is shown. */
    public record Shown(int start, int end, boolean name, String text) {}

    /** A tag as an analyst sees it: the theme, the passage redacted (null: the whole answer), who tagged it. */
    public record TagView(long id, String theme, String passage, String coder) {}

    /** One answer open for coding, without any name, reference or interviewer. */
    public record CodingAnswer(
            long answerId,
            int questionNumber,
            String questionTitle,
            List<Shown> words,
            InterviewerKind interviewerKind,
            String teamName,
            Quarter quarter,
            boolean coded,
            List<TagView> ownTags,
            List<TagView> otherTags) {}

    /** One page of the coding list. */
    public record Page(List<CodingAnswer> answers, long total, int page, int pages) {}

    /**
     * One page (from 0) of the answers open for coding, filtered as asked. The filter's
     * {@code notCodedBy} is replaced by the caller when set.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page answers(ThemingQuery.AnswerFilter filter, int page) {
        Caller analyst = analyst();
        ThemingQuery.AnswerFilter asked = filter.notCodedBy() == null
                ? filter
                : new ThemingQuery.AnswerFilter(
                        filter.questionNumber(), filter.quarter(), filter.teamId(), analyst.getStaffId());
        long total = query.countAnswers(asked);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<ThemingQuery.AnswerRow> rows = query.answers(asked, shown * PAGE_SIZE, PAGE_SIZE);
        List<Long> ids = rows.stream().map(ThemingQuery.AnswerRow::answerId).toList();
        Set<Long> coded = new HashSet<>(themes.codedBy(analyst.getStaffId(), ids));
        Map<Long, String> themeNames = themeNames();
        Map<Long, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getName));
        Map<Long, String> coderNames =
                staff.findAll().stream().collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName));
        List<ThemeTag> tags = themes.tagsOf(ids);
        List<CodingAnswer> answers = new ArrayList<>();
        for (ThemingQuery.AnswerRow row : rows) {
            NameRedaction redaction = NameRedaction.of(row.respondentName(), row.socialWorkerName());
            List<Shown> words = redaction.segments(row.text()).stream()
                    .map(s -> new Shown(s.start(), s.end(), s.name(), redaction.shown(row.text(), s)))
                    .toList();
            boolean isCoded = coded.contains(row.answerId());
            List<TagView> own = new ArrayList<>();
            List<TagView> others = new ArrayList<>();
            for (ThemeTag tag : tags) {
                if (!tag.getAnswerId().equals(row.answerId())) {
                    continue;
                }
                boolean mine = tag.getCoderId().equals(analyst.getStaffId());
                if (mine || isCoded) {
                    Passage passage = tag.getPassage();
                    TagView view = new TagView(
                            tag.getId(),
                            themeNames.getOrDefault(tag.getThemeId(), ""),
                            passage.isWhole() ? null : redaction.excerpt(row.text(), passage.start(), passage.end()),
                            mine ? null : coderNames.getOrDefault(tag.getCoderId(), ""));
                    (mine ? own : others).add(view);
                }
            }
            answers.add(new CodingAnswer(
                    row.answerId(),
                    row.questionNumber(),
                    row.questionTitle(),
                    words,
                    row.interviewerKind(),
                    row.teamId() == null ? null : teamNames.get(row.teamId()),
                    row.submittedAt() == null ? null : Quarter.of(row.submittedAt()),
                    isCoded,
                    own,
                    others));
        }
        return new Page(answers, total, shown, pages);
    }

    /**
     * Tags the answer, or the passage {@code [start, end)} of its stored words, with each
     * of the themes; a tag the analyst already has is not doubled.
     *
     * @throws NotFoundException for an answer of another organisation, or none
     * @throws ThemingException for an interview that is not submitted, withdrawn or
     *     retained; an answer already marked coded; no theme, or a theme not of the
     *     organisation's codebook; a passage outside the words
     */
    public List<ThemeTag> tag(long answerId, Collection<Long> themeIds, Integer start, Integer end) {
        Caller analyst = analyst();
        ThemingQuery.Target target = open(answerId);
        if (themes.findCoding(analyst.getStaffId(), answerId).isPresent()) {
            throw new ThemingException("qa.coding.error.already-coded");
        }
        if (themeIds == null || themeIds.isEmpty()) {
            throw new ThemingException("qa.coding.error.theme-required");
        }
        Set<Long> wanted = new LinkedHashSet<>(themeIds);
        for (Long themeId : wanted) {
            if (themeId == null || themes.find(themeId).isEmpty()) {
                throw new ThemingException("qa.coding.error.theme");
            }
        }
        Passage passage = Passage.of(start, end, target.text().length());
        List<ThemeTag> existing = themes.tagsOf(analyst.getStaffId(), List.of(answerId));
        List<ThemeTag> added = new ArrayList<>();
        for (Long themeId : wanted) {
            ThemeTag tag = new ThemeTag(
                    analyst.getOrganisationId(),
                    themeId,
                    target.interviewId(),
                    answerId,
                    analyst.getStaffId(),
                    passage,
                    clock.instant());
            boolean duplicate = existing.stream()
                    .anyMatch(other -> other.getThemeId().equals(themeId) && other.sameJudgementAs(tag));
            if (!duplicate) {
                added.add(themes.store(tag));
            }
        }
        themes.flush();
        List<AuditEntry> entries = QualityEvents.tagsAdded(analyst, added, passage);
        if (!entries.isEmpty()) {
            audit.record(entries);
        }
        return added;
    }

    /** Removes one of the analyst's own tags, while the answer is not yet marked coded. */
    public void removeTag(long tagId) {
        Caller analyst = analyst();
        ThemeTag tag = themes.findTag(tagId)
                .filter(t -> t.getCoderId().equals(analyst.getStaffId()))
                .orElseThrow(NotFoundException::new);
        if (themes.findCoding(analyst.getStaffId(), tag.getAnswerId()).isPresent()) {
            throw new ThemingException("qa.coding.error.already-coded");
        }
        themes.delete(tag);
        themes.flush();
        audit.record(QualityEvents.tagRemoved(analyst, tag));
    }

    /**
     * Marks the answer coded by the analyst, with the tags they have given it, none
     * included: that is what makes "neither analyst tagged it" count for agreement.
     */
    public void markCoded(long answerId) {
        Caller analyst = analyst();
        ThemingQuery.Target target = open(answerId);
        if (themes.findCoding(analyst.getStaffId(), answerId).isPresent()) {
            throw new ThemingException("qa.coding.error.already-coded");
        }
        themes.store(new AnswerCoding(
                analyst.getOrganisationId(), target.interviewId(), answerId, analyst.getStaffId(), clock.instant()));
        try {
            themes.flush();
        } catch (PersistenceException twice) {
            throw new ThemingException("qa.coding.error.already-coded");
        }
        int tags = themes.tagsOf(analyst.getStaffId(), List.of(answerId)).size();
        audit.record(QualityEvents.answerCoded(analyst, answerId, target.interviewId(), tags));
    }

    /** The quarters answers can be filtered by: the last two years', newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quarter> quarters() {
        analyst();
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = Quarter.of(clock.instant());
        for (int i = 0; i < FILTER_QUARTERS; i++) {
            quarters.add(quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    /** A question answers can be filtered by. */
    public record QuestionChoice(int number, String title) {}

    /** The questions of the current script, to filter answers by. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionChoice> questions() {
        analyst();
        return scripts.findCurrent(Script.DEFAULT_CODE).stream()
                .flatMap(script -> script.getQuestions().stream())
                .map((Question q) -> new QuestionChoice(q.getNumber(), q.getTitle()))
                .toList();
    }

    /** The suppression threshold, for the page's explanation. */
    public int suppressionThreshold() {
        return smallNumbers.minimum();
    }

    /** The teams answers can be filtered by. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Team> teams() {
        analyst();
        return teams.findAll();
    }

    /** The themes of the codebook by id, in name order, to tag answers with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> themeChoices() {
        analyst();
        return themeNames();
    }

    /** The answer if it may be tagged: of the organisation, submitted, neither withdrawn nor retained. */
    private ThemingQuery.Target open(long answerId) {
        ThemingQuery.Target target = query.getTarget(answerId);
        if (target.status() == InterviewStatus.WITHDRAWN) {
            throw new ThemingException("qa.coding.error.withdrawn");
        }
        if (target.retainedAt() != null) {
            throw new ThemingException("qa.coding.error.retained");
        }
        if (target.status() != InterviewStatus.SUBMITTED) {
            throw new ThemingException("qa.coding.error.not-submitted");
        }
        if (target.text() == null || target.declined()) {
            throw new ThemingException("qa.coding.error.no-words");
        }
        return target;
    }

    private Map<Long, String> themeNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (Theme theme : themes.findAll()) {
            names.put(theme.getId(), theme.getName());
        }
        return names;
    }

    private Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }
}
