package se.esp.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The page a browser gets when no console page could answer: in the person's language, never a code. */
class ServletProblemsHtmlTest {

    @Test
    void aServerFailureShowsOnlyAReferenceInThePersonsLanguage() {
        String english = ServletProblems.html(500, "ab12cd34", Locale.forLanguageTag("en"));
        assertThat(english).contains("<html lang=\"en\"", "Something went wrong on our side",
                "Quote the reference ab12cd34").doesNotContain("500");
        String swedish = ServletProblems.html(500, "ab12cd34", Locale.forLanguageTag("sv"));
        assertThat(swedish).contains("<html lang=\"sv\"", "Något gick fel hos oss", "ab12cd34");
    }

    @Test
    void aRefusalSaysWhatInWords() {
        assertThat(ServletProblems.html(403, null, Locale.forLanguageTag("sv")))
                .contains("Du har inte behörighet till sidan", "Till inloggningen").doesNotContain("403", "referens");
        assertThat(ServletProblems.html(404, null, Locale.forLanguageTag("en"))).contains("The page does not exist");
    }
}
