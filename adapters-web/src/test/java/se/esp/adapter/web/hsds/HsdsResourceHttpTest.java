package se.esp.adapter.web.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HsdsSchemas;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The HSDS 3.0 endpoints over real HTTP with the use cases mocked; every answer is validated against the official
 * HSDS 3.0 schemas ({@link HsdsSchemas}) with no error allowed.
 */
class HsdsResourceHttpTest {

    private static final SearchCatalogueQuery SEARCH = mock(SearchCatalogueQuery.class);
    private static final FindOfferingsQuery FIND = mock(FindOfferingsQuery.class);
    private static final GetOrganisationQuery ORGANISATIONS = mock(GetOrganisationQuery.class);
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer@olofstrom", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final Organisation RONNEBY = Organisation.reconstitute(OrganisationId.newId(),
            OrganisationNumber.parse("212000-0837"), new OrganisationProfile(new OrganisationName("Ronneby kommun"),
                    OrganisationKind.MUNICIPALITY, new Population(29_000), null),
            EnumSet.of(OrganisationRole.SUPPLIER), 1);

    private static HttpHarness http;

    @BeforeAll
    static void startServer() {
        http = new HttpHarness(CASE_OFFICER, new HsdsResource(SEARCH, FIND, ORGANISATIONS, new RequestIdentity()));
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetMocks() {
        Mockito.reset(SEARCH, FIND, ORGANISATIONS);
        when(ORGANISATIONS.get(any(), eq(RONNEBY.id()))).thenReturn(RONNEBY);
    }

    private static PackagingContent studyGuidance(Eligibility eligibility) {
        return new PackagingContent(LocalisedText.svEn("Studievägledning online på arabiska",
                "Study guidance online in Arabic"), LocalisedText.svEn("Tio gruppträffar.", "Ten group sessions."),
                Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE, Set.of(TargetGroup.NEWLY_ARRIVED),
                DeliveryMode.DIGITAL, Set.of(LanguageCode.of("ar"), LanguageCode.of("sv")),
                List.of(new Component(ComponentKind.GROUP_SESSION, 10, 90, Setting.ONLINE, null)),
                new GroupSize(3, 12), eligibility, null, null, null, Money.parse("6500"));
    }

    private static Offering offering(Eligibility eligibility) {
        return Offering.launch(OfferingId.newId(), PackagingId.newId(), RONNEBY.id(), OfferingVersionId.newId(), 1,
                studyGuidance(eligibility), AT).offering();
    }

    private static CatalogueResult hits(List<CatalogueEntry> entries, PageRequest page, long total) {
        Map<CatalogueDimension, List<FacetCount>> facets = new EnumMap<>(CatalogueDimension.class);
        facets.put(CatalogueDimension.SUPPLIER, List.of(new FacetCount(RONNEBY.id().toString(), "Ronneby kommun",
                total)));
        return new CatalogueResult(new Page<>(entries, page, total), facets);
    }

    @Test
    void aServiceCarriesItsLanguagesAgesPriceInKronorScheduleAndOrganisationAndMeetsTheSchema() throws Exception {
        Offering offering = offering(new Eligibility(18, 64, Set.of()));
        when(FIND.get(any(), eq(offering.id()))).thenReturn(offering);

        HttpResponse<String> answer = http.send("GET", "hsds/services/" + offering.id(), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(HsdsSchemas.serviceErrors(answer.body())).isEmpty();
        JsonObject service = json(answer);
        assertThat(service.getString("id")).isEqualTo(offering.id().toString());
        assertThat(service.getString("name")).isEqualTo("Studievägledning online på arabiska");
        assertThat(service.getString("alternate_name")).isEqualTo("Study guidance online in Arabic");
        assertThat(service.getString("status")).isEqualTo("active");
        assertThat(service.getInt("minimum_age")).isEqualTo(18);
        assertThat(service.getInt("maximum_age")).isEqualTo(64);
        assertThat(service.getString("last_modified")).isEqualTo("2026-11-23T09:00:00.000Z");
        assertThat(service.getJsonArray("languages").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("code"), l -> l.getString("name"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ar", "Arabic"),
                        org.assertj.core.groups.Tuple.tuple("sv", "Swedish"));
        JsonObject cost = service.getJsonArray("cost_options").getJsonObject(0);
        assertThat(cost.getString("currency")).isEqualTo("SEK");
        assertThat(cost.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("6500"));
        JsonObject schedule = service.getJsonArray("schedules").getJsonObject(0);
        assertThat(schedule.getString("freq")).isEqualTo("WEEKLY");
        assertThat(schedule.getString("description")).startsWith("1 session a week; 10 × group session, 90 min");
        assertThat(service.getJsonObject("organization").getString("name")).isEqualTo("Ronneby kommun");
        assertThat(service.getJsonObject("organization").getJsonArray("organization_identifiers").getJsonObject(0)
                .getString("identifier")).isEqualTo("2120000837");
        assertThat(json(http.send("GET", "hsds/services/" + offering.id(), null)).getJsonArray("languages")
                .getJsonObject(0).getString("id")).as("nested ids stay the same from one read to the next")
                .isEqualTo(service.getJsonArray("languages").getJsonObject(0).getString("id"));
    }

    @Test
    void aServiceOpenToAnyAgeLeavesTheAgesOutAndASuspendedOneIsTemporarilyClosed() throws Exception {
        Offering offering = offering(null);
        offering.suspend("Paus", AT.plusSeconds(60));
        when(FIND.get(any(), eq(offering.id()))).thenReturn(offering);

        HttpResponse<String> answer = http.send("GET", "hsds/services/" + offering.id(), null);

        assertThat(HsdsSchemas.serviceErrors(answer.body())).isEmpty();
        JsonObject service = json(answer);
        assertThat(service.containsKey("minimum_age")).isFalse();
        assertThat(service.containsKey("maximum_age")).isFalse();
        assertThat(service.getString("eligibility_description")).isEqualTo("Any age");
        assertThat(service.getString("status")).isEqualTo("temporarily closed");
    }

    @Test
    void servicesArePagedFromOneWithHsdsEnvelopeAndSearchAndOrganisationReachTheCatalogue() throws Exception {
        Offering offering = offering(new Eligibility(18, null, Set.of()));
        CatalogueEntry entry = CatalogueEntry.of(offering, "Ronneby kommun");
        when(SEARCH.search(any(), any())).thenReturn(hits(List.of(entry), new PageRequest(1, 1), 3));

        HttpResponse<String> answer = http.send("GET",
                "hsds/services?search=studie&organization_id=" + RONNEBY.id() + "&page=2&per_page=1", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(HsdsSchemas.servicePageErrors(answer.body())).isEmpty();
        JsonObject page = json(answer);
        assertThat(page.getInt("total_items")).isEqualTo(3);
        assertThat(page.getInt("total_pages")).isEqualTo(3);
        assertThat(page.getInt("page_number")).isEqualTo(2);
        assertThat(page.getInt("size")).isEqualTo(1);
        assertThat(page.getBoolean("first_page")).isFalse();
        assertThat(page.getBoolean("last_page")).isFalse();
        assertThat(page.getBoolean("empty")).isFalse();
        JsonObject item = page.getJsonArray("contents").getJsonObject(0);
        assertThat(item.getString("id")).isEqualTo(offering.id().toString());
        assertThat(item.getString("fees_description")).isEqualTo("6500.00 SEK per participant");
        assertThat(item.getInt("minimum_age")).isEqualTo(18);
        ArgumentCaptor<CatalogueQuery> query = ArgumentCaptor.forClass(CatalogueQuery.class);
        verify(SEARCH).search(eq(CASE_OFFICER), query.capture());
        assertThat(query.getValue().text()).isEqualTo("studie");
        assertThat(query.getValue().suppliers()).containsExactly(RONNEBY.id());
        assertThat(query.getValue().page()).isEqualTo(new PageRequest(1, 1));
    }

    @Test
    void anEmptyListingIsStillAValidPage() throws Exception {
        when(SEARCH.search(any(), any())).thenReturn(hits(List.of(), new PageRequest(0, 20), 0));

        HttpResponse<String> answer = http.send("GET", "hsds/services", null);

        assertThat(HsdsSchemas.servicePageErrors(answer.body())).isEmpty();
        JsonObject page = json(answer);
        assertThat(page.getBoolean("empty")).isTrue();
        assertThat(page.getBoolean("first_page")).isTrue();
        assertThat(page.getBoolean("last_page")).isTrue();
        assertThat(page.getInt("size")).isEqualTo(20);
    }

    @Test
    void organizationsAreTheSuppliersOnOfferAndOneCarriesItsServices() throws Exception {
        Offering offering = offering(null);
        CatalogueEntry entry = CatalogueEntry.of(offering, "Ronneby kommun");
        when(SEARCH.search(any(), any())).thenReturn(hits(List.of(entry), new PageRequest(0, 1), 1));

        HttpResponse<String> list = http.send("GET", "hsds/organizations", null);
        HttpResponse<String> one = http.send("GET", "hsds/organizations/" + RONNEBY.id(), null);

        assertThat(HsdsSchemas.organizationPageErrors(list.body())).isEmpty();
        assertThat(json(list).getInt("total_items")).isEqualTo(1);
        assertThat(json(list).getJsonArray("contents").getJsonObject(0).getString("name"))
                .isEqualTo("Ronneby kommun");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(HsdsSchemas.organizationErrors(one.body())).isEmpty();
        assertThat(json(one).getJsonArray("services").getJsonObject(0).getString("id"))
                .isEqualTo(offering.id().toString());
    }

    @Test
    void badPagingIsAProblemAndAnUnknownIdIsNotFound() throws Exception {
        HttpResponse<String> zero = http.send("GET", "hsds/services?page=0&per_page=201", null);
        assertProblem(zero, 400, "VALIDATION_FAILED");
        assertThat(errors(zero)).containsExactlyInAnyOrder("page:OUT_OF_RANGE", "per_page:OUT_OF_RANGE");
        HttpResponse<String> words = http.send("GET", "hsds/organizations?page=first", null);
        assertProblem(words, 400, "VALIDATION_FAILED");
        HttpResponse<String> supplier = http.send("GET", "hsds/services?organization_id=nobody", null);
        assertProblem(supplier, 400, "VALIDATION_FAILED");
        assertThat(errors(supplier)).extracting(e -> e.substring(0, e.indexOf(':'))).containsExactly("organization_id");
        verifyNoInteractions(SEARCH);

        assertProblem(http.send("GET", "hsds/services/nonsense", null), 404, "OFFERING_NOT_FOUND");
        assertProblem(http.send("GET", "hsds/organizations/nonsense", null), 404, "ORGANISATION_NOT_FOUND");
        OfferingId unknown = OfferingId.newId();
        when(FIND.get(any(), eq(unknown))).thenThrow(new DomainException(ErrorCode.OFFERING_NOT_FOUND, "none"));
        assertProblem(http.send("GET", "hsds/services/" + unknown, null), 404, "OFFERING_NOT_FOUND");
    }

    @Test
    void aCallerWithoutATokenIsNotLetIn() throws Exception {
        assertThat(http.anonymous().send("GET", "hsds/services", null).statusCode()).isEqualTo(401);
        verifyNoInteractions(SEARCH);
    }

    @Test
    void theSchemasCatchAServiceThatBreaksThem() {
        assertThat(HsdsSchemas.serviceErrors("{\"id\": \"not-a-uuid\", \"name\": \"x\", \"status\": \"open\"}"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(HsdsSchemas.servicePageErrors("{\"total_items\": \"many\", \"contents\": [{\"name\": 1}]}"))
                .isNotEmpty();
    }
}
