package org.heard.interfaces.rest;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.heard.application.interview.AnswerConflictException;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.interfaces.web.MessageBundleResolver;

/**
 * What the JSON endpoints answer when a use case refuses: 404 for an interview
 * that is not the caller's (or does not exist), 409 with the saved text when
 * another tab changed the answer, 422 with a message for a rule (e.g. no consent
 * yet, a rating off the scale), 503 when a simultaneous save of the same answer
 * won (the page sends again). Nothing of the request body is logged.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (exception instanceof NotFoundException) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (exception instanceof AnswerConflictException conflict) {
            Map<String, Object> saved = new HashMap<>();
            saved.put("text", conflict.getSavedText());
            saved.put("note", conflict.getSavedNote());
            saved.put("declined", conflict.isSavedDeclined());
            saved.put("version", conflict.getSavedVersion());
            return Response.status(Response.Status.CONFLICT).entity(saved).build();
        }
        if (exception instanceof InterviewRuleException rule) {
            return Response.status(422)
                    .entity(Map.of("message", MessageBundleResolver.format(rule.getMessageKey())))
                    .build();
        }
        if (exception instanceof TransactionalException || exception instanceof PersistenceException) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .build();
        }
        LOG.log(
                Level.SEVERE,
                "Unexpected failure of an API request: " + exception.getClass().getName());
        return Response.serverError().build();
    }
}
