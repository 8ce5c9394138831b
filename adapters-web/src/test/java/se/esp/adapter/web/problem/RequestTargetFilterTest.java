package se.esp.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which paths and queries, as sent, the filter finds malformed. The filter itself, the error page and what Open
 * Liberty refuses before either are proven on the running server ({@code ServerRefusalsIT} in bootstrap).
 */
class RequestTargetFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/catalogue", "q=studiev%C3%A4gledning&language=ar,so", "q=a+b&size=20",
            "minPrice=6500%2C50", "/api/organisations/5f0c", "q=%E2%80%8B", ""})
    void wellFormedTargetsPass(String target) {
        assertThat(RequestTargetFilter.encodingProblem(target)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=%4", "q=abc%", "q=%00", "q=%0A", "q=%7F", "q=%c0%ae", "q=%C3",
            "q=%ff", "q=%ED%A0%80", "q=\u0001", "/api/x%c0%afy", "q=%\uFF11\uFF11"})
    void malformedEncodingsControlCharactersAndOverlongUtf8AreRefused(String target) {
        assertThat(RequestTargetFilter.encodingProblem(target)).isNotNull();
    }
}
