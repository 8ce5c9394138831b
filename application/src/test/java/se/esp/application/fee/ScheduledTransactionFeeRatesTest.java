package se.esp.application.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Transactions;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.packaging.TransactionFeeRate;

class ScheduledTransactionFeeRatesTest {

    private final FeeSchedules schedules = mock(FeeSchedules.class);
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final ScheduledTransactionFeeRates rates = new ScheduledTransactionFeeRates(schedules, direct,
            TransactionFeeRate.percent("7"));

    @Test
    void theScheduleInForceOnTheDateDecidesAndTheConfiguredRateStandsInBeforeIt() {
        when(schedules.find()).thenReturn(Optional.empty());
        assertThat(rates.rateOn(LocalDate.of(2026, 11, 23))).isEqualTo(TransactionFeeRate.percent("7"));

        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)),
                Instant.parse("2026-01-01T00:00:00Z")).schedule();
        when(schedules.find()).thenReturn(Optional.of(schedule));

        assertThat(rates.rateOn(LocalDate.of(2026, 11, 23)).percent()).isEqualByComparingTo("5");
        assertThat(rates.rateOn(LocalDate.of(2025, 12, 31))).isEqualTo(TransactionFeeRate.percent("7"));
    }
}
