package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.esp.apiclient.ApiException;
import se.esp.apiclient.ApiResponse;
import se.esp.apiclient.api.ApplicationsApi;
import se.esp.apiclient.api.CatalogueApi;
import se.esp.apiclient.api.FeeScheduleApi;
import se.esp.apiclient.api.OrganisationsApi;
import se.esp.apiclient.api.PackagingsApi;
import se.esp.apiclient.api.ResourcesApi;
import se.esp.apiclient.api.ReviewChecklistApi;
import se.esp.apiclient.api.SettlementApi;
import se.esp.apiclient.model.Applicant;
import se.esp.apiclient.model.Application;
import se.esp.apiclient.model.ApplicationStatus;
import se.esp.apiclient.model.AvailabilityInput;
import se.esp.apiclient.model.AvailabilitySlotInput;
import se.esp.apiclient.model.CompetenceDeclaration;
import se.esp.apiclient.model.CompetenceVerification;
import se.esp.apiclient.model.ComponentKind;
import se.esp.apiclient.model.CriterionAssessmentInput;
import se.esp.apiclient.model.DeliveryMode;
import se.esp.apiclient.model.NewFeeRates;
import se.esp.apiclient.model.NewIndexation;
import se.esp.apiclient.model.NewMembershipBand;
import se.esp.apiclient.model.Organisation;
import se.esp.apiclient.model.OrganisationKind;
import se.esp.apiclient.model.OrganisationRole;
import se.esp.apiclient.model.Packaging;
import se.esp.apiclient.model.PackagingComponentInput;
import se.esp.apiclient.model.PackagingContent;
import se.esp.apiclient.model.PackagingCostModelInput;
import se.esp.apiclient.model.PackagingGroupSizeInput;
import se.esp.apiclient.model.PackagingResourceRequirementInput;
import se.esp.apiclient.model.PackagingStatus;
import se.esp.apiclient.model.PackagingVerdict;
import se.esp.apiclient.model.Phase;
import se.esp.apiclient.model.RegisterOrganisation;
import se.esp.apiclient.model.RegisterResource;
import se.esp.apiclient.model.Resource;
import se.esp.apiclient.model.ReviewCriterion;
import se.esp.apiclient.model.ServiceArea;
import se.esp.apiclient.model.Setting;
import se.esp.apiclient.model.SubmitApplication;
import se.esp.apiclient.model.TargetGroup;
import se.esp.bootstrap.e2e.browser.ConsoleDriver;
import se.esp.bootstrap.e2e.steps.SupplierConsole;

