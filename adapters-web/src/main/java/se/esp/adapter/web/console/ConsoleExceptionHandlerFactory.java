package se.esp.adapter.web.console;

import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;

/**
 * Applies {@link ConsoleErrors}' rule to every failure of a page action, so no backing bean needs a try/catch: the
 * page is shown again with the sentence (beside the field, or at the top). Registered in faces-config.xml.
 *
 * <p>Left to the handler it wraps, and from there to the error pages of {@code web.xml}: a
 * {@link ViewExpiredException} (a post whose view the server does not know, e.g. forged from another site — the
 * "page expired" page), and a failure while the page is being rendered, when part of it may already be written.</p>
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class ConsoleExceptionHandler extends ExceptionHandlerWrapper {

        ConsoleExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext queued = events.next().getContext();
                FacesContext faces = queued.getContext();
                Throwable failure = queued.getException();
                boolean expired = ConsoleErrors.cause(failure, ViewExpiredException.class).isPresent();
                boolean rendering = queued.getPhaseId() == PhaseId.RENDER_RESPONSE
                        || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
                if (expired || rendering || faces.getViewRoot() == null) {
                    continue;
                }
                ConsoleErrors.show(faces, failure);
                events.remove();
                faces.renderResponse();
            }
            getWrapped().handle();
        }
    }
}
