package se.esp.adapter.web.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.Formats;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.port.in.fee.PreviewJointCostQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;

/**
 * The fee schedule page on a platform whose owner has not established a schedule yet: the page shows an empty rates
 * form instead of failing, and saving it establishes the schedule; once it exists, the same form makes new versions.
 */
class FeeSchedulePageTest {

    private static final ActingUser ADMIN = new ActingUser("ada", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    private final FeeSchedulePage page = new FeeSchedulePage();

    /** A Faces context with no view, so the texts are Swedish, without a Faces implementation on the class path. */
    private abstract static class NoView extends FacesContext {
        static void use(FacesContext context) {
            setCurrentInstance(context);
        }
    }

    @BeforeEach
    void wire() {
        NoView.use(mock(FacesContext.class));
        page.session = mock(ConsoleSession.class);
        when(page.session.actor()).thenReturn(ADMIN);
        page.query = mock(GetFeeScheduleQuery.class);
        page.manage = mock(ManageFeeScheduleUseCase.class);
        page.previewQuery = mock(PreviewJointCostQuery.class);
        page.organisationsQuery = mock(ListOrganisationsQuery.class);
        when(page.organisationsQuery.list(eq(ADMIN), any(), any())).thenReturn(new Page<>(List.of(), new PageRequest(0, PageRequest.MAX_SIZE), 0));
        page.formats = new Formats();
    }

    @Test
    void withoutAScheduleThePageOffersAnEmptyFormAndSavingItEstablishesTheSchedule() {
        when(page.query.find(ADMIN)).thenReturn(Optional.empty());

        page.load();

        assertThat(page.isEstablished()).isFalse();
        assertThat(page.getVersions()).isEmpty();
        assertThat(page.getOpenAgreements()).isEmpty();
        assertThat(page.getBands()).as("three bands to fill in").hasSize(3)
                .allSatisfy(band -> assertThat(band.getEntryFee()).isNull());

        fillIn(LocalDate.of(2026, 1, 1));
        page.changeRates();

        ArgumentCaptor<FeeScheduleCommands.Establish> established =
                ArgumentCaptor.forClass(FeeScheduleCommands.Establish.class);
        verify(page.manage).establish(eq(ADMIN), established.capture());
        verify(page.manage, never()).changeRates(any(), any());
        RatesVersion rates = established.getValue().rates();
        assertThat(rates.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(rates.rates().transactionFee().value()).isEqualByComparingTo("5");
        assertThat(rates.rates().membership().bands()).hasSize(3);
        assertThat(rates.rates().participation().annualFee(ParticipationLevel.DRIVING))
                .isEqualTo(Money.parse("1000000.00"));
    }

    @Test
    void withAScheduleTheSameFormMakesANewVersionAgainstTheVersionShown() {
        FeeSchedule existing = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), java.time.Instant.now())
                .schedule();
        when(page.query.find(ADMIN)).thenReturn(Optional.of(existing));

        page.load();

        assertThat(page.isEstablished()).isTrue();
        assertThat(page.getTransactionFee()).isEqualTo("5");
        page.setValidFrom(LocalDate.of(2027, 1, 1));
        page.setTransactionFee("4,5");
        page.changeRates();

        ArgumentCaptor<FeeScheduleCommands.ChangeRates> changed =
                ArgumentCaptor.forClass(FeeScheduleCommands.ChangeRates.class);
        verify(page.manage).changeRates(eq(ADMIN), changed.capture());
        verify(page.manage, never()).establish(any(), any());
        assertThat(changed.getValue().expectedVersion()).isEqualTo(existing.version());
        assertThat(changed.getValue().rates().rates().transactionFee().value()).isEqualByComparingTo("4.5");
    }

    private void fillIn(LocalDate validFrom) {
        page.setValidFrom(validFrom);
        page.setTransactionFee("5");
        page.setScalingProjectFee("10");
        page.setIndexationPercent("5");
        page.setIndexationBaseYear(2026);
        long[] from = {0, 10_000, 100_001};
        String[][] fees = {{"5000.00", "8000.00"}, {"10000.00", "16000.00"}, {"20000.00", "32000.00"}};
        for (int i = 0; i < 3; i++) {
            page.getBands().get(i).setFromPopulation(from[i]);
            page.getBands().get(i).setEntryFee(Money.parse(fees[i][0]));
            page.getBands().get(i).setAnnualFee(Money.parse(fees[i][1]));
        }
        page.getParticipationFees().put(ParticipationLevel.DRIVING, Money.parse("1000000.00"));
        page.getParticipationFees().put(ParticipationLevel.ACTIVE, Money.parse("500000.00"));
        page.getParticipationFees().put(ParticipationLevel.PARTICIPATING, Money.parse("200000.00"));
        page.getParticipationFees().put(ParticipationLevel.ASSOCIATED, Money.parse("50000.00"));
    }
}
