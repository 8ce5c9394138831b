package se.esp.adapter.persistence.offering;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words free-text search matches: letters, digits and combining marks of any script
 * (Swedish, Arabic, Tigrinya's Ge'ez, Somali's Latin…), compatibility-normalised and lower-cased.
 */
final class Words {

    private Words() {
    }

    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        normalised.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
