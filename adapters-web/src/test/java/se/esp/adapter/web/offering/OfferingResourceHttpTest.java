package se.esp.adapter.web.offering;

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
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.LanguageCapacity;
import se.esp.application.port.in.offering.OfferingCapacity;
import se.esp.application.port.in.offering.ManageOfferingUseCase;
import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** Offerings, their versions and the catalogue over real HTTP with the use cases mocked. */
class OfferingResourceHttpTest {

    private static final FindOfferingsQuery FIND = mock(FindOfferingsQuery.class);
    private static final ManageOfferingUseCase MANAGE = mock(ManageOfferingUseCase.class);
    private static final SearchCatalogueQuery SEARCH = mock(SearchCatalogueQuery.class);
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    /** Signed in with bearer tokens: a case officer of a consumer municipality reads and searches. */
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer@olofstrom", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));
    /** The platform administrator suspends and retires. */
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    private static HttpHarness http;

    @BeforeAll
    static void startServer() {
        RequestIdentity identity = new RequestIdentity();
        http = new HttpHarness(CASE_OFFICER, new OfferingResource(FIND, MANAGE, identity),
                new OfferingVersionResource(FIND, identity), new CatalogueResource(SEARCH, identity));
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetMocks() {
        Mockito.reset(FIND, MANAGE, SEARCH);
    }

    private static Offering offering() {
        Offering offering = Offering.launch(OfferingId.newId(), PackagingId.newId(), OrganisationId.newId(),
                OfferingVersionId.newId(), 1, new PackagingContent(LocalisedText.svEn("Samhällsorientering",
                        "Civic orientation"), null, null, null, null, null, null, null, null, null, null, null, null,
                        Money.parse("3000")), AT).offering();
        offering.publishVersion(OfferingVersionId.newId(), 2, new PackagingContent(LocalisedText.svEn(
                "Samhällsorientering, ny", "Civic orientation, new"), null, null, null, null, null, null, null, null,
                null, null, null, null, Money.parse("2800")), AT.plusSeconds(60));
        return Offering.reconstitute(offering.id(), offering.packaging(), offering.supplier(), offering.status(),
                offering.versions(), 2);
    }

    @Test
    void anEarlierVersionIsReadableByItsIdAndSaysItIsNotCurrent() throws Exception {
        Offering offering = offering();
        var first = offering.versions().get(0);
        when(FIND.version(any(), eq(first.id()))).thenReturn(new OfferingVersionView(offering, first));

        HttpResponse<String> byId = http.send("GET", "offering-versions/" + first.id(), null);
        HttpResponse<String> nested = http.send("GET", "offerings/" + offering.id() + "/versions/" + first.id(), null);
        HttpResponse<String> wrongOffering = http.send("GET", "offerings/" + OfferingId.newId() + "/versions/"
                + first.id(), null);

        assertThat(byId.statusCode()).isEqualTo(200);
        JsonObject version = json(byId);
        assertThat(version.getInt("number")).isEqualTo(1);
        assertThat(version.getBoolean("current")).isFalse();
        assertThat(version.getJsonObject("titles").getString("sv")).isEqualTo("Samhällsorientering");
        assertThat(version.getString("pricePerParticipant")).isEqualTo("3000.00");
        assertThat(version.isNull("costModel")).isTrue();
        assertThat(version.getJsonArray("components")).isEmpty();
        assertThat(json(nested).getString("id")).isEqualTo(first.id().toString());
        assertProblem(wrongOffering, 404, "OFFERING_VERSION_NOT_FOUND");
        assertProblem(http.send("GET", "offering-versions/nonsense", null), 404, "OFFERING_VERSION_NOT_FOUND");
    }

    @Test
    void suspendingNeedsAReasonAndTheVersion() throws Exception {
        Offering offering = offering();
        HttpHarness admin = http.as(ADMIN);
        assertProblem(admin.send("POST", "offerings/" + offering.id() + "/suspension", "{\"reason\": \"Paus\"}"),
                428, "VERSION_REQUIRED");
        HttpResponse<String> noReason = admin.send("POST", "offerings/" + offering.id() + "/suspension", "{}",
                "If-Match", "\"2\"");
        assertProblem(noReason, 400, "VALIDATION_FAILED");
        assertThat(errors(noReason)).containsExactly("reason:REQUIRED");
        verifyNoInteractions(MANAGE);

        when(MANAGE.suspend(any(), any())).thenReturn(offering);
        HttpResponse<String> suspended = admin.send("POST", "offerings/" + offering.id() + "/suspension",
                "{\"reason\": \"Inga resurser\"}", "If-Match", "\"2\"");
        assertThat(suspended.statusCode()).isEqualTo(200);
        ArgumentCaptor<OfferingChange> change = ArgumentCaptor.forClass(OfferingChange.class);
        verify(MANAGE).suspend(eq(ADMIN), change.capture());
        assertThat(change.getValue()).isEqualTo(new OfferingChange(offering.id(), 2, "Inga resurser"));
    }

    @Test
    void aReasonMustBeShortEnoughAndNothingElseIsTaken() throws Exception {
        Offering offering = offering();
        HttpResponse<String> response = http.as(ADMIN).send("POST", "offerings/" + offering.id() + "/retirement",
                "{\"reason\": \"" + "x".repeat(Offering.MAX_REASON_LENGTH + 1) + "\", \"until\": \"2027-01-01\"}",
                "If-Match", "\"2\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("reason:TOO_LONG", "until:NOT_ALLOWED");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void anOfferingAnswersItsVersionsAndStatus() throws Exception {
        Offering offering = offering();
        when(FIND.get(any(), eq(offering.id()))).thenReturn(offering);

        HttpResponse<String> response = http.send("GET", "offerings/" + offering.id(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
        JsonObject body = json(response);
        assertThat(body.getString("status")).isEqualTo(offering.status().name());
        assertThat(body.getString("currentVersionId")).isEqualTo(offering.current().id().toString());
        assertThat(body.getJsonArray("versions")).hasSize(2);
        assertThat(body.getJsonArray("versions").getJsonObject(1).getInt("number")).isEqualTo(2);
    }

    @Test
    void theCatalogueReadsEveryFilterAndAnswersHitsWithFacets() throws Exception {
        OrganisationId supplier = OrganisationId.newId();
        Map<CatalogueDimension, List<FacetCount>> facets = new EnumMap<>(CatalogueDimension.class);
        facets.put(CatalogueDimension.PHASE, List.of(new FacetCount("PREPARATORY", null, 3)));
        facets.put(CatalogueDimension.SUPPLIER, List.of(new FacetCount(supplier.toString(), "Ronneby kommun", 3)));
        CatalogueEntry hit = new CatalogueEntry(OfferingId.newId(), OfferingVersionId.newId(), 2, supplier,
                "Ronneby kommun", LocalisedText.svEn("Samhällsorientering", "Civic orientation"), LocalisedText.empty(),
                Phase.ESTABLISHMENT, ServiceArea.CIVIC_ORIENTATION, Set.of(TargetGroup.NEWLY_ARRIVED),
                Set.of(LanguageCode.of("ar")), DeliveryMode.DIGITAL, Money.parse("2800"), null, null, AT);
        OfferingCapacity capacity = new OfferingCapacity(hit.offeringId(), List.of(new LanguageCapacity(
                LanguageCode.of("ar"), java.time.LocalDate.parse("2027-01-12"), 2, 3)));
        when(SEARCH.search(any(), any(), any())).thenAnswer(call -> new CatalogueResult(
                new Page<>(List.of(hit), call.<CatalogueQuery>getArgument(1).page(), 3), facets)
                .withCapacity(Map.of(hit.offeringId(), capacity)));

        HttpResponse<String> response = http.send("GET", "catalogue?q=studie&phase=PREPARATORY&language=ar,so"
                + "&language=ti&mode=DIGITAL&supplier=" + supplier + "&minPrice=1000&maxPrice=2500.50&age=17"
                + "&startWithinDays=14&sort=PRICE_ASCENDING&page=1&size=5", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ArgumentCaptor<CatalogueQuery> query = ArgumentCaptor.forClass(CatalogueQuery.class);
        verify(SEARCH).search(eq(CASE_OFFICER), query.capture(), eq(14));
        CatalogueQuery asked = query.getValue();
        assertThat(asked.text()).isEqualTo("studie");
        assertThat(asked.phases()).containsExactly(Phase.PREPARATORY);
        assertThat(asked.deliveryLanguages()).containsExactlyInAnyOrder(LanguageCode.of("ar"), LanguageCode.of("so"),
                LanguageCode.of("ti"));
        assertThat(asked.deliveryModes()).isEqualTo(Set.of(DeliveryMode.DIGITAL));
        assertThat(asked.suppliers()).containsExactly(supplier);
        assertThat(asked.maxPrice()).isEqualTo(Money.parse("2500.50"));
        assertThat(asked.eligibleAge()).isEqualTo(17);
        assertThat(asked.sort()).isEqualTo(CatalogueSort.PRICE_ASCENDING);
        assertThat(asked.page()).isEqualTo(new PageRequest(1, 5));
        JsonObject body = json(response);
        assertThat(body.getInt("totalItems")).isEqualTo(3);
        assertThat(body.getJsonObject("facets").getJsonArray("phase").getJsonObject(0).getInt("count")).isEqualTo(3);
        assertThat(body.getJsonObject("facets").getJsonArray("supplier").getJsonObject(0).getString("label"))
                .isEqualTo("Ronneby kommun");
        assertThat(body.getJsonObject("facets").getJsonArray("phase").getJsonObject(0).isNull("label")).isTrue();
        JsonObject item = body.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("pricePerParticipant")).isEqualTo("2800.00");
        assertThat(item.getJsonObject("supplier").getString("name")).isEqualTo("Ronneby kommun");
        assertThat(item.getInt("versionNumber")).isEqualTo(2);
        assertThat(item.isNull("minAge")).isTrue();
    }

    @Test
    void badCatalogueParametersAreRefusedByName() throws Exception {
        HttpResponse<String> response = http.send("GET", "catalogue?phase=LATER&language=xx&minPrice=10.005"
                + "&age=old&sort=RANDOM&supplier=someone", null);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("phase:UNKNOWN_VALUE", "language:UNKNOWN_VALUE",
                "minPrice:INVALID_FORMAT", "age:INVALID_FORMAT", "sort:UNKNOWN_VALUE", "supplier:INVALID_FORMAT");
        HttpResponse<String> crossed = http.send("GET", "catalogue?minPrice=500&maxPrice=100", null);
        assertThat(errors(crossed)).containsExactly("minPrice:OUT_OF_RANGE");
        verifyNoInteractions(SEARCH);
    }

    @Test
    void anAnonymousCallIsRefusedWith401BeforeAnyUseCase() throws Exception {
        assertProblem(http.anonymous().send("GET", "catalogue?q=studie", null), 401, "NOT_AUTHENTICATED");
        assertProblem(http.anonymous().send("GET", "offering-versions/" + OfferingVersionId.newId(), null), 401,
                "NOT_AUTHENTICATED");
        verifyNoInteractions(FIND, SEARCH);
    }
}
