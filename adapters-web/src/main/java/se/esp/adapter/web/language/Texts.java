package se.esp.adapter.web.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The bundle {@value #BUNDLE} in a given language. Texts with arguments are {@link MessageFormat} patterns
 * ({@code {0}}); the bundles write apostrophes as ’ so no quote needs doubling.
 */
public final class Texts {

    /** Swedish in {@code messages.properties} (the default), English in {@code messages_en.properties}. */
    public static final String BUNDLE = "se.esp.adapter.web.console.messages";

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The text of {@code key} with its arguments filled in; {@code ???key???} for a text the bundle lacks. */
    public static String get(Locale locale, String key, Object... arguments) {
        return find(locale, key).map(text -> arguments.length == 0 ? text
                : new MessageFormat(text, locale).format(arguments)).orElse("???" + key + "???");
    }

    /** The text of {@code key}, if the bundle has it: for texts that fall back to a more general one. */
    public static Optional<String> find(Locale locale, String key) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
