package se.esp.adapter.web.console.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;

/** The supplier's sales page names offerings in the console's language, from the report alone. */
class SalesPageTest {

    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final ActingUser SUPPLIER_STAFF = new ActingUser("ronneby-supplier", RONNEBY,
            EnumSet.of(UserRole.SUPPLIER_STAFF));

    private final SalesPage page = new SalesPage();
    private final FacesContext faces = mock(FacesContext.class);

    /** Sets the current Faces context without a Faces implementation on the class path. */
    private abstract static class Current extends FacesContext {
        static void use(FacesContext context) {
            setCurrentInstance(context);
        }
    }

    @BeforeEach
    void wire() {
        Current.use(faces);
        MonthRange range = new MonthRange(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        // As the use case orders them: by English title.
        StatisticsReport report = new StatisticsReport(RONNEBY, range, List.of(), List.of(
                offering(LocalisedText.svEn("Samhällsorientering online", "Civic orientation online"), 2),
                offering(LocalisedText.svEn("Förberedande kurs i vård och omsorg", "Preparatory course in care work"),
                        1),
                offering(LocalisedText.svEn("Studievägledning online på arabiska", "Study guidance online in Arabic"),
                        3)), List.of(), List.of());
        page.session = mock(ConsoleSession.class);
        when(page.session.actor()).thenReturn(SUPPLIER_STAFF);
        page.statistics = mock(StatisticsUseCases.class);
        when(page.statistics.supplier(eq(SUPPLIER_STAFF), eq(RONNEBY), any())).thenReturn(report);
        page.clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    }

    @AfterEach
    void release() {
        Current.use(null);
    }

    private static OfferingBreakdown offering(LocalisedText titles, long applications) {
        return new OfferingBreakdown(OfferingId.newId(), titles, List.of(new Series("applications",
                Series.Unit.COUNT, Collections.nCopies(12, BigDecimal.ZERO), BigDecimal.valueOf(applications))));
    }

    @Test
    void theSwedishPageNamesEachOfferingInSwedishInSwedishAlphabeticalOrder() {
        assertThat(page.getOfferings()).extracting(SalesPage.OfferingFigures::title).containsExactly(
                "Förberedande kurs i vård och omsorg", "Samhällsorientering online",
                "Studievägledning online på arabiska");
        assertThat(page.getOfferings()).extracting(o -> o.applications().intValue()).containsExactly(1, 2, 3);
    }

    @Test
    void theEnglishPageNamesEachOfferingInEnglish() {
        UIViewRoot english = mock(UIViewRoot.class);
        when(english.getLocale()).thenReturn(Locale.ENGLISH);
        when(faces.getViewRoot()).thenReturn(english);

        assertThat(page.getOfferings()).extracting(SalesPage.OfferingFigures::title).containsExactly(
                "Civic orientation online", "Preparatory course in care work", "Study guidance online in Arabic");
    }
}
