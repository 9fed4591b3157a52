package org.heard.infrastructure.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.heard.application.audit.RequestIds;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Exceptions;

/**
 * Answers 404 when a page or an ajax request asks for a record that does not
 * exist or belongs to another organisation, whichever layer noticed it. The
 * two cases are indistinguishable to the caller.
 *
 * <p>An expired view (a page left open past its session, a replayed or unknown
 * view state) is routine: it is logged here at INFO with the request id and no
 * stack trace, and OmniFaces does not log it again
 * ({@code org.omnifaces.EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING} in {@code web.xml});
 * the person sees the "page has expired" page.
 */
public class NotFoundExceptionHandlerFactory extends ExceptionHandlerFactory {

    public NotFoundExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(NotFoundExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                if (Exceptions.is(event.getContext().getException(), ViewExpiredException.class)) {
                    LOG.info(() ->
                            "Expired view [request " + RequestIds.current() + "]: the page-has-expired page is shown");
                }
            }
            if (context.getPartialViewContext().isAjaxRequest()) {
                // OmniFaces' FullAjaxExceptionHandler renders the error page mapped in web.xml.
                getWrapped().handle();
                return;
            }
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (Exceptions.is(thrown, NotFoundException.class)) {
                    events.remove();
                    sendNotFound(context);
                    return;
                }
            }
            getWrapped().handle();
        }

        private static void sendNotFound(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                external.responseSendError(404, "Not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
