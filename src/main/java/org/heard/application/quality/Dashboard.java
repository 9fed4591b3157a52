package org.heard.application.quality;

import java.util.List;
import org.heard.domain.model.quality.Tabulation;
import org.heard.domain.model.script.Script;

/**
 * The quality-assurance dashboard, every figure already through small-number
 * suppression: a suppressed figure carries no value, so neither the tables nor the
 * charts can show it.
 *
 * @param threshold the suppression threshold, for "fewer than N"
 * @param months the months of the period ("2026-03"), the columns of {@code byMonth}
 * @param modes the modes' names, the columns of {@code byMode}
 * @param kinds the interviewer kinds' names, the columns of {@code byKind}
 * @param teams the teams' names (an empty text for "no team recorded"), the columns of {@code byTeam}
 * @param quarters the quarters of the period ("2026-Q1")
 * @param statements for each rating statement of every script version in the period (the
 *     parents' and carers' Q2 first), its distributions by team and by quarter
 * @param terms the glossary terms opened, with their openings by quarter
 */
public record Dashboard(
        int threshold,
        List<String> months,
        Tabulation.Row byMonth,
        List<String> modes,
        Tabulation.Row byMode,
        List<String> kinds,
        Tabulation.Row byKind,
        List<String> teams,
        Tabulation.Row byTeam,
        List<String> quarters,
        List<Statement> statements,
        List<TermUse> terms) {

    /**
     * One rating statement of a script (by its code, its question's number and its
     * position; Q2's five for the parents' and carers' script): its distribution of
     * ratings by team and by quarter (the trend).
     */
    public record Statement(
            String script, int question, int position, String text, List<Group> byTeam, List<Group> byQuarter) {

        /**
         * The statement's part of element ids: its position for Q2 of the parents' and
         * carers' script ("1"), else script, question and position ("children-q3-2").
         */
        public String anchor() {
            return parentsAndCarersQ2() ? String.valueOf(position) : script + "-q" + question + "-" + position;
        }

        /** Whether this is one of the Q2 statements of the parents' and carers' script. */
        public boolean parentsAndCarersQ2() {
            return Script.DEFAULT_CODE.equals(script) && question == 2;
        }
    }

    /** One team's or quarter's distribution of ratings. */
    public record Group(String label, Tabulation.Distribution distribution) {}

    /** How often one term's definition was opened, by quarter ({@link Dashboard#quarters}). */
    public record TermUse(String term, List<Tabulation.Cell> openings) {}

    /** The total number of interviews, when it may be shown. */
    public Long total() {
        return byMonth.total().value();
    }
}
