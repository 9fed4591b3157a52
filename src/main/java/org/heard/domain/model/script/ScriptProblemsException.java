package org.heard.domain.model.script;

import java.util.List;

/** A script document or draft was refused; nothing was stored. Carries every problem found. */
public class ScriptProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScriptProblem> problems;

    public ScriptProblemsException(List<ScriptProblem> problems) {
        super(problems.size() + " problem(s) in the script document");
        this.problems = List.copyOf(problems);
    }

    public ScriptProblemsException(ScriptProblem problem) {
        this(List.of(problem));
    }

    public List<ScriptProblem> getProblems() {
        return problems;
    }
}
