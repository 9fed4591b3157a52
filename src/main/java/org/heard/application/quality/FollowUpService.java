package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Tabulation;
import org.heard.domain.model.quality.Tabulation.Tally;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.shared.NotFoundException;

/**
 * Following families over time, for supervisors: the families due for a follow-up
 * interview (the framework suggests every 2 to 3 months), one named family's ratings
 * across their interviews, and the change in ratings by team — the last through
 * small-number suppression, since a team's figure is built from several families.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpService {

    /** The default interval after which a family is due: 10 weeks, between 2 and 3 months. */
    public static final int DEFAULT_WEEKS = 10;

    /** The shortest and longest interval a supervisor can ask for. */
    public static final int MIN_WEEKS = 1;

    public static final int MAX_WEEKS = 104;

    /** The longest due list shown at once: the families waiting longest. */
    public static final int DUE_LIMIT = 500;

    @Inject
    private CallerContext callerContext;

    @Inject
    private FollowUpQuery query;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private TeamRepository teams;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private SmallNumbers smallNumbers;

    @Inject
    private Clock clock;

    /**
     * The families whose latest interview ended more than {@code weeks} weeks ago and
     * who have no interview under way, longest waiting first.
     */
    public List<FamilyDue> due(int weeks) {
        callerContext.require(Role.SUPERVISOR);
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks out of range");
        }
        Instant now = clock.instant();
        List<Interview> latest = query.due(now.minus(Duration.ofDays(7L * weeks)), DUE_LIMIT);
        Map<String, Long> counts = query.interviewCounts(
                latest.stream().map(Interview::getFamilyKey).toList());
        Map<Long, String> teamNames = teamNames();
        return latest.stream()
                .map(i -> new FamilyDue(
                        i.getId(),
                        i.getReference(),
                        i.getRespondentName(),
                        i.getTeamId() == null ? null : teamNames.get(i.getTeamId()),
                        i.getEndedAt(),
                        counts.getOrDefault(i.getFamilyKey(), 1L),
                        Duration.between(i.getEndedAt(), now).toDays() / 7))
                .toList();
    }

    /**
     * The family of a named interview: every interview that shares its family key, with
     * the ratings given in each.
     *
     * @throws NotFoundException when the interview is not the organisation's, or is not
     *     linked to a named family
     */
    public FamilyHistory family(Long interviewId) {
        callerContext.require(Role.SUPERVISOR);
        Interview interview = interviews.get(interviewId);
        if (interview.getFamilyKey() == null) {
            throw new NotFoundException();
        }
        List<Interview> visits = query.family(interview.getFamilyKey());
        Map<Long, List<FamilyRating>> ratings = query
                .ratings(visits.stream()
                        .filter(v -> v.getStatus() != InterviewStatus.WITHDRAWN)
                        .map(Interview::getId)
                        .toList())
                .stream()
                .collect(Collectors.groupingBy(FamilyRating::interviewId));
        Map<String, String> statementTexts = statementTexts();
        TreeMap<String, RatingColumn> columns = new TreeMap<>(Comparator.naturalOrder());
        ratings.values().stream()
                .flatMap(List::stream)
                .forEach(r -> columns.computeIfAbsent(
                        key(r.questionNumber(), r.position()),
                        k -> new RatingColumn(r.questionNumber(), r.position(), statementTexts.getOrDefault(k, ""))));
        List<RatingColumn> orderedColumns = new ArrayList<>(columns.values());
        Map<Long, String> teamNames = teamNames();
        List<FamilyHistory.Visit> rows = new ArrayList<>();
        for (Interview visit : visits) {
            Map<String, Integer> byColumn = new HashMap<>();
            ratings.getOrDefault(visit.getId(), List.of())
                    .forEach(r -> byColumn.put(key(r.questionNumber(), r.position()), r.value()));
            List<Integer> values = orderedColumns.stream()
                    .map(c -> byColumn.get(key(c.questionNumber(), c.position())))
                    .toList();
            rows.add(new FamilyHistory.Visit(
                    visit.getId(),
                    visit.getReference(),
                    visit.getStartedAt(),
                    visit.getStatus(),
                    visit.getMode(),
                    visit.getInterviewerKind(),
                    visit.getTeamId() == null ? null : teamNames.get(visit.getTeamId()),
                    values));
        }
        String name = visits.stream()
                .map(Interview::getRespondentName)
                .filter(n -> n != null && !n.isBlank())
                .reduce((first, second) -> second)
                .orElse(null);
        return new FamilyHistory(name, orderedColumns, rows);
    }

    /**
     * For each team, the mean change of each rating between a family's first and latest
     * interview. The number of families is perturbed by the sum of the record keys of the
     * families' latest interviews, and the mean is worked out from the perturbed number
     * of families of each change ({@link Tabulation#mean}); a figure whose perturbed
     * number of families is under the suppression threshold is suppressed.
     */
    public List<TeamChange> changeByTeam() {
        callerContext.require(Role.SUPERVISOR);
        Map<Long, String> teamNames = teamNames();
        Map<String, String> statementTexts = statementTexts();
        // In the database's order: by team, question and position.
        Map<List<Object>, Map<Integer, Tally>> byFigure = new LinkedHashMap<>();
        for (TeamRatingChange change : query.changeByTeam()) {
            byFigure.computeIfAbsent(
                            Arrays.asList(change.teamId(), change.questionNumber(), change.position()),
                            k -> new TreeMap<>())
                    .merge(change.change(), new Tally(change.families(), change.keySum()), Tally::plus);
        }
        Tabulation tabulation = new Tabulation(smallNumbers);
        List<TeamChange> changes = new ArrayList<>(byFigure.size());
        byFigure.forEach((figure, tallies) -> {
            Long teamId = (Long) figure.get(0);
            int questionNumber = (Integer) figure.get(1);
            int position = (Integer) figure.get(2);
            Tabulation.Mean mean = tabulation.mean(tallies);
            boolean hidden = !mean.shown();
            changes.add(new TeamChange(
                    teamId == null ? null : teamNames.get(teamId),
                    new RatingColumn(
                            questionNumber, position, statementTexts.getOrDefault(key(questionNumber, position), "")),
                    hidden,
                    hidden ? 0 : mean.n().count(),
                    hidden ? null : mean.value()));
        });
        return changes;
    }

    /** The suppression threshold, for the page's explanation. */
    public int suppressionThreshold() {
        return smallNumbers.minimum();
    }

    private Map<Long, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }

    /** Statement texts of the current parents' and carers' script, by question and position. */
    private Map<String, String> statementTexts() {
        Map<String, String> texts = new HashMap<>();
        scripts.findCurrent(Script.DEFAULT_CODE).ifPresent(script -> {
            for (Question question : script.getQuestions()) {
                for (RatingStatement statement : question.getRatingStatements()) {
                    texts.put(key(question.getNumber(), statement.getPosition()), statement.getText());
                }
            }
        });
        return texts;
    }

    private static String key(int questionNumber, int position) {
        return String.format("%03d.%03d", questionNumber, position);
    }
}
