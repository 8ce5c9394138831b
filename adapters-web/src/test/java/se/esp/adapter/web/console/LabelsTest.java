package se.esp.adapter.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ViolationCode;

/** Every text the console shows exists in Swedish and in English: no raw enum name, no English-only page. */
class LabelsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void bothLanguagesHaveTheSameTexts() {
        assertThat(keys(ENGLISH)).isEqualTo(keys(SWEDISH));
        assertThat(ConsoleText.get(SWEDISH, "layout.signOut")).isEqualTo("Logga ut");
        assertThat(ConsoleText.get(ENGLISH, "layout.signOut")).isEqualTo("Sign out");
    }

    @Test
    void swedishIsTheDefaultWhateverTheServersOwnLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(ConsoleText.get(SWEDISH, "layout.signOut")).isEqualTo("Logga ut");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyValueOfEveryEnumAPageShowsHasALabelInBothLanguages() {
        for (Class<? extends Enum<?>> type : Labels.ENUMS) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (Locale locale : new Locale[] {SWEDISH, ENGLISH}) {
                    assertThat(ConsoleText.find(locale, Labels.key(value))).as(Labels.key(value) + " " + locale)
                            .isPresent().get().asString().isNotBlank().isNotEqualTo(value.name());
                }
            }
        }
    }

    @Test
    void everyRefusalAndEveryFieldCodeIsASentenceInBothLanguages() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ConsoleText.find(SWEDISH, "error." + code.name())).as(code.name()).isPresent();
            assertThat(ConsoleText.find(ENGLISH, "error." + code.name())).as(code.name()).isPresent();
        }
        for (ErrorCode.Category category : ErrorCode.Category.values()) {
            assertThat(ConsoleText.find(SWEDISH, "error.category." + category.name())).isPresent();
        }
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(ConsoleText.find(SWEDISH, "violation." + code.name())).as(code.name()).isPresent();
        }
        assertThat(ConsoleErrors.sentence(ErrorCode.STALE_VERSION, SWEDISH)).contains("Ladda om sidan");
        assertThat(ConsoleErrors.sentence(ErrorCode.STALE_VERSION, ENGLISH)).contains("Reload the page");
    }

    @Test
    void everySectionHasANavigationText() {
        for (ConsoleSection section : ConsoleSection.values()) {
            assertThat(ConsoleText.find(SWEDISH, "nav." + section.key())).as(section.name()).isPresent();
        }
    }

    @Test
    void aMissingTextIsMarkedNotHidden() {
        assertThat(ConsoleText.get(SWEDISH, "no.such.text")).isEqualTo("???no.such.text???");
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ConsoleText.bundle(locale);
        return new TreeSet<>(bundle.keySet());
    }
}
