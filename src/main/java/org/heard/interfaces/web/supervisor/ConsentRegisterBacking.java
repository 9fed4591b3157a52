package org.heard.interfaces.web.supervisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.heard.application.administration.StaffService;
import org.heard.application.administration.TeamService;
import org.heard.application.supervision.ConsentRegisterFilter;
import org.heard.application.supervision.ConsentRegisterQuery;
import org.heard.application.supervision.ConsentRegisterRow;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.RegisterOutcome;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.interfaces.web.MessageBundleResolver;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Serves {@code /supervisor/register.xhtml}: the consent register, filtered by
 * the form above it and paged, sorted and counted in the database through a
 * lazy model; and its CSV export with the same filters.
 */
@Named
@ViewScoped
public class ConsentRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, ConsentRegisterQuery.Sort> SORTS = Map.of(
            "startedAt", ConsentRegisterQuery.Sort.STARTED,
            "reference", ConsentRegisterQuery.Sort.REFERENCE,
            "interviewerName", ConsentRegisterQuery.Sort.INTERVIEWER,
            "mode", ConsentRegisterQuery.Sort.MODE,
            "choice", ConsentRegisterQuery.Sort.CHOICE,
            "outcome", ConsentRegisterQuery.Sort.OUTCOME,
            "status", ConsentRegisterQuery.Sort.STATUS,
            "statementVersion", ConsentRegisterQuery.Sort.STATEMENT,
            "consentRecordedAt", ConsentRegisterQuery.Sort.RECORDED);

    @Inject
    private ConsentRegisterService register;

    @Inject
    private StaffService staffService;

    @Inject
    private TeamService teamService;

    private LocalDate from;
    private LocalDate to;
    private Long interviewerId;
    private Long teamId;
    private ParticipationChoice choice;
    private RegisterOutcome outcome;
    private Long statementId;
    private String reference;

    private ConsentRegisterFilter filter = ConsentRegisterFilter.none();
    private final Model model = new Model();

    /** Applies the form's filters to the table. */
    public void apply() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.addError("filters:to", "register.error.dates-reversed");
            Faces.validationFailed();
            return;
        }
        filter = new ConsentRegisterFilter(from, to, interviewerId, teamId, choice, outcome, statementId, reference);
    }

    public void clear() {
        from = null;
        to = null;
        interviewerId = null;
        teamId = null;
        choice = null;
        outcome = null;
        statementId = null;
        reference = null;
        filter = ConsentRegisterFilter.none();
    }

    /** Streams the register, with the filters as they are in the form, as CSV. */
    public void export() throws IOException {
        apply();
        if (Faces.isValidationFailed()) {
            return;
        }
        ConsentRegisterFilter exported = filter;
        Faces.sendFile("consent-register-" + register.today() + ".csv", true, out -> {
            try (ConsentRegisterCsv csv = new ConsentRegisterCsv(out)) {
                register.export(exported, csv::write);
            }
        });
    }

    public LazyDataModel<ConsentRegisterRow> getModel() {
        return model;
    }

    public List<StaffAccount> getInterviewers() {
        return staffService.staff().stream()
                .filter(s -> s.hasRole(Role.INTERVIEWER))
                .toList();
    }

    public List<Team> getTeams() {
        return teamService.teams();
    }

    public List<ConfidentialityStatement> getStatements() {
        return register.statementVersions();
    }

    /** "Version 3", or nothing for none. */
    public String versionLabel(Integer version) {
        return version == null ? "" : MessageBundleResolver.format("register.statement.version", version);
    }

    public ParticipationChoice[] getChoices() {
        return ParticipationChoice.values();
    }

    public RegisterOutcome[] getOutcomes() {
        return RegisterOutcome.values();
    }

    /** The lazy model: each page, count and sort is one query in the database. */
    private final class Model extends LazyDataModel<ConsentRegisterRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, register.count(filter));
        }

        @Override
        public List<ConsentRegisterRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ConsentRegisterQuery.Sort sort = ConsentRegisterQuery.Sort.STARTED;
            boolean ascending = false;
            for (SortMeta meta : sortBy.values()) {
                ConsentRegisterQuery.Sort chosen = SORTS.get(meta.getField());
                if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                    sort = chosen;
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                    break;
                }
            }
            return register.page(filter, sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(ConsentRegisterRow row) {
            return String.valueOf(row.getInterviewId());
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getInterviewerId() {
        return interviewerId;
    }

    public void setInterviewerId(Long interviewerId) {
        this.interviewerId = interviewerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public ParticipationChoice getChoice() {
        return choice;
    }

    public void setChoice(ParticipationChoice choice) {
        this.choice = choice;
    }

    public RegisterOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RegisterOutcome outcome) {
        this.outcome = outcome;
    }

    public Long getStatementId() {
        return statementId;
    }

    public void setStatementId(Long statementId) {
        this.statementId = statementId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