/**
 * Supplier staff's work in the console, in headless Chromium, on a server without demo data (as
 * {@link WorkedExampleIT}, whose story it tells through the supplier's pages): Ronneby's staff package study guidance
 * online in Arabic in the editor, watching the costing, and submit it; a coordinator of Malmö approves it over the
 * API; Ronneby publishes it; a study guide and two consumers' applications over the API make a delivery, which
 * Ronneby starts and completes. Then the supplier's other pages: the applications, the offering suspended and
 * resumed, a second packaging returned with remarks that stand next to the fields they concern and is resubmitted,
 * and the sales and utilisation charts after the month is settled — in Swedish, one page also in English. Every
 * page visited is checked by axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupplierConsoleIT {

    private static final String ARABIC = "ar";
    private static final String TITLE = SupplierConsole.STUDY_GUIDANCE_SV;
    private static final String SECOND = "Läxhjälp online";

    private static LibertyServer server;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    private final SupplierConsole supplier = new SupplierConsole(console);
    private final Map<String, Organisation> organisations = new java.util.LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        server = new LibertyServer(Map.of(
                "ESP_DATA_DIR", LibertyServer.workDir("supplier-console-data").toString(),
                "ESP_DEMO_DATA_ENABLED", "false",
                "ESP_DEMO_IDENTITIES_ENABLED", "true"));
        server.start();
        registerOrganisations();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        new FeeScheduleApi(GeneratedClient.as(server, "esp-admin")).apiFeeSchedulePost(new NewFeeRates()
                .validFrom(LocalDate.of(year, 1, 1)).transactionFeePercent(new BigDecimal("5"))
                .scalingProjectFeePercent(new BigDecimal("10"))
                .membershipBands(List.of(new NewMembershipBand().fromPopulation(0L).entryFee(new BigDecimal("5000.00"))
                        .annualFee(new BigDecimal("8000.00"))))
                .participationFees(Map.of("DRIVING", new BigDecimal("1000000.00"),
                        "ACTIVE", new BigDecimal("500000.00"), "PARTICIPATING", new BigDecimal("200000.00"),
                        "ASSOCIATED", new BigDecimal("50000.00")))
                .indexation(new NewIndexation().yearlyPercent(new BigDecimal("5")).baseYear(year)));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void ronnebyPackagesPublishesAndDeliversTheWorkedExampleThroughTheConsole() throws ApiException {
        console.signInAs("ronneby-supplier");
        assertThat(console.path()).as("supplier staff land on their packagings")
                .isEqualTo("/console/supplier-packagings.xhtml");
        assertThat(console.text("list:packagings")).contains("Inga paketeringar att visa.");

        String id = supplier.packageStudyGuidanceInArabicAndSubmit();

        PackagingsApi api = new PackagingsApi(GeneratedClient.as(server, "ronneby-supplier"));
        Packaging stored = api.apiPackagingsIdGet(id);
        assertThat(stored.getStatus()).isEqualTo(PackagingStatus.SUBMITTED);
        assertThat(stored.getMissingForReview()).isEmpty();
        assertThat(stored.getApplicationForm()).extracting(f -> f.getKey()).containsExactly("previousEducation", "goal");
        assertThat(stored.getIdentityNumberRequired()).isTrue();
        approve(id);

        supplier.publish(id);
        console.click("nav-supplierPackagings");
        assertThat(console.text("list:packagings")).contains(TITLE).contains("Publicerad");

        UUID versionId = new CatalogueApi(GeneratedClient.as(server, "olofstrom-consumer")).apiCatalogueGet(null,
                List.of(ARABIC), null, null, null, null, null, "studievägledning", null, null, null, null, null, null)
                .getItems().get(0).getVersionId();
        registerStudyGuide();
        apply("olofstrom-consumer", versionId, "supplier-console-olofstrom",
                participant("Testdeltagare Olofström Ett", "19940312-0109", "studies"),
                participant("Testdeltagare Olofström Två", "19970805-0100", "work"));
        Application borlange = apply("borlange-consumer", versionId, "supplier-console-borlange",
                participant("Testdeltagare Borlänge", "19881121-0106", "studies"));
        assertThat(borlange.getStatus()).isEqualTo(ApplicationStatus.MATCHED);

        supplier.startAndCompleteDeliveryOf(TITLE, 3);
        assertThat(console.text("costShares")).contains("Olofströms kommun").contains("13 000,00")
                .contains("Borlänge kommun").contains("6 500,00");
        assertThat(console.violations()).filteredOn(v -> v.fails()).isEmpty();
    }

    @Test
    @Order(2)
    void theSupplierFollowsApplicationsManagesTheOfferingRevisesAReturnedPackagingAndReadsItsSales()
            throws ApiException {
        console.signInAs("ronneby-supplier");

        console.click("nav-supplierApplications");
        assertThat(console.path()).isEqualTo("/console/supplier-applications.xhtml");
        String applications = console.text("list:applications");
        assertThat(applications).contains("Olofströms kommun").contains("Borlänge kommun").contains(TITLE)
                .contains("arabiska").contains("Avslutad");
        supplier.select("filters:status", "WAITLISTED");
        console.click("filters:searchButton");
        assertThat(console.text("list:applications")).contains("Inga ansökningar att visa.");

        console.click("nav-supplierDeliveries");
        assertThat(console.text("list:deliveries")).contains(TITLE).contains("Genomförd").contains("19 500,00");

        console.click("nav-supplierOfferings");
        assertThat(console.text("list:offerings")).contains(TITLE).contains("I utbudet").contains("6 500,00");
        console.type("list:offerings:0:reason", "Inga studievägledare under sommaren");
        says("list:offerings:0:suspendButton", "”" + TITLE + "” är pausat och syns inte i utbudet.");
        assertThat(console.text("list:offerings:0:status")).isEqualTo("Pausat");
        says("list:offerings:0:resumeButton", "”" + TITLE + "” finns i utbudet igen.");
        assertThat(console.text("list:offerings:0:status")).isEqualTo("I utbudet");

        String second = returnedPackaging();
        console.click("nav-supplierPackagings");
        console.click(supplier.rowLink("list:packagings", SECOND));
        assertThat(console.text("status")).isEqualTo("Återsänd");
        assertThat(console.text("remarksCosting")).as("next to the price")
                .isEqualTo("Priset är motiverat: Motivera priset mot kostnaden.");
        assertThat(console.text("remarksTop")).as("a remark on the whole packaging at the top")
                .contains("Tillgänglighet: Beskriv hur materialet textas.")
                .doesNotContain("Motivera priset");
        assertThat(console.has("remarksComponents")).isFalse();
        console.type("editor:pricePerParticipant", "2 000,00");
        console.type("editor:costingGroupSize", "6");
        console.click("editor:recostButton");
        supplier.shows("costingIntro",
                "Vid 6 deltagare och priset 2 000,00 kr per deltagare, med transaktionsavgiften 5 %.");
        assertThat(supplier.amount("digitalRevenue")).isEqualTo("12 000,00 kr");
        assertThat(supplier.amount("digitalResourceCost")).as("8 × 1 h at 400,00 kr").isEqualTo("3 200,00 kr");
        console.click("editor:submitButton");
        supplier.shows("status", "Inskickad");
        assertThat(console.has("remarksTop")).isFalse();
        Packaging resubmitted = new PackagingsApi(GeneratedClient.as(server, "ronneby-supplier"))
                .apiPackagingsIdGet(second);
        assertThat(resubmitted.getStatus()).isEqualTo(PackagingStatus.SUBMITTED);
        assertThat(resubmitted.getPricePerParticipant()).isEqualTo(new BigDecimal("2000.00"));

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        new SettlementApi(GeneratedClient.as(server, "esp-admin")).apiSettlementPeriodsPeriodRunsPost(month);
        console.click("nav-supplierStatistics");
        assertThat(console.path()).isEqualTo("/console/supplier-statistics.xhtml");
        assertThat(console.has("salesChart")).isTrue();
        assertThat(supplier.amount("salesTotal")).isEqualTo("Summa försäljning: 19 500,00 kr");
        assertThat(supplier.amount("salesTable")).contains(month + " 19 500,00 kr 975,00 kr");
        assertThat(console.text("offeringTable")).as("the Swedish page names the offering in Swedish")
                .contains(TITLE).doesNotContain("Study guidance online, Arabic");

        console.click("language:en");
        shows("pageHeading", "Sales and utilisation");
        assertThat(supplier.amount("salesTotal")).isEqualTo("Total sales: SEK 19,500.00");
        console.click("nav-supplierPackagings");
        assertThat(console.text("list:packagings")).contains("Study guidance online, Arabic").contains("Published")
                .contains("Submitted");
        console.click("language:sv");
        shows("pageHeading", "Paketeringar");
        assertThat(console.violations()).filteredOn(v -> v.fails()).isEmpty();
    }

    // ---- the world around the supplier, over the API ----

    private void registerOrganisations() throws ApiException {
        OrganisationsApi administrator = new OrganisationsApi(GeneratedClient.as(server, "esp-admin"));
        register(administrator, WorkedExampleIT.OWNER, "eSP Nationell plattform (fiktiv demoägare)",
                OrganisationKind.OWNER, null, Set.of());
        register(administrator, WorkedExampleIT.RONNEBY, "Ronneby kommun", OrganisationKind.MUNICIPALITY, 29_021L,
                Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER));
        register(administrator, WorkedExampleIT.OLOFSTROM, "Olofströms kommun", OrganisationKind.MUNICIPALITY,
                13_061L, Set.of(OrganisationRole.CONSUMER));
        register(administrator, WorkedExampleIT.BORLANGE, "Borlänge kommun", OrganisationKind.MUNICIPALITY, 51_424L,
                Set.of(OrganisationRole.CONSUMER));
        register(administrator, WorkedExampleIT.MALMO, "Malmö stad", OrganisationKind.MUNICIPALITY, 365_252L,
                Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER));
    }

    private void register(OrganisationsApi administrator, String number, String name, OrganisationKind kind,
                          Long population, Set<OrganisationRole> roles) throws ApiException {
        organisations.put(number, administrator.apiOrganisationsPost(new RegisterOrganisation()
                .organisationNumber(number).name(name).kind(kind).population(population).roles(roles)));
    }

    /** A coordinator of Malmö takes the packaging up and passes every criterion. */
    private static void approve(String id) throws ApiException {
        var coordinator = GeneratedClient.as(server, "malmo-coordinator");
        PackagingsApi reviewer = new PackagingsApi(coordinator);
        Packaging packaging = reviewer.apiPackagingsIdGet(id);
        ApiResponse<Packaging> taken = reviewer.apiPackagingsIdReviewPostWithHttpInfo(id, etag(packaging));
        List<ReviewCriterion> criteria = new ReviewChecklistApi(coordinator).apiReviewChecklistGet().getCriteria();
        Packaging approved = reviewer.apiPackagingsIdVerdictPost(id, etag(taken.getData()), new PackagingVerdict()
                .assessments(criteria.stream().map(c -> new CriterionAssessmentInput().criterion(c.getKey())
                        .passed(true)).toList()));
        assertThat(approved.getStatus()).isEqualTo(PackagingStatus.APPROVED);
    }

    /**
     * Ronneby's second packaging, submitted over the API and returned by Malmö's coordinator with two remarks: one on
     * the price (shown next to the costs) and one on accessibility (no one part of the form: shown at the top).
     */
    private static String returnedPackaging() throws ApiException {
        PackagingsApi ronneby = new PackagingsApi(GeneratedClient.as(server, "ronneby-supplier"));
        Packaging created = ronneby.apiPackagingsPost(new PackagingContent()
                .titles(Map.of("sv", SECOND, "en", "Homework help online"))
                .descriptions(Map.of("sv", "Läxhjälp i grupp online.", "en", "Homework help in groups online."))
                .phase(Phase.DEVELOPING_AND_SUPPORTING).serviceArea(ServiceArea.STUDY_GUIDANCE)
                .targetGroups(List.of(TargetGroup.PUPILS)).deliveryMode(DeliveryMode.DIGITAL)
                .deliveryLanguages(List.of("sv"))
                .components(List.of(new PackagingComponentInput().kind(ComponentKind.GROUP_SESSION).count(8)
                        .durationMinutes(45).setting(Setting.ONLINE).resource(new PackagingResourceRequirementInput()
                                .competence("homework-help").hours(new BigDecimal("1")))))
                .groupSize(new PackagingGroupSizeInput().min(4).max(10))
                .costModel(new PackagingCostModelInput().hourlyRate(new BigDecimal("400.00")))
                .pricePerParticipant(new BigDecimal("2500.00")));
        String id = created.getId().toString();
        ronneby.apiPackagingsIdSubmissionPost(id, etag(created));
        PackagingsApi reviewer = new PackagingsApi(GeneratedClient.as(server, "malmo-coordinator"));
        Packaging taken = reviewer.apiPackagingsIdReviewPost(id, etag(reviewer.apiPackagingsIdGet(id)));
        List<ReviewCriterion> criteria = new ReviewChecklistApi(GeneratedClient.as(server, "malmo-coordinator"))
                .apiReviewChecklistGet().getCriteria();
        Packaging returned = reviewer.apiPackagingsIdVerdictPost(id, etag(taken), new PackagingVerdict()
                .assessments(criteria.stream().map(c -> switch (c.getKey()) {
                    case "price-justified" -> new CriterionAssessmentInput().criterion(c.getKey()).passed(false)
                            .remark("Motivera priset mot kostnaden.");
                    case "accessibility" -> new CriterionAssessmentInput().criterion(c.getKey()).passed(false)
                            .remark("Beskriv hur materialet textas.");
                    default -> new CriterionAssessmentInput().criterion(c.getKey()).passed(true);
                }).toList()));
        assertThat(returned.getStatus()).isEqualTo(PackagingStatus.RETURNED);
        return id;
    }

    /** The worked example's study guide, employed by Malmö, verified by a coordinator of Ronneby. */
    private void registerStudyGuide() throws ApiException {
        ApiResponse<Resource> registered = new ResourcesApi(GeneratedClient.as(server, "malmo-resource"))
                .apiResourcesPostWithHttpInfo(new RegisterResource().displayName("Mina Studiehandledare")
                        .languages(List.of(ARABIC, "sv")).employerId(organisations.get(WorkedExampleIT.MALMO).getId())
                        .hourlyRate(new BigDecimal("450.00"))
                        .availability(new AvailabilityInput().maxHoursPerWeek(4).slots(List.of(
                                new AvailabilitySlotInput().day(AvailabilitySlotInput.DayEnum.TUESDAY)
                                        .start("10:00").end("12:00"))))
                        .competences(List.of(new CompetenceDeclaration().code("study-guidance")
                                .evidence("Studie- och yrkesvägledarexamen")
                                .expiresOn(LocalDate.now(ZoneOffset.UTC).plusYears(2)))));
        new ResourcesApi(GeneratedClient.as(server, "ronneby-coordinator"))
                .apiResourcesIdCompetencesCodeVerificationPost("study-guidance",
                        registered.getData().getId().toString(), registered.getHeaders().get("ETag").get(0),
                        new CompetenceVerification().remark("Examen kontrollerad"));
    }

    private static Application apply(String user, UUID versionId, String key, Applicant... participants)
            throws ApiException {
        return new ApplicationsApi(GeneratedClient.as(server, user)).apiApplicationsPost(new SubmitApplication()
                .offeringVersionId(versionId).language(ARABIC)
                .earliestStart(LocalDate.now(ZoneOffset.UTC).plusWeeks(1)).participants(List.of(participants)), key);
    }

    private static Applicant participant(String name, String identityNumber, String goal) {
        return new Applicant().name(name).personalIdentityNumber(identityNumber).preferredLanguage(ARABIC)
                .targetGroups(Set.of(TargetGroup.NEWLY_ARRIVED))
                .answers(Map.of("previousEducation", "Gymnasium", "goal", goal));
    }

    private static String etag(Packaging packaging) {
        return "\"" + packaging.getVersion() + "\"";
    }

    /** Clicks and waits until the page's messages say {@code message}; the new page is then checked. */
    private static void says(String id, String message) {
        console.click(id);
        new org.openqa.selenium.support.ui.WebDriverWait(console.webDriver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> console.messages().contains(message));
        console.checkPage("says-" + id);
    }

    private static void shows(String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(console.webDriver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> driver.findElements(org.openqa.selenium.By.id(id)).stream()
                        .anyMatch(element -> element.getText().equals(text)));
        console.checkPage("language-" + text);
    }
}
