package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.apiclient.ApiException;
import se.esp.apiclient.api.ApplicationsApi;
import se.esp.apiclient.api.OrganisationsApi;
import se.esp.apiclient.api.PackagingsApi;
import se.esp.apiclient.api.ReviewChecklistApi;
import se.esp.apiclient.model.Applicant;
import se.esp.apiclient.model.Application;
import se.esp.apiclient.model.ApplicationStatus;
import se.esp.apiclient.model.ComponentKind;
import se.esp.apiclient.model.CostSplitRule;
import se.esp.apiclient.model.CriterionAssessmentInput;
import se.esp.apiclient.model.DeliveryMode;
import se.esp.apiclient.model.FieldType;
import se.esp.apiclient.model.Organisation;
import se.esp.apiclient.model.OrganisationKind;
import se.esp.apiclient.model.OrganisationRole;
import se.esp.apiclient.model.Packaging;
import se.esp.apiclient.model.PackagingComponentInput;
import se.esp.apiclient.model.PackagingContent;
import se.esp.apiclient.model.PackagingCostModelInput;
import se.esp.apiclient.model.PackagingEligibilityInput;
import se.esp.apiclient.model.PackagingFormChoiceInput;
import se.esp.apiclient.model.PackagingFormFieldInput;
import se.esp.apiclient.model.PackagingGroupSizeInput;
import se.esp.apiclient.model.PackagingResourceRequirementInput;
import se.esp.apiclient.model.PackagingVerdict;
import se.esp.apiclient.model.Phase;
import se.esp.apiclient.model.RegisterOrganisation;
import se.esp.apiclient.model.ServiceArea;
import se.esp.apiclient.model.Setting;
import se.esp.apiclient.model.SubmitApplication;
import se.esp.apiclient.model.TargetGroup;
import se.esp.bootstrap.e2e.browser.ConsoleDriver;
import se.esp.bootstrap.e2e.steps.ResourceConsole;

/**
 * A resource person's pages in headless Chromium, on a server of its own without demo data (only the demo
 * identities to sign in as), so the person registers from nothing: the organisations are registered and Ronneby's
 * study guidance online in Arabic is packaged, reviewed and published over the API, as in {@link WorkedExampleIT}.
 * Mina Studiehandledare (malmo-resource) registers in the console employed by Malmö stad with the study-guidance
 * competence; Ronneby's coordinator verifies it on the verification queue page; Mina sees it verified; Olofström's
 * and Borlänge's applications over the API put three participants in a delivery she leads, which her deliveries page
 * lists with its sessions and hours (and in English); she changes her profile and availability (a slot ending before
 * it starts is refused beside its field) and declares a second competence (an expiry date already passed is refused
 * beside its field). Every page visited is checked by axe-core.
 */
class ResourceConsoleIT {

    private static final String RONNEBY = "212000-0837";
    private static final String MALMO = "212000-1124";
    private static final String COMPETENCE = "study-guidance";
    private static final String EVIDENCE = "Studie- och yrkesvägledarexamen";
    private static final String ARABIC = "ar";
    private static final String TITLE = "Studievägledning online på arabiska";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static LibertyServer server;
    private static final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private static UUID offeringVersionId;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    private final ResourceConsole resources = new ResourceConsole(console);

