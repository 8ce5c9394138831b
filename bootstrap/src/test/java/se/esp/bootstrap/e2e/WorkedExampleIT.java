package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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

import se.esp.apiclient.ApiException;
import se.esp.apiclient.ApiResponse;
import se.esp.apiclient.api.ApplicationsApi;
import se.esp.apiclient.api.CatalogueApi;
import se.esp.apiclient.api.DeliveriesApi;
import se.esp.apiclient.api.FeeScheduleApi;
import se.esp.apiclient.api.OfferingsApi;
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
import se.esp.apiclient.model.CatalogueEntry;
import se.esp.apiclient.model.CompetenceDeclaration;
import se.esp.apiclient.model.CompetenceStatus;
import se.esp.apiclient.model.CompetenceVerification;
import se.esp.apiclient.model.ComponentKind;
import se.esp.apiclient.model.CostSplitRule;
import se.esp.apiclient.model.CriterionAssessmentInput;
import se.esp.apiclient.model.Delivery;
import se.esp.apiclient.model.DeliveryCompletion;
import se.esp.apiclient.model.DeliveryCostShare;
import se.esp.apiclient.model.DeliveryStatus;
import se.esp.apiclient.model.FeeSchedule;
import se.esp.apiclient.model.DeliveryMode;
import se.esp.apiclient.model.FieldType;
import se.esp.apiclient.model.LineKind;
import se.esp.apiclient.model.NetPosition;
import se.esp.apiclient.model.NewFeeRates;
import se.esp.apiclient.model.NewIndexation;
import se.esp.apiclient.model.NewMembershipBand;
import se.esp.apiclient.model.OfferingStatus;
import se.esp.apiclient.model.OfferingVersion;
import se.esp.apiclient.model.Organisation;
import se.esp.apiclient.model.OrganisationKind;
import se.esp.apiclient.model.OrganisationPage;
import se.esp.apiclient.model.OrganisationRole;
import se.esp.apiclient.model.Packaging;
import se.esp.apiclient.model.PackagingComponentInput;
import se.esp.apiclient.model.PackagingContent;
import se.esp.apiclient.model.PackagingCostModelInput;
import se.esp.apiclient.model.PackagingEligibilityInput;
import se.esp.apiclient.model.PackagingFormChoiceInput;
import se.esp.apiclient.model.PackagingFormFieldInput;
import se.esp.apiclient.model.PackagingGroupSizeInput;
import se.esp.apiclient.model.PackagingPublication;
import se.esp.apiclient.model.PackagingResourceRequirementInput;
import se.esp.apiclient.model.PackagingSale;
import se.esp.apiclient.model.PackagingStatus;
import se.esp.apiclient.model.PackagingVariantCosting;
import se.esp.apiclient.model.PackagingVerdict;
import se.esp.apiclient.model.ParticipantOutcome;
import se.esp.apiclient.model.ParticipationOutcome;
import se.esp.apiclient.model.PeriodStatus;
import se.esp.apiclient.model.Phase;
import se.esp.apiclient.model.RegisterOrganisation;
import se.esp.apiclient.model.RegisterResource;
import se.esp.apiclient.model.Resource;
import se.esp.apiclient.model.ResourceStatus;
import se.esp.apiclient.model.ReviewCriterion;
import se.esp.apiclient.model.ServiceArea;
import se.esp.apiclient.model.SettlementLine;
import se.esp.apiclient.model.SettlementPeriod;
import se.esp.apiclient.model.Setting;
import se.esp.apiclient.model.Statement;
import se.esp.apiclient.model.SubmitApplication;
import se.esp.apiclient.model.TargetGroup;

