package se.esp.adapter.web.console;

import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Gives every new view the user's language ({@link ConsoleLanguage}) instead of the browser's
 * {@code Accept-Language}: the console is Swedish unless the user chose English. Registered in faces-config.xml.
 */
public class ConsoleViewHandler extends ViewHandlerWrapper {

    public ConsoleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(ConsoleLanguage.class).get().getLocale();
    }
}
