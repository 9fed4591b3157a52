package org.heard.interfaces.web.qa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.quality.CodingService;
import org.heard.application.quality.ThemingQuery;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.ThemingException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /qa/coding.xhtml}: answers open for coding, a page at a time, with the
 * themes and passage the analyst chose for each. A refused tag is reported at its answer
 * and the choice stays on the page. Requests name answers and tags by id only.
 */
@Named
@ViewScoped
public class CodingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the analyst chose for one answer: themes and, optionally, a passage (stored-text offsets). */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<Long> themeIds = new ArrayList<>();
        private Integer start;
        private Integer end;

        public List<Long> getThemeIds() {
            return themeIds;
        }

        public void setThemeIds(List<Long> themeIds) {
            this.themeIds = themeIds == null ? new ArrayList<>() : themeIds;
        }

        public Integer getStart() {
            return start;
        }

        public void setStart(Integer start) {
            this.start = start;
        }

        public Integer getEnd() {
            return end;
        }

        public void setEnd(Integer end) {
            this.end = end;
        }
    }

    @Inject
    private CodingService coding;

    private Integer questionNumber;
    private Integer quarterKey;
    private Long teamId;
    private boolean notCodedByMe;
    private int pageIndex;

    private transient CodingService.Page page;
    private transient Map<Long, String> themes;
    private transient List<CodingService.QuestionChoice> questions;
    private transient List<Quarter> quarters;
    private transient List<Team> teams;
    private final Map<Long, Choice> choices = new HashMap<>();

    public CodingService.Page getPage() {
        if (page == null) {
            page = coding.answers(
                    new ThemingQuery.AnswerFilter(
                            questionNumber, Quarter.fromKey(quarterKey), teamId, notCodedByMe ? 0L : null),
                    pageIndex);
            pageIndex = page.page();
        }
        return page;
    }

    public Map<Long, String> getThemes() {
        if (themes == null) {
            themes = coding.themeChoices();
        }
        return themes;
    }

    public List<CodingService.QuestionChoice> getQuestions() {
        if (questions == null) {
            questions = coding.questions();
        }
        return questions;
    }

    public List<Quarter> getQuarters() {
        if (quarters == null) {
            quarters = coding.quarters();
        }
        return quarters;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = coding.teams();
        }
        return teams;
    }

    /** The analyst's choice for the answer, kept between requests. */
    public Choice choice(long answerId) {
        return choices.computeIfAbsent(answerId, id -> new Choice());
    }

    /** The words as shown, one text, for the passage selector. */
    public String shownText(CodingService.CodingAnswer answer) {
        StringBuilder text = new StringBuilder();
        answer.words().forEach(w -> text.append(w.text()));
        return text.toString();
    }

    /**
     * How offsets in the shown text map to offsets in the stored words, for the passage
     * script: "shownStart,shownEnd,storedStart,storedEnd,name;…".
     */
    public String offsetMap(CodingService.CodingAnswer answer) {
        StringBuilder map = new StringBuilder();
        int shown = 0;
        for (CodingService.Shown word : answer.words()) {
            if (map.length() > 0) {
                map.append(';');
            }
            int length = word.text().length();
            map.append(shown)
                    .append(',')
                    .append(shown + length)
                    .append(',')
                    .append(word.start())
                    .append(',')
                    .append(word.end())
                    .append(',')
                    .append(word.name() ? 1 : 0);
            shown += length;
        }
        return map.toString();
    }

    /** Shows the first page of the answers the filter asks for. */
    public void filter() {
        pageIndex = 0;
        page = null;
    }

    public void next() {
        pageIndex++;
        page = null;
    }

    public void previous() {
        pageIndex = Math.max(0, pageIndex - 1);
        page = null;
    }

    /** Tags the answer (row {@code row} of the page) with the chosen themes and passage. */
    public void tag(long answerId, int row) {
        Choice choice = choice(answerId);
        try {
            coding.tag(answerId, choice.getThemeIds(), choice.getStart(), choice.getEnd());
            choices.remove(answerId);
            Messages.addInfo(rowId(row), "qa.coding.tagged.done");
            page = null;
        } catch (ThemingException refused) {
            Messages.addError(rowId(row), refused.getMessageKey());
        } catch (NotFoundException gone) {
            Messages.addError(rowId(row), "qa.coding.error.gone");
        }
    }

    public void removeTag(long tagId, int row) {
        try {
            coding.removeTag(tagId);
            Messages.addInfo(rowId(row), "qa.coding.removed.done");
        } catch (ThemingException refused) {
            Messages.addError(rowId(row), refused.getMessageKey());
        } catch (NotFoundException gone) {
            Messages.addError(rowId(row), "qa.coding.error.gone");
        }
        page = null;
    }

    public void markCoded(long answerId, int row) {
        try {
            coding.markCoded(answerId);
            choices.remove(answerId);
            Messages.addGlobalInfo("qa.coding.coded.done");
        } catch (ThemingException refused) {
            Messages.addError(rowId(row), refused.getMessageKey());
        } catch (NotFoundException gone) {
            Messages.addError(rowId(row), "qa.coding.error.gone");
        }
        page = null;
    }

    private static String rowId(int row) {
        return "coding:answers:" + row + ":themes";
    }

    public Integer getQuestionNumber() {
        return questionNumber;
    }

    public void setQuestionNumber(Integer questionNumber) {
        this.questionNumber = questionNumber;
    }

    public Integer getQuarterKey() {
        return quarterKey;
    }

    public void setQuarterKey(Integer quarterKey) {
        this.quarterKey = quarterKey;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isNotCodedByMe() {
        return notCodedByMe;
    }

    public void setNotCodedByMe(boolean notCodedByMe) {
        this.notCodedByMe = notCodedByMe;
    }
}