/**
 * DOMAIN.md's worked example on a running server, through nothing but the Java client generated from the served
 * OpenAPI document ({@link GeneratedClient}; no JSON written by hand): Ronneby sells study guidance online in
 * Arabic at 6 500.00 SEK per participant, Olofström applies for two participants and Borlänge for one, matching
 * puts all three in one delivery led by a study guide employed by Malmö, 10 hours at 450.00 SEK, and the month's
 * statements are Olofström −13 000.00, Borlänge −6 500.00, Ronneby +14 025.00, Malmö +4 500.00 and the owner
 * +975.00, summing to 0.00.
 *
 * <p>The platform starts empty — no demo data, only the demo identities to sign in as — so the example builds its
 * own world and the month holds its amounts and nothing else: no demo pool resource can be matched instead of the
 * example's, and the owner's fee schedule, with DOMAIN.md's rates, charges nobody a membership, participation or
 * partner fee because nobody agreed to one: only the 5 % transaction fee on the sale.
 * Each step signs in, through the document's demo sign-in, as the demo user whose work it is; a demo token carries
 * the organisation of its user's organisation number once that organisation is registered.
 *
 * <p>The steps follow the example's order and share what they made through the fields below. The organisations
 * are registered, not loaded, and the month settled is the one the delivery was completed in: the server's clock
 * is real.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkedExampleIT {

    static final String OWNER = "802999-0002";
    static final String RONNEBY = "212000-0837";
    static final String OLOFSTROM = "212000-0811";
    static final String BORLANGE = "212000-2239";
    static final String MALMO = "212000-1124";
    static final String COMPETENCE = "study-guidance";
    static final String ARABIC = "ar";

    /** The five organisations of the example; populations from shared/data/municipalities.csv. */
    private record Party(String number, String name, OrganisationKind kind, Long population,
                         Set<OrganisationRole> roles) {
    }

    private static final List<Party> PARTIES = List.of(
            new Party(OWNER, "eSP Nationell plattform (fiktiv demoägare)", OrganisationKind.OWNER, null, Set.of()),
            new Party(RONNEBY, "Ronneby kommun", OrganisationKind.MUNICIPALITY, 29_021L,
                    Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)),
            new Party(OLOFSTROM, "Olofströms kommun", OrganisationKind.MUNICIPALITY, 13_061L,
                    Set.of(OrganisationRole.CONSUMER)),
            new Party(BORLANGE, "Borlänge kommun", OrganisationKind.MUNICIPALITY, 51_424L,
                    Set.of(OrganisationRole.CONSUMER)),
            new Party(MALMO, "Malmö stad", OrganisationKind.MUNICIPALITY, 365_252L,
                    Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)));

    private EspServer server;
    /** The example's organisations by organisation number, as the server registered them. */
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    /** Ronneby's packaging of study guidance online in Arabic, as last answered. */
    private Packaging packaging;
    private String packagingVersion;
    /** The offering version consumers apply to. */
    private UUID offeringVersionId;
    /** The study guide employed by Malmö, verified. */
    private Resource studyGuide;
    private Application olofstromsApplication;
    private Application borlangesApplication;
    private UUID deliveryId;
    /** The month the delivery was completed in, to settle. */
    private String month;

    @BeforeAll
    void start() throws Exception {
        server = server(Map.of(
                "ESP_DATA_DIR", LibertyServer.workDir("worked-example-data").toString(),
                "ESP_DEMO_DATA_ENABLED", "false",
                "ESP_DEMO_IDENTITIES_ENABLED", "true"));
        server.start();
    }

    /** The server the example runs on, with these settings: Open Liberty here, WildFly in {@link WildFlyIT.WorkedExample}. */
    EspServer server(Map<String, String> settings) {
        return new LibertyServer(settings);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void theAdministratorRegistersTheOwnerAndTheFourMunicipalities() throws ApiException {
        OrganisationsApi administrator = new OrganisationsApi(GeneratedClient.as(server, "esp-admin"));

        for (Party party : PARTIES) {
            ApiResponse<Organisation> registered = administrator.apiOrganisationsPostWithHttpInfo(
                    new RegisterOrganisation().organisationNumber(party.number())
                            .name(party.name()).kind(party.kind()).population(party.population())
                            .roles(party.roles()));

            assertThat(registered.getStatusCode()).isEqualTo(201);
            Organisation organisation = registered.getData();
            assertThat(registered.getHeaders().get("Location")).singleElement().asString()
                    .endsWith("/api/organisations/" + organisation.getId());
            assertThat(registered.getHeaders().get("ETag")).containsExactly("\"1\"");
            assertThat(organisation.getOrganisationNumber()).isEqualTo(party.number());
            assertThat(organisation.getName()).isEqualTo(party.name());
            assertThat(organisation.getKind()).isEqualTo(party.kind());
            assertThat(organisation.getPopulation()).isEqualTo(party.population());
            assertThat(organisation.getParticipationLevel()).isNull();
            assertThat(organisation.getRoles()).containsExactlyInAnyOrderElementsOf(party.roles());
            assertThat(organisation.getVersion()).isOne();
            organisations.put(party.number(), organisation);
        }

        for (Organisation registered : organisations.values()) {
            assertThat(administrator.apiOrganisationsIdGet(registered.getId().toString()))
                    .as("read back").isEqualTo(registered);
        }
        OrganisationPage municipalities = administrator.apiOrganisationsGet(OrganisationKind.MUNICIPALITY, 0, null,
                100);
        assertThat(municipalities.getTotalItems()).isEqualTo(4);
        assertThat(municipalities.getItems()).extracting(Organisation::getName).as("by name")
                .containsExactly("Borlänge kommun", "Malmö stad", "Olofströms kommun", "Ronneby kommun");
        assertThat(administrator.apiOrganisationsGet(OrganisationKind.OWNER, null, null, null).getItems())
                .extracting(Organisation::getOrganisationNumber).containsExactly(OWNER);
        assertThat(administrator.apiOrganisationsGet(null, null, OrganisationRole.SUPPLIER, null).getItems())
                .extracting(Organisation::getOrganisationNumber).containsExactlyInAnyOrder(MALMO, RONNEBY);
    }

    @Test
    @Order(2)
    void theOwnersFeeScheduleTakesFivePercentOfEverySoldDelivery() throws ApiException {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        FeeSchedule established = new FeeScheduleApi(GeneratedClient.as(server, "esp-admin"))
                .apiFeeSchedulePost(new NewFeeRates().validFrom(LocalDate.of(year, 1, 1))
                        .transactionFeePercent(new BigDecimal("5")).scalingProjectFeePercent(new BigDecimal("10"))
                        .membershipBands(List.of(band(0, "5000.00", "8000.00"), band(10_000, "10000.00", "16000.00"),
                                band(100_001, "20000.00", "32000.00")))
                        .participationFees(Map.of("DRIVING", new BigDecimal("1000000.00"),
                                "ACTIVE", new BigDecimal("500000.00"), "PARTICIPATING", new BigDecimal("200000.00"),
                                "ASSOCIATED", new BigDecimal("50000.00")))
                        .indexation(new NewIndexation().yearlyPercent(new BigDecimal("5")).baseYear(year)));

        assertThat(established.getRates()).singleElement()
                .satisfies(rates -> assertThat(rates.getTransactionFeePercent()).isEqualByComparingTo("5"));
        assertThat(established.getMemberships()).as("nobody pays a membership fee").isEmpty();
        assertThat(established.getPartnerships()).as("nor a partner fee").isEmpty();
    }

    @Test
    @Order(3)
    void ronnebyPackagesStudyGuidanceOnlineInArabicAndItsCostingShowsTheMonthToCome() throws ApiException {
        PackagingsApi ronneby = new PackagingsApi(GeneratedClient.as(server, "ronneby-supplier"));

        ApiResponse<Packaging> created = ronneby.apiPackagingsPostWithHttpInfo(studyGuidanceInArabic());

        assertThat(created.getStatusCode()).isEqualTo(201);
        remember(created);
        assertThat(packaging.getStatus()).isEqualTo(PackagingStatus.DRAFT);
        assertThat(packaging.getSupplierId()).isEqualTo(organisations.get(RONNEBY).getId());
        assertThat(packaging.getMissingForReview()).as("complete enough to be reviewed").isEmpty();
        assertThat(packaging.getPricePerParticipant()).isEqualTo(new BigDecimal("6500.00"));

        // Three participants, ten hours at 450.00: Ronneby's month before any application.
        PackagingVariantCosting digital = ronneby.apiPackagingsIdCostingGet(id(), 3, null).getDigital();
        assertThat(digital.getResourceHours()).isEqualByComparingTo("10");
        assertThat(digital.getResourceCost()).isEqualTo(new BigDecimal("4500.00"));
        PackagingSale sale = digital.getSale();
        assertThat(sale.getRevenue()).isEqualTo(new BigDecimal("19500.00"));
        assertThat(sale.getTransactionFee()).as("5 %, the owner's transaction fee")
                .isEqualTo(new BigDecimal("975.00"));
        assertThat(sale.getMargin()).as("Ronneby's net in the example").isEqualTo(new BigDecimal("14025.00"));

        remember(ronneby.apiPackagingsIdSubmissionPostWithHttpInfo(id(), packagingVersion));
        assertThat(packaging.getStatus()).isEqualTo(PackagingStatus.SUBMITTED);
    }

    @Test
    @Order(4)
    void aCoordinatorOfMalmoReviewsItAndRonnebysOwnCoordinatorMayNot() throws ApiException {
        ApiException own = catchThrowableOfType(() -> new PackagingsApi(GeneratedClient.as(server,
                "ronneby-coordinator")).apiPackagingsIdReviewPost(id(), packagingVersion), ApiException.class);
        assertThat(own.getCode()).isEqualTo(403);
        assertThat(own.getResponseBody()).contains("REVIEW_OF_OWN_ORGANISATION");

        var malmoCoordinator = GeneratedClient.as(server, "malmo-coordinator");
        PackagingsApi reviewer = new PackagingsApi(malmoCoordinator);
        remember(reviewer.apiPackagingsIdReviewPostWithHttpInfo(id(), packagingVersion));
        assertThat(packaging.getStatus()).isEqualTo(PackagingStatus.IN_REVIEW);

        List<ReviewCriterion> criteria = new ReviewChecklistApi(malmoCoordinator).apiReviewChecklistGet()
                .getCriteria();
        assertThat(criteria).isNotEmpty();
        PackagingVerdict allPassed = new PackagingVerdict().assessments(criteria.stream()
                .map(c -> new CriterionAssessmentInput().criterion(c.getKey()).passed(true)).toList());
        remember(reviewer.apiPackagingsIdVerdictPostWithHttpInfo(id(), packagingVersion, allPassed));
        assertThat(packaging.getStatus()).isEqualTo(PackagingStatus.APPROVED);
    }

    @Test
    @Order(5)
    void ronnebyPublishesItAndAnOlofstromCaseOfficerFindsTheVersionToApplyTo() throws ApiException {
        ApiResponse<PackagingPublication> published = new PackagingsApi(GeneratedClient.as(server,
                "ronneby-supplier")).apiPackagingsIdPublicationPostWithHttpInfo(id(), packagingVersion);

        assertThat(published.getStatusCode()).isEqualTo(200);
        packaging = published.getData().getPackaging();
        assertThat(packaging.getStatus()).isEqualTo(PackagingStatus.PUBLISHED);
        offeringVersionId = published.getData().getOfferingVersionId();
        assertThat(published.getData().getOfferingVersionNumber()).isOne();

        var caseOfficer = GeneratedClient.as(server, "olofstrom-consumer");
        List<CatalogueEntry> found = new CatalogueApi(caseOfficer).apiCatalogueGet(null, List.of(ARABIC), null, null,
                null, null, null, "studievägledning", null, null, null, null, null, null).getItems();
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.getVersionId()).isEqualTo(offeringVersionId);
            assertThat(entry.getSupplier().getName()).isEqualTo("Ronneby kommun");
            assertThat(entry.getPricePerParticipant()).isEqualTo(new BigDecimal("6500.00"));
        });
        OfferingVersion version = new OfferingsApi(caseOfficer).apiOfferingVersionsVersionIdGet(
                offeringVersionId.toString());
        assertThat(version.getOfferingStatus()).isEqualTo(OfferingStatus.ON_OFFER);
        assertThat(version.getCurrent()).isTrue();
        assertThat(version.getApplicationForm()).extracting(f -> f.getKey())
                .containsExactly("previousEducation", "goal");
    }

    @Test
    @Order(6)
    void aStudyGuideEmployedByMalmoRegistersAndACoordinatorOfRonnebyVerifiesTheCompetence() throws ApiException {
        ResourcesApi mina = new ResourcesApi(GeneratedClient.as(server, "malmo-resource"));
        ApiResponse<Resource> registered = mina.apiResourcesPostWithHttpInfo(new RegisterResource()
                .displayName("Mina Studiehandledare").languages(List.of(ARABIC, "sv"))
                .employerId(organisations.get(MALMO).getId()).hourlyRate(new BigDecimal("450.00"))
                .availability(new AvailabilityInput().maxHoursPerWeek(4).slots(List.of(new AvailabilitySlotInput()
                        .day(AvailabilitySlotInput.DayEnum.TUESDAY).start("10:00").end("12:00"))))
                .competences(List.of(new CompetenceDeclaration().code(COMPETENCE)
                        .evidence("Studie- och yrkesvägledarexamen")
                        .expiresOn(LocalDate.now(ZoneOffset.UTC).plusYears(2)))));

        assertThat(registered.getStatusCode()).isEqualTo(201);
        studyGuide = registered.getData();
        assertThat(studyGuide.getStatus()).isEqualTo(ResourceStatus.APPLIED);
        assertThat(studyGuide.getPersonUserId()).isEqualTo("demo:malmo-resource");

        ApiResponse<Resource> verified = new ResourcesApi(GeneratedClient.as(server, "ronneby-coordinator"))
                .apiResourcesIdCompetencesCodeVerificationPostWithHttpInfo(COMPETENCE,
                        studyGuide.getId().toString(), etag(registered),
                        new CompetenceVerification().remark("Examen kontrollerad"));

        studyGuide = verified.getData();
        assertThat(studyGuide.getStatus()).isEqualTo(ResourceStatus.VERIFIED);
        assertThat(studyGuide.getCompetences()).singleElement().satisfies(competence -> {
            assertThat(competence.getStatus()).isEqualTo(CompetenceStatus.VERIFIED);
            assertThat(competence.getCountsToday()).isTrue();
        });
        assertThat(mina.apiResourcesIdGet(studyGuide.getId().toString())).as("read back").isEqualTo(studyGuide);
    }

    @Test
    @Order(7)
    void olofstromAppliesForTwoWhoWaitAndBorlangeForOneWhichPutsAllThreeInOneDelivery() throws ApiException {
        ApiResponse<Application> olofstrom = new ApplicationsApi(GeneratedClient.as(server, "olofstrom-consumer"))
                .apiApplicationsPostWithHttpInfo(application(
                        participant("Testdeltagare Olofström Ett", "19940312-0109", "studies"),
                        participant("Testdeltagare Olofström Två", "19970805-0100", "work")),
                        "worked-example-olofstrom");
        assertThat(olofstrom.getStatusCode()).isEqualTo(201);
        olofstromsApplication = olofstrom.getData();
        assertThat(olofstromsApplication.getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(olofstromsApplication.getMatch().getExplanation())
                .contains("needs at least 3 participants and only 2 wait");

        ApplicationsApi borlange = new ApplicationsApi(GeneratedClient.as(server, "borlange-consumer"));
        ApiResponse<Application> applied = borlange.apiApplicationsPostWithHttpInfo(application(
                participant("Testdeltagare Borlänge", "19881121-0106", "studies")), "worked-example-borlange");

        assertThat(applied.getStatusCode()).isEqualTo(201);
        borlangesApplication = applied.getData();
        assertThat(borlangesApplication.getStatus()).isEqualTo(ApplicationStatus.MATCHED);
        deliveryId = borlangesApplication.getMatch().getDeliveryId();
        assertThat(deliveryId).isNotNull();
        assertThat(borlangesApplication.getMatch().getExplanation())
                .contains("Mina Studiehandledare (employed by Malmö stad)");
        olofstromsApplication = new ApplicationsApi(GeneratedClient.as(server, "olofstrom-consumer"))
                .apiApplicationsIdGet(olofstromsApplication.getId().toString());
        assertThat(olofstromsApplication.getStatus()).isEqualTo(ApplicationStatus.MATCHED);
        assertThat(olofstromsApplication.getMatch().getDeliveryId()).as("one co-delivery").isEqualTo(deliveryId);
    }

    @Test
    @Order(8)
    void ronnebyRunsTheDeliveryLedByMalmosStudyGuideAndCompletesItWithEveryParticipant() throws ApiException {
        DeliveriesApi ronneby = new DeliveriesApi(GeneratedClient.as(server, "ronneby-supplier"));
        ApiResponse<Delivery> read = ronneby.apiDeliveriesIdGetWithHttpInfo(deliveryId.toString());
        Delivery delivery = read.getData();
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PLANNED);
        assertThat(delivery.getParticipants()).isEqualTo(3);
        assertThat(delivery.getPrice()).isEqualTo(new BigDecimal("19500.00"));
        assertThat(delivery.getResource().getResourceId()).isEqualTo(studyGuide.getId());
        assertThat(delivery.getResource().getEmployerOrganisationId()).isEqualTo(organisations.get(MALMO).getId());
        assertThat(delivery.getResource().getHourlyRate()).isEqualTo(new BigDecimal("450.00"));
        assertThat(delivery.getResource().getHours()).isEqualByComparingTo("10");
        assertThat(delivery.getCostShares()).extracting(DeliveryCostShare::getOrganisationId,
                DeliveryCostShare::getAmount).containsExactlyInAnyOrder(
                tuple(organisations.get(OLOFSTROM).getId(), new BigDecimal("13000.00")),
                tuple(organisations.get(BORLANGE).getId(), new BigDecimal("6500.00")));

        ApiResponse<Delivery> started = ronneby.apiDeliveriesIdStartPostWithHttpInfo(deliveryId.toString(),
                etag(read));
        assertThat(started.getData().getStatus()).isEqualTo(DeliveryStatus.IN_PROGRESS);
        assertThat(new ApplicationsApi(GeneratedClient.as(server, "borlange-consumer")).apiApplicationsIdGet(
                borlangesApplication.getId().toString()).getStatus()).isEqualTo(ApplicationStatus.IN_PROGRESS);

        DeliveryCompletion everyoneCompleted = new DeliveryCompletion().outcomes(delivery.getSeats().stream()
                .map(seat -> new ParticipantOutcome().participantId(seat.getParticipantId())
                        .outcome(ParticipationOutcome.COMPLETED)).toList());
        Delivery completed = ronneby.apiDeliveriesIdCompletionPost(deliveryId.toString(), etag(started),
                everyoneCompleted);

        assertThat(completed.getStatus()).isEqualTo(DeliveryStatus.COMPLETED);
        assertThat(completed.getSeats()).hasSize(3)
                .allSatisfy(seat -> assertThat(seat.getOutcome()).isEqualTo(ParticipationOutcome.COMPLETED));
        month = YearMonth.from(completed.getCompletedAt().atZoneSameInstant(ZoneOffset.UTC)).toString();
        assertThat(new ApplicationsApi(GeneratedClient.as(server, "olofstrom-consumer")).apiApplicationsIdGet(
                olofstromsApplication.getId().toString()).getStatus()).isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    @Order(9)
    void theMonthSettlesToTheOreAndSumsToZero() throws ApiException {
        SettlementApi administrator = new SettlementApi(GeneratedClient.as(server, "esp-admin"));

        SettlementPeriod settled = administrator.apiSettlementPeriodsPeriodRunsPost(month);

        assertThat(settled.getStatus()).isEqualTo(PeriodStatus.OPEN);
        assertThat(settled.getTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(settled.getOwnerId()).isEqualTo(organisations.get(OWNER).getId());
        assertThat(settled.getOwnerFeeRevenue()).containsExactly(
                Map.entry(LineKind.TRANSACTION_FEE.getValue(), new BigDecimal("975.00")));
        Map<String, String> expectedNet = Map.of(OLOFSTROM, "-13000.00", BORLANGE, "-6500.00", RONNEBY, "14025.00",
                MALMO, "4500.00", OWNER, "975.00");
        assertThat(settled.getNetPositions()).extracting(NetPosition::getOrganisationId, NetPosition::getNet)
                .containsExactlyInAnyOrderElementsOf(expectedNet.entrySet().stream().map(e ->
                        tuple(organisations.get(e.getKey()).getId(),
                                new BigDecimal(e.getValue()))).toList());

        for (Map.Entry<String, String> expected : expectedNet.entrySet()) {
            Statement statement = administrator.apiSettlementPeriodsPeriodStatementsOrganisationIdGet(
                    organisations.get(expected.getKey()).getId().toString(), month);
            assertThat(statement.getOrganisationNumber()).isEqualTo(expected.getKey());
            assertThat(statement.getNet()).as(statement.getName()).isEqualTo(new BigDecimal(expected.getValue()));
        }
        Statement ronneby = administrator.apiSettlementPeriodsPeriodStatementsOrganisationIdGet(
                organisations.get(RONNEBY).getId().toString(), month);
        assertThat(ronneby.getLines()).extracting(SettlementLine::getKind, SettlementLine::getAmount)
                .as("19 500.00 − 975.00 (5 %) − 4 500.00")
                .containsExactlyInAnyOrder(
                        tuple(LineKind.DELIVERY_SOLD, new BigDecimal("19500.00")),
                        tuple(LineKind.TRANSACTION_FEE, new BigDecimal("-975.00")),
                        tuple(LineKind.RESOURCE_HOURS, new BigDecimal("-4500.00")));
        assertThat(ronneby.getLines()).allSatisfy(line -> assertThat(line.getCauseId())
                .as("every line traces back to the delivery").isEqualTo(deliveryId.toString()));
    }

    /** An application to the published version in Arabic, starting in a week. */
    private SubmitApplication application(Applicant... participants) {
        return new SubmitApplication().offeringVersionId(offeringVersionId).language(ARABIC)
                .earliestStart(LocalDate.now(ZoneOffset.UTC).plusWeeks(1)).participants(List.of(participants));
    }

    /** A fictitious participant with a valid identity number of working age. */
    private static Applicant participant(String name, String identityNumber, String goal) {
        return new Applicant().name(name).personalIdentityNumber(identityNumber).preferredLanguage(ARABIC)
                .targetGroups(Set.of(TargetGroup.NEWLY_ARRIVED))
                .answers(Map.of("previousEducation", "Gymnasium", "goal", goal));
    }

    /** Ten online group sessions of an hour, one hour of a study guide each, 3 to 8 participants, 6 500.00 each. */
    private static PackagingContent studyGuidanceInArabic() {
        return new PackagingContent()
                .titles(Map.of("sv", "Studievägledning online på arabiska", "en", "Study guidance online, Arabic"))
                .descriptions(Map.of("sv", "Tio gruppträffar online med en studievägledare som talar arabiska.",
                        "en", "Ten online group sessions with a study guide speaking Arabic."))
                .phase(Phase.PREPARATORY).serviceArea(ServiceArea.STUDY_GUIDANCE)
                .targetGroups(List.of(TargetGroup.NEWLY_ARRIVED)).deliveryMode(DeliveryMode.DIGITAL)
                .deliveryLanguages(List.of(ARABIC))
                .components(List.of(new PackagingComponentInput().kind(ComponentKind.GROUP_SESSION).count(10)
                        .durationMinutes(60).setting(Setting.ONLINE).resource(new PackagingResourceRequirementInput()
                                .competence(COMPETENCE).hours(new BigDecimal("1")))))
                .groupSize(new PackagingGroupSizeInput().min(3).max(8))
                .eligibility(new PackagingEligibilityInput().minAge(16).maxAge(64))
                .applicationForm(List.of(
                        new PackagingFormFieldInput().key("previousEducation").type(FieldType.TEXT).required(true)
                                .label(Map.of("sv", "Tidigare utbildning", "en", "Previous education")),
                        new PackagingFormFieldInput().key("goal").type(FieldType.CHOICE).required(true)
                                .label(Map.of("sv", "Mål", "en", "Goal")).choices(List.of(
                                        new PackagingFormChoiceInput().value("studies")
                                                .label(Map.of("sv", "Studier", "en", "Studies")),
                                        new PackagingFormChoiceInput().value("work")
                                                .label(Map.of("sv", "Arbete", "en", "Work"))))))
                .identityNumberRequired(true)
                .costModel(new PackagingCostModelInput().hourlyRate(new BigDecimal("450.00")))
                .pricePerParticipant(new BigDecimal("6500.00"))
                .costSplitRule(CostSplitRule.PER_PARTICIPANT);
    }

    private static NewMembershipBand band(long fromPopulation, String entryFee, String annualFee) {
        return new NewMembershipBand().fromPopulation(fromPopulation).entryFee(new BigDecimal(entryFee))
                .annualFee(new BigDecimal(annualFee));
    }

    private String id() {
        return packaging.getId().toString();
    }

    /** Keeps the packaging as answered and the version to send back in If-Match. */
    private void remember(ApiResponse<Packaging> answer) {
        packaging = answer.getData();
        packagingVersion = etag(answer);
        assertThat(packagingVersion).isEqualTo("\"" + packaging.getVersion() + "\"");
    }

    private static String etag(ApiResponse<?> answer) {
        List<String> etag = answer.getHeaders().get("ETag");
        assertThat(etag).as("ETag").hasSize(1);
        return etag.get(0);
    }
}
