package se.esp.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.esp.domain.fee.ExampleFeeRates;

class DemoFeeScheduleTest {

    @Test
    void theDemoRatesAreTheFeeExamplesOfDomainMdThatTheTestsUse() {
        assertThat(DemoFeeSchedule.ratesOf(2026)).isEqualTo(ExampleFeeRates.pricesOf(2026));
        assertThat(DemoFeeSchedule.ratesOf(2026)).isNotEqualTo(ExampleFeeRates.pricesOf(2025));
    }
}
