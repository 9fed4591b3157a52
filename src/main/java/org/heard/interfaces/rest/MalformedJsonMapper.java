package org.heard.interfaces.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.heard.infrastructure.web.RequestSizeFilter;

/**
 * A body that is not the JSON an endpoint expects (e.g. a rating of "abc") is a
 * bad request, not a server error; one that went over Heard's size limit while it
 * was read is 413. Either way the answer is JSON ({@code ErrorPages}). The body is
 * never logged: it may hold a family's words.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeFilter.RequestTooLargeException) {
                return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).build();
    }
}