    @BeforeAll
    static void start() throws Exception {
        server = new LibertyServer(Map.of(
                "ESP_DATA_DIR", LibertyServer.workDir("resource-console-data").toString(),
                "ESP_DEMO_DATA_ENABLED", "false",
                "ESP_DEMO_IDENTITIES_ENABLED", "true"));
        server.start();
        registerOrganisations();
        offeringVersionId = publishStudyGuidanceInArabic();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStudyGuideRegistersIsVerifiedLeadsADeliveryAndChangesTheirProfile() throws ApiException {
        console.signInAs("malmo-resource");
        assertThat(console.path()).as("a resource person's first section").isEqualTo(ResourceConsole.PROFILE);
        assertThat(console.text("nav-resourceProfile")).isEqualTo("Min resursprofil");
        assertThat(console.text("nav-resourceDeliveries")).isEqualTo("Mina leveranser");
        assertThat(console.text("notRegistered")).startsWith("Du är inte registrerad som resurs ännu.");

        String id = resources.register("Mina Studiehandledare", List.of(ARABIC, "sv"), "Malmö stad", "450.00",
                DayOfWeek.TUESDAY, "10:00", "12:00", 4, COMPETENCE, EVIDENCE, TODAY.plusYears(2));
        assertThat(console.text("languagesShown")).isEqualTo("arabiska, svenska");
        assertThat(console.text("hourlyRateShown")).isEqualTo("450,00 kr");
        assertThat(console.text("availabilityShown")).contains("tisdag 10:00–12:00")
                .contains("Högst 4 timmar i veckan");
        console.click("nav-resourceDeliveries");
        assertThat(console.text("led:deliveries")).contains("Du leder ingen leverans.");

        console.signInAs("ronneby-coordinator");
        console.click("nav-verificationQueue");
        int pending = pendingRow();
        resources.says("pendingForm:pending:" + pending + ":verifyButton",
                "Kompetensen study-guidance hos Mina Studiehandledare är verifierad.");

        console.signInAs("malmo-resource");
        resources.seesVerified(COMPETENCE);
        assertThat(console.text("resourceId")).isEqualTo(id);
        assertThat(console.text("status")).isEqualTo("Verifierad");

        UUID deliveryId = threeParticipantsMatched();
        resources.leads(TITLE, "10");
        int row = deliveryRow(TITLE);
        assertThat(console.text("led:deliveries:" + row + ":status")).isEqualTo("Planerad");
        assertThat(console.text("led:deliveries:" + row + ":participants")).isEqualTo("3");
        assertThat(console.text("led:deliveries:" + row + ":sessions")).startsWith("tisdag 10:00–");
        assertThat(console.pageText()).as("the delivery's id is not shown, its offering is").doesNotContain(
                deliveryId.toString());
        filterByStatus("Genomförd");
        assertThat(console.text("led:deliveries")).contains("Du leder ingen leverans.");
        console.click("filters:clearButton");
        waitFor(() -> console.has("led:deliveries:0:title"));

        console.click("language:en");
        waitFor(() -> console.text("pageHeading").equals("My deliveries"));
        console.checkPage("english-deliveries");
        row = deliveryRow("Study guidance online, Arabic");
        assertThat(console.text("led:deliveries:" + row + ":hours")).isEqualTo("10");
        assertThat(console.text("led:deliveries:" + row + ":status")).isEqualTo("Planned");
        assertThat(console.text("led:deliveries:" + row + ":sessions")).startsWith("Tuesday 10:00–");
        console.click("nav-resourceProfile");
        assertThat(console.text("competences:" + resources.competenceRow(COMPETENCE) + ":state"))
                .isEqualTo("Verified");
        assertThat(console.text("languagesShown")).isEqualTo("Arabic, Swedish");
        assertThat(console.text("hourlyRateShown")).isEqualTo("SEK 450.00");
        console.click("language:sv");
        waitFor(() -> console.text("pageHeading").equals("Min resursprofil"));
        console.checkPage("swedish-profile");

        // a slot ending before it starts is refused beside its field, and what was typed stays
        console.type("profile:slots_0__end", "09:00");
        console.click("profile:saveButton");
        waitFor(() -> console.text("profile:slots_0__endMessage").contains("Sluttiden måste vara efter starttiden."));
        console.checkPage("refused-slot");
        assertThat(console.visible("profile:slots_0__end").getAttribute("value")).isEqualTo("09:00");
        assertThat(console.messages()).contains("Några uppgifter behöver rättas.");

        console.type("profile:slots_0__end", "12:00");
        new Select(console.webDriver().findElement(By.id("profile:slots_1__day"))).selectByValue("THURSDAY");
        console.type("profile:slots_1__start", "13:00");
        console.type("profile:slots_1__end", "15.00");
        console.type("profile:availability_maxHoursPerWeek", "6");
        console.type("profile:hourlyRate", "475,00");
        resources.says("profile:saveButton", "Profilen är sparad.");
        assertThat(console.text("availabilityShown")).contains("tisdag 10:00–12:00").contains("torsdag 13:00–15:00")
                .contains("Högst 6 timmar i veckan");
        assertThat(console.text("hourlyRateShown")).isEqualTo("475,00 kr");
        assertThat(console.text("employerShown")).isEqualTo("Malmö stad");

        console.type("declare:code", "civic-orientation");
        console.type("declare:evidence", "Samhällskommunikatörsutbildning");
        console.type("declare:expiresOn", TODAY.minusDays(1).toString());
        console.click("declare:declareButton");
        waitFor(() -> console.text("declare:expiresOnMessage").contains("Datumet måste vara efter i dag"));
        console.checkPage("refused-expiry");
        console.type("declare:expiresOn", TODAY.plusYears(3).toString());
        resources.says("declare:declareButton", "Kompetensen civic-orientation väntar på en koordinators verifiering.");
        assertThat(console.text("competences:" + resources.competenceRow("civic-orientation") + ":state"))
                .isEqualTo("Väntar på verifiering");
        assertThat(console.text("competences:" + resources.competenceRow(COMPETENCE) + ":state"))
                .isEqualTo("Verifierad");

        assertThat(console.violations()).filteredOn(v -> v.fails()).isEmpty();
    }

    private static void filterByStatus(String label) {
        new Select(console.webDriver().findElement(By.id("filters:status"))).selectByVisibleText(label);
        console.click("filters:searchButton");
        waitFor(() -> !console.has("led:deliveries:0:title"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private static int deliveryRow(String title) {
        for (int i = 0; console.has("led:deliveries:" + i + ":title"); i++) {
            if (console.text("led:deliveries:" + i + ":title").equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no delivery of " + title + ": " + console.pageText());
    }

    private static int pendingRow() {
        for (int i = 0; console.has("pendingForm:pending:" + i + ":remark"); i++) {
            String row = console.webDriver().findElement(By.id("pendingForm:pending:" + i + ":remark"))
                    .findElement(By.xpath("ancestor::tr")).getText();
            if (row.contains(EVIDENCE) && row.contains("Mina Studiehandledare")) {
                return i;
            }
        }
        throw new AssertionError("Mina's competence is not in the queue: " + console.pageText());
    }

    /** Olofström applies for two, who wait; Borlänge for one, which opens the delivery Mina leads. */
    private static UUID threeParticipantsMatched() throws ApiException {
        Application olofstrom = new ApplicationsApi(GeneratedClient.as(server, "olofstrom-consumer"))
                .apiApplicationsPost(application(
                        participant("Testdeltagare Olofström Ett", "19940312-0109", "studies"),
                        participant("Testdeltagare Olofström Två", "19970805-0100", "work")),
                        "resource-console-olofstrom");
        assertThat(olofstrom.getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
        Application borlange = new ApplicationsApi(GeneratedClient.as(server, "borlange-consumer"))
                .apiApplicationsPost(application(participant("Testdeltagare Borlänge", "19881121-0106", "studies")),
                        "resource-console-borlange");
        assertThat(borlange.getStatus()).isEqualTo(ApplicationStatus.MATCHED);
        assertThat(borlange.getMatch().getExplanation()).contains("Mina Studiehandledare");
        return borlange.getMatch().getDeliveryId();
    }

    private static void registerOrganisations() throws ApiException {
        OrganisationsApi administrator = new OrganisationsApi(GeneratedClient.as(server, "esp-admin"));
        record Party(String number, String name, OrganisationKind kind, Long population, Set<OrganisationRole> roles) {
        }
        for (Party party : List.of(
                new Party("802999-0002", "eSP Nationell plattform (fiktiv demoägare)", OrganisationKind.OWNER, null,
                        Set.of()),
                new Party(RONNEBY, "Ronneby kommun", OrganisationKind.MUNICIPALITY, 29_021L,
                        Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)),
                new Party("212000-0811", "Olofströms kommun", OrganisationKind.MUNICIPALITY, 13_061L,
                        Set.of(OrganisationRole.CONSUMER)),
                new Party("212000-2239", "Borlänge kommun", OrganisationKind.MUNICIPALITY, 51_424L,
                        Set.of(OrganisationRole.CONSUMER)),
                new Party(MALMO, "Malmö stad", OrganisationKind.MUNICIPALITY, 365_252L,
                        Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)))) {
            organisations.put(party.number(), administrator.apiOrganisationsPost(new RegisterOrganisation()
                    .organisationNumber(party.number()).name(party.name()).kind(party.kind())
                    .population(party.population()).roles(party.roles())));
        }
    }

    /** Ronneby's packaging, reviewed by Malmö's coordinator and published; the version consumers apply to. */
    private static UUID publishStudyGuidanceInArabic() throws ApiException {
        PackagingsApi ronneby = new PackagingsApi(GeneratedClient.as(server, "ronneby-supplier"));
        Packaging packaging = ronneby.apiPackagingsPost(studyGuidanceInArabic());
        String id = packaging.getId().toString();
        packaging = ronneby.apiPackagingsIdSubmissionPost(id, etag(packaging));
        var malmoCoordinator = GeneratedClient.as(server, "malmo-coordinator");
        PackagingsApi reviewer = new PackagingsApi(malmoCoordinator);
        packaging = reviewer.apiPackagingsIdReviewPost(id, etag(packaging));
        PackagingVerdict allPassed = new PackagingVerdict().assessments(new ReviewChecklistApi(malmoCoordinator)
                .apiReviewChecklistGet().getCriteria().stream()
                .map(c -> new CriterionAssessmentInput().criterion(c.getKey()).passed(true)).toList());
        packaging = reviewer.apiPackagingsIdVerdictPost(id, etag(packaging), allPassed);
        return ronneby.apiPackagingsIdPublicationPost(id, etag(packaging)).getOfferingVersionId();
    }

    private static String etag(Packaging packaging) {
        return "\"" + packaging.getVersion() + "\"";
    }

    private static SubmitApplication application(Applicant... participants) {
        return new SubmitApplication().offeringVersionId(offeringVersionId).language(ARABIC)
                .earliestStart(TODAY.plusWeeks(1)).participants(List.of(participants));
    }

    private static Applicant participant(String name, String identityNumber, String goal) {
        return new Applicant().name(name).personalIdentityNumber(identityNumber).preferredLanguage(ARABIC)
                .targetGroups(Set.of(TargetGroup.NEWLY_ARRIVED))
                .answers(Map.of("previousEducation", "Gymnasium", "goal", goal));
    }

    /** As in {@link WorkedExampleIT}: ten online sessions of an hour, one study-guide hour each, 6 500.00 each. */
    private static PackagingContent studyGuidanceInArabic() {
        return new PackagingContent()
                .titles(Map.of("sv", TITLE, "en", "Study guidance online, Arabic"))
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
}
