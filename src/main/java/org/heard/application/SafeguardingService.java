package org.heard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.SafeguardingConcern;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;

/** Safeguarding concerns as supervisors see them: every open concern of their organisation. */
@ApplicationScoped
public class SafeguardingService {

    @Inject
    private CallerContext callerContext;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private StaffRepository staff;

    /** An open concern with what a supervisor needs to act on it. */
    public record OpenConcern(long id, String reference, Instant raisedAt, String raisedBy, String description) {
        public String getReference() {
            return reference;
        }

        public Instant getRaisedAt() {
            return raisedAt;
        }

        public String getRaisedBy() {
            return raisedBy;
        }

        public String getDescription() {
            return description;
        }
    }

    /** The caller's organisation's concerns not yet acknowledged, oldest first; supervisors only. */
    public List<OpenConcern> openConcerns() {
        Caller caller = callerContext.caller().orElseThrow(NotSignedInException::new);
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new InterviewAccessException();
        }
        List<SafeguardingConcern> concerns = interviews.openConcerns();
        if (concerns.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names =
                staff.findAll().stream().collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName));
        Map<Long, String> references = concerns.stream()
                .map(SafeguardingConcern::getInterviewId)
                .distinct()
                .map(interviews::find)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Interview::getId, Interview::getReference, (a, b) -> a));
        return concerns.stream()
                .map(c -> new OpenConcern(
                        c.getId(),
                        references.get(c.getInterviewId()),
                        c.getRaisedAt(),
                        names.get(c.getRaisedBy()),
                        c.getDescription()))
                .toList();
    }
}
