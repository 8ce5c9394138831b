package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;
import se.esp.bootstrap.e2e.steps.AdminConsole;
import se.esp.bootstrap.e2e.steps.ConsumerConsole;
import se.esp.bootstrap.e2e.steps.ConsumerConsole.Participant;
import se.esp.bootstrap.e2e.steps.CoordinatorConsole;
import se.esp.bootstrap.e2e.steps.ResourceConsole;
import se.esp.bootstrap.e2e.steps.SupplierConsole;

/**
 * DOMAIN.md's worked example played entirely in the console, in headless Chromium, by the people whose work each
 * step is: the administrator registers the five organisations and establishes the owner's fee schedule (5 % of every sale); Ronneby's
 * supplier staff package study guidance online in Arabic and submit it; Malmö's coordinator approves it and Ronneby
 * publishes it; Malmö's study guide registers with her competence, which Ronneby's coordinator verifies; a case
 * officer of Olofström finds the offering by searching in Swedish and applies for two participants through its
 * form, one of Borlänge for one; both see the same delivery and their share of it; Ronneby starts and completes it;
 * the administrator settles the month and each of the five statements shows the example's amounts to the öre.
 *
 * <p>The same story as {@link WorkedExampleIT}, which tells it through the API: the platform starts without demo
 * data (only the demo identities to sign in as), so the month holds the example and nothing else. Every page
 * visited is checked by axe-core; the screenshots are kept in {@code target/screenshots/WorkedExampleConsoleIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkedExampleConsoleIT {

    private static final String TITLE = "Studievägledning online på arabiska";
    private static final String GUIDE = "Mina Studiehandledare";
    private static final String EVIDENCE = "Studie- och yrkesvägledarexamen";

    private static LibertyServer server;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    private String packagingId;
    private String olofstromsApplication;
    private String borlangesApplication;

    @BeforeAll
    void start() throws Exception {
        server = new LibertyServer(Map.of(
                "ESP_DATA_DIR", LibertyServer.workDir("worked-example-console-data").toString(),
                "ESP_DEMO_DATA_ENABLED", "false",
                "ESP_DEMO_IDENTITIES_ENABLED", "true"));
        server.start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theAdministratorRegistersTheOwnerAndTheFourMunicipalitiesAndTheFivePercentFee() {
        console.signInAs("esp-admin");
        AdminConsole admin = new AdminConsole(console);
        admin.registerOrganisation("802999-0002", "eSP Nationell plattform (fiktiv demoägare)", "OWNER", null,
                Set.of());
        admin.registerOrganisation("212000-0837", "Ronneby kommun", "MUNICIPALITY", 29_021L,
                Set.of("Leverantör", "Beställare"));
        admin.registerOrganisation("212000-0811", "Olofströms kommun", "MUNICIPALITY", 13_061L,
                Set.of("Beställare"));
        admin.registerOrganisation("212000-2239", "Borlänge kommun", "MUNICIPALITY", 51_424L, Set.of("Beställare"));
        admin.registerOrganisation("212000-1124", "Malmö stad", "MUNICIPALITY", 365_252L,
                Set.of("Leverantör", "Beställare"));
        admin.establishFeeSchedule(LocalDate.now(ZoneOffset.UTC).withDayOfYear(1));
    }

    @Test
    @Order(2)
    void ronnebyPackagesStudyGuidanceOnlineInArabicAndSubmitsIt() {
        console.signInAs("ronneby-supplier");
        packagingId = new SupplierConsole(console).packageStudyGuidanceInArabicAndSubmit();
        assertThat(packagingId).isNotBlank();
    }

    @Test
    @Order(3)
    void aCoordinatorOfMalmoApprovesItAndRonnebyPublishesIt() {
        console.signInAs("malmo-coordinator");
        new CoordinatorConsole(console).approve(TITLE);

        console.signInAs("ronneby-supplier");
        new SupplierConsole(console).publish(packagingId);
    }

    @Test
    @Order(4)
    void malmosStudyGuideRegistersWithHerCompetenceWhichACoordinatorOfRonnebyVerifies() {
        console.signInAs("malmo-resource");
        ResourceConsole guide = new ResourceConsole(console);
        guide.register(GUIDE, List.of("ar", "sv"), "Malmö stad", "450.00", DayOfWeek.TUESDAY, "10:00", "12:00", 4,
                "study-guidance", EVIDENCE, LocalDate.now(ZoneOffset.UTC).plusYears(2));

        console.signInAs("ronneby-coordinator");
        new CoordinatorConsole(console).verify(GUIDE, "study-guidance", EVIDENCE, "Examen kontrollerad");

        console.signInAs("malmo-resource");
        new ResourceConsole(console).seesVerified("study-guidance");
    }

    @Test
    @Order(5)
    void olofstromAppliesForTwoAndBorlangeForOneAndBothSeeTheSameDelivery() {
        console.signInAs("olofstrom-consumer");
        olofstromsApplication = new ConsumerConsole(console).findAndApply("studievägledning", TITLE, List.of(
                new Participant("Testdeltagare Olofström Ett", "19940312-0109",
                        Map.of("previousEducation", "Gymnasieexamen", "goal", "studies")),
                new Participant("Testdeltagare Olofström Två", "19970805-0100",
                        Map.of("previousEducation", "Grundskola", "goal", "work"))));

        console.signInAs("borlange-consumer");
        ConsumerConsole borlange = new ConsumerConsole(console);
        borlangesApplication = borlange.findAndApply("studievägledning", TITLE, List.of(
                new Participant("Testdeltagare Borlänge", "19881121-0106",
                        Map.of("previousEducation", "Högskola", "goal", "studies"))));
        String borlangesDelivery = borlange.deliveryOf(borlangesApplication);
        assertThat(AdminConsole.plain(borlange.costShareOf(borlangesApplication))).isEqualTo("6 500,00 kr");

        console.signInAs("olofstrom-consumer");
        ConsumerConsole olofstrom = new ConsumerConsole(console);
        assertThat(olofstrom.deliveryOf(olofstromsApplication)).as("one co-delivery").isEqualTo(borlangesDelivery);
        assertThat(AdminConsole.plain(olofstrom.costShareOf(olofstromsApplication))).isEqualTo("13 000,00 kr");

        console.signInAs("malmo-resource");
        new ResourceConsole(console).leads(TITLE, "10");
    }

    @Test
    @Order(6)
    void ronnebyStartsAndCompletesTheDelivery() {
        console.signInAs("ronneby-supplier");
        new SupplierConsole(console).startAndCompleteDeliveryOf(TITLE, 3);
    }

    @Test
    @Order(7)
    void theAdministratorSettlesTheMonthAndEachStatementShowsTheExampleToTheOre() {
        console.signInAs("esp-admin");
        AdminConsole admin = new AdminConsole(console);
        assertThat(admin.settleTheCurrentMonth()).as("a month sums to zero").endsWith(" 0,00 kr");

        assertThat(admin.netOf("Olofströms kommun")).endsWith("-13 000,00 kr");
        assertThat(admin.netOf("Borlänge kommun")).endsWith("-6 500,00 kr");
        assertThat(admin.netOf("Ronneby kommun")).endsWith(" 14 025,00 kr");
        assertThat(admin.netOf("Malmö stad")).endsWith(" 4 500,00 kr");
        assertThat(admin.netOf("eSP Nationell plattform (fiktiv demoägare)")).endsWith(" 975,00 kr");
    }
}
