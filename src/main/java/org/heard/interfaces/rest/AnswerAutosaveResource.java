package org.heard.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.heard.application.interview.AnswerService;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.shared.InterviewRuleException;

/**
 * Autosave of one interview's answers. Each call must carry the header
 * {@code X-Heard-Request: autosave} (a page of Heard's own sends it; a form on
 * another site cannot). Answers 200 with the new version; refusals are mapped by
 * {@link ApiExceptionMapper}, malformed bodies by {@link MalformedJsonMapper}.
 */
@Path("interviews/{interview}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnswerAutosaveResource {

    static final String REQUEST_HEADER = "X-Heard-Request";

    @Inject
    private AnswerService answers;

    /**
     * The body of an answer save. {@code version} is the version of the answer the page
     * last saw, {@link AnswerService#NO_ANSWER} (0) when it saw none; it is required, so
     * that no save can replace an answer it never saw.
     */
    public static class AnswerInput {
        public String text;
        public boolean declined;
        public String note;
        public Long version;
    }

    /** The body of a ratings save: rating statement id to 1–5, or null for not answered. */
    public static class RatingsInput {
        public Map<String, BigDecimal> ratings = new HashMap<>();
    }

    @PUT
    @Path("questions/{number}/answer")
    public Response saveAnswer(
            @HeaderParam(REQUEST_HEADER) String marker,
            @PathParam("interview") long interviewId,
            @PathParam("number") int number,
            AnswerInput input) {
        if (!"autosave".equals(marker) || input == null || input.version == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        Answer answer = answers.saveAnswer(interviewId, number, input.text, input.declined, input.note, input.version);
        return Response.ok(Map.of(
                        "version",
                        answer.getVersion(),
                        "savedAt",
                        answer.getUpdatedAt().toString()))
                .build();
    }

    @PUT
    @Path("questions/{number}/ratings")
    public Response saveRatings(
            @HeaderParam(REQUEST_HEADER) String marker,
            @PathParam("interview") long interviewId,
            @PathParam("number") int number,
            RatingsInput input) {
        if (!"autosave".equals(marker) || input == null || input.ratings == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        Map<Long, Integer> ratings = new HashMap<>();
        try {
            for (Map.Entry<String, BigDecimal> rating : input.ratings.entrySet()) {
                BigDecimal value = rating.getValue();
                if (value != null && value.stripTrailingZeros().scale() > 0) {
                    // 3.5 is not a rating: refused, never rounded.
                    throw new InterviewRuleException("question.error.rating-range");
                }
                ratings.put(Long.valueOf(rating.getKey()), value == null ? null : value.intValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        answers.saveRatings(interviewId, number, ratings);
        return Response.ok(Map.of("saved", true)).build();
    }

    @POST
    @Path("definitions/{definition}")
    public Response definitionOpened(
            @HeaderParam(REQUEST_HEADER) String marker,
            @PathParam("interview") long interviewId,
            @PathParam("definition") long definitionId) {
        if (!"autosave".equals(marker)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        answers.definitionOpened(interviewId, definitionId);
        return Response.noContent().build();
    }
}
