package se.esp.adapter.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    @Test
    void readsAnObjectKeepingNumbersExact() {
        var object = StrictJson.readObject("{\"a\": 0.1, \"b\": [1, {\"c\": null}], \"d\": \"x\"}");
        assertThat(object.getJsonNumber("a").bigDecimalValue()).hasToString("0.1");
        assertThat(object.getJsonArray("b")).hasSize(2);
    }

    @Test
    void refusesADuplicateKeyNamingIt() {
        assertThatThrownBy(() -> StrictJson.readObject("{\"a\": {\"b\": 1, \"b\": 2}}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("a.b")
                .extracting(e -> ((MalformedJsonException) e).field()).isEqualTo("a.b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{\"a\":1} x", "{\"a\":1}]", "{\"a\":1}{", "{}null", "{} \"x\""})
    void refusesDataAfterTheDocument(String text) {
        assertThatThrownBy(() -> StrictJson.readObject(text)).isInstanceOf(MalformedJsonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "1", "null", "", "  ", "{", "{\"a\"}", "{'a': 1}", "{\"a\": 01}",
            "{\"a\": NaN}", "{\"a\": \"\u0001\"}"})
    void refusesWhatIsNotOneJsonObject(String text) {
        assertThatThrownBy(() -> StrictJson.readObject(text)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void refusesNestingDeeperThanTheBoundNamingWhere() {
        String deep = "{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH) + "}";
        assertThatThrownBy(() -> StrictJson.readObject(deep)).isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("nested deeper");
        String shallowEnough = "{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH - 2) + "]".repeat(StrictJson.MAX_DEPTH - 2)
                + "}";
        assertThat(StrictJson.readObject(shallowEnough)).containsKey("a");
    }

    @Test
    void refusesAHundredThousandLevelsWithoutOverflowingTheStack() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> StrictJson.readObject(deep)).isInstanceOf(MalformedJsonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000", "1E+31", "-1e-31", "1e0000000000000031", "12345678901234567890123456789012345678901"})
    void refusesNumbersBeyondTheirBoundsBeforeBuildingThem(String number) {
        assertThatThrownBy(() -> StrictJson.readObject("{\"price\": " + number + "}"))
                .isInstanceOf(MalformedJsonException.class)
                .extracting(e -> ((MalformedJsonException) e).field()).isEqualTo("price");
    }

    @Test
    void acceptsNumbersWithinTheirBounds() {
        assertThat(StrictJson.readObject("{\"a\": 1e30, \"b\": -2.5E-30, \"c\": 1e0030}")).hasSize(3);
    }

    @Test
    void refusesAThousandDigitNumberInAnArrayNamingTheElement() {
        assertThatThrownBy(() -> StrictJson.readObject("{\"xs\": [1, " + "9".repeat(5000) + "]}"))
                .isInstanceOf(MalformedJsonException.class)
                .extracting(e -> ((MalformedJsonException) e).field()).isEqualTo("xs[1]");
    }
}
