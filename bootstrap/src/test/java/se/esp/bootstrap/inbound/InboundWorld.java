package se.esp.bootstrap.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.SenderVerifier;
import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.application.ApplicationParticipantReferences;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.application.ApplicationService;
import se.esp.application.delivery.DeliveryParticipantAccess;
import se.esp.application.matching.MatchingService;
import se.esp.application.offering.OfferingService;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.packaging.PackagingService;
import se.esp.application.packaging.ReviewChecklistService;
import se.esp.application.paging.PageRequest;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.resource.ResourceService;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.bootstrap.demo.DemoMatching;
import se.esp.bootstrap.demo.DemoOrganisations;
import se.esp.bootstrap.demo.DemoPackagings;
import se.esp.domain.application.Application;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.packaging.TransactionFeeRate;
import se.esp.domain.shared.LanguageCode;

/**
 * The platform's application services over in-memory storage with the demo data (organisations, packagings,
 * resources, applications), as the demo run has them over H2, plus a stand-in identity provider: what the inbound
 * queue's tests submit through.
 */
final class InboundWorld {

    static final String ARABIC_STUDY_GUIDANCE = "Studievägledning online på arabiska";
    static final String OLOFSTROM = "212000-0811";
    static final String BORLANGE = "212000-2239";
    static final String RONNEBY = "212000-0837";

    final InMemoryPersistence storage = new InMemoryPersistence();
    final Clock clock = Clock.systemUTC();
    final TestIdentityProvider identityProvider = new TestIdentityProvider();
    final OrganisationService organisations = new OrganisationService(storage.organisations(), storage.catalogue(),
            storage.outbox(), storage.transactions(), clock);
    final OfferingService offerings = new OfferingService(storage.offerings(), storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock);
    final ApplicationService applications;
    private final AtomicInteger people = new AtomicInteger();

    InboundWorld() {
        PackagingService packagings = new PackagingService(storage.packagings(), storage.offerings(),
                storage.organisations(), storage.reviewChecklists(), storage.catalogue(),
                date -> TransactionFeeRate.percent("5"), storage.outbox(), storage.transactions(), clock);
        MatchingService matching = new MatchingService(storage.waitingDemand(), storage.applications(),
                storage.resources(), storage.organisations(), storage.offeringRequirements(), storage.offerings(),
                storage.openDeliveries(), storage.deliveries(), storage.matchingRuns(), storage.outbox(),
                storage.transactions(), clock);
        ResourceService resources = new ResourceService(storage.resources(), storage.organisations(),
                storage.outbox(), storage.transactions(), clock, matching);
        ParticipantService participants = new ParticipantService(storage.participants(),
                storage.personalDataAuditLog(), storage.outbox(), storage.transactions(), clock,
                new ParticipantReadPolicy(new DeliveryParticipantAccess(storage.deliveries(), storage.resources())),
                ParticipantService.DEFAULT_RETENTION, new ApplicationParticipantReferences(storage.applications()),
                new CredentialsOfParticipant(storage.issuedCredentials(), storage.credentialRevocations()));
        applications = new ApplicationService(storage.applications(), storage.offerings(), storage.deliveries(),
                participants, matching, storage.outbox(), storage.personalDataAuditLog(), storage.transactions(),
                clock);
        DemoOrganisations.load(organisations);
        DemoPackagings.load(new DemoPackagings.UseCases(organisations, packagings, packagings, packagings,
                packagings, new ReviewChecklistService(storage.reviewChecklists(), storage.outbox(),
                storage.transactions(), clock)));
        DemoMatching.load(new DemoMatching.UseCases(organisations, resources, resources, resources, offerings,
                applications), clock);
    }

    /** The handler as the server builds it, with the stand-in identity provider's key. */
    InboundApplicationHandler handler(SubmitApplicationUseCase submissions) {
        return new InboundApplicationHandler(submissions, SenderVerifier.of(identityProvider.identities()));
    }

    String organisationId(String number) {
        return storage.transactions().inTransaction(() -> storage.organisations()
                .findByNumber(OrganisationNumber.parse(number))).orElseThrow().id().toString();
    }

    String versionId(String swedishTitle) {
        return offerings.search(ActingUser.system("test"), CatalogueQuery.builder().text(swedishTitle).page(0, 20)
                        .build()).hits().items().stream()
                .filter(e -> e.titles().in(LanguageCode.SWEDISH).orElse("").equals(swedishTitle))
                .map(e -> e.versionId().toString()).findFirst().orElseThrow();
    }

    /** A case officer's token of the organisation. */
    String consumerToken(String organisationNumber) {
        return token("case-officer-" + organisationNumber, organisationId(organisationNumber), "CONSUMER_STAFF");
    }

    /** A token of the stand-in identity provider, valid for ten minutes. */
    String token(String subject, String organisationId, String... groups) {
        return identityProvider.claims(subject).organisation(organisationId).groups(groups).sign();
    }

    /** A token of the stand-in identity provider that expired an hour ago. */
    String expiredToken(String subject, String organisationId, String... groups) {
        return identityProvider.claims(subject).organisation(organisationId).groups(groups)
                .expiresIn(Duration.ofHours(-1)).sign();
    }

    List<Application> applicationsOf(String organisationNumber) {
        ActingUser officer = new ActingUser("reader", se.esp.domain.organisation.OrganisationId.parse(
                organisationId(organisationNumber)), EnumSet.of(UserRole.CONSUMER_STAFF));
        return applications.list(officer, ApplicationFilter.byStatus(null), new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    long applicationCount(String organisationNumber) {
        ActingUser officer = new ActingUser("reader", se.esp.domain.organisation.OrganisationId.parse(
                organisationId(organisationNumber)), EnumSet.of(UserRole.CONSUMER_STAFF));
        return applications.list(officer, ApplicationFilter.byStatus(null), new PageRequest(0, 1)).totalItems();
    }

    /** A valid submission of one participant (a new, fictitious person each time) to the version. */
    String validBody(String versionId) {
        return validJson(versionId).toString();
    }

    JsonObject validJson(String versionId) {
        return Json.createObjectBuilder()
                .add("offeringVersionId", versionId).add("language", "ar")
                .add("earliestStart", LocalDate.now(clock).plusWeeks(2).toString()).add("urgent", false)
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Köns Deltagare " + people.incrementAndGet())
                        .add("preferredLanguage", "ar")
                        .add("personalIdentityNumber", identityNumber(people.get()))
                        .add("targetGroups", Json.createArrayBuilder().add("NEWLY_ARRIVED"))
                        .add("answers", Json.createObjectBuilder().add("previousEducation", "Gymnasium")
                                .add("goal", "studies"))))
                .build();
    }

    /** A made-up Swedish personal identity number with a valid check digit, different for each n. */
    static String identityNumber(int n) {
        LocalDate born = LocalDate.of(1985, 1, 1).plusDays(n % 5000);
        String serial = String.format("%03d", n % 1000);
        String digits = String.format("%02d%02d%02d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth()) + serial;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        int check = (10 - sum % 10) % 10;
        return String.format("%04d%02d%02d-%s%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), serial,
                check);
    }
}
