package se.esp.adapter.web.console;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import se.esp.adapter.web.language.LanguageCookie;
import se.esp.adapter.web.language.Texts;

/**
 * The console's texts for Java code (messages from actions, labels): the bundle {@value #BUNDLE} ({@link Texts}) in
 * the current view's language. Pages read the same bundle as {@code #{msg['key']}}.
 */
public final class ConsoleText {

    public static final String BUNDLE = Texts.BUNDLE;

    private ConsoleText() {
    }

    /** The language of the view being processed; Swedish outside a Faces request. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || faces.getViewRoot().getLocale() == null) {
            return Locale.forLanguageTag(LanguageCookie.SWEDISH);
        }
        return faces.getViewRoot().getLocale();
    }

    public static ResourceBundle bundle(Locale locale) {
        return Texts.bundle(locale);
    }

    /** The text of {@code key} with its arguments filled in; {@code ???key???} for a text the bundle lacks. */
    public static String get(String key, Object... arguments) {
        return get(locale(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** The text of {@code key}, if the bundle has it: for texts that fall back to a more general one. */
    public static Optional<String> find(Locale locale, String key) {
        return Texts.find(locale, key);
    }
}
