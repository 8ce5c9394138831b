package se.esp.adapter.web.console;

import java.io.IOException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages without {@code role="alert"} on each {@code <li>}: a list item with another role is no
 * longer a list item, so axe-core reports the {@code <ul>} as a serious violation on every page that shows a message.
 * The container PrimeFaces writes is {@code aria-live="polite"}, which announces the messages as they change.
 * Registered for PrimeFaces' renderer type in {@code META-INF/faces-config.xml}, ordered after PrimeFaces' own.
 */
public class ConsoleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String prefix,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"role".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, prefix, escape);
    }
}
