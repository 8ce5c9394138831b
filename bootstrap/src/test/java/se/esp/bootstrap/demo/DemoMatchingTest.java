package se.esp.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
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
import se.esp.application.resource.ResourceService;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.packaging.TransactionFeeRate;

/**
 * The demo matching data, loaded through the use cases over in-memory storage after the demo organisations and
 * packagings, as the demo run does over H2: a co-delivery of Olofström and Borlänge, a waiting Somali application.
 */
class DemoMatchingTest {

    private final InMemoryPersistence storage = new InMemoryPersistence();
    private final Clock clock = Clock.systemUTC();
    private final OrganisationService organisations = new OrganisationService(storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock);
    private final PackagingService packagings = new PackagingService(storage.packagings(), storage.offerings(),
            storage.organisations(), storage.reviewChecklists(), storage.catalogue(),
            date -> TransactionFeeRate.percent("5"), storage.outbox(), storage.transactions(), clock);
    private final OfferingService offerings = new OfferingService(storage.offerings(), storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock);
    private final MatchingService matching = new MatchingService(storage.waitingDemand(), storage.applications(),
            storage.resources(), storage.organisations(), storage.offeringRequirements(), storage.offerings(),
            storage.openDeliveries(), storage.deliveries(), storage.matchingRuns(), storage.outbox(),
            storage.transactions(), clock);
    private final ResourceService resources = new ResourceService(storage.resources(), storage.organisations(),
            storage.outbox(), storage.transactions(), clock, matching);
    private final ParticipantService participants = new ParticipantService(storage.participants(),
            storage.personalDataAuditLog(), storage.outbox(), storage.transactions(), clock,
            new ParticipantReadPolicy(new DeliveryParticipantAccess(storage.deliveries(), storage.resources())),
            ParticipantService.DEFAULT_RETENTION,
            new ApplicationParticipantReferences(storage.applications()),
                new CredentialsOfParticipant(storage.issuedCredentials(), storage.credentialRevocations()));
    private final ApplicationService applications = new ApplicationService(storage.applications(),
            storage.offerings(), storage.deliveries(), participants, matching, storage.outbox(),
            storage.personalDataAuditLog(), storage.transactions(), clock);

    private List<Application> applicationsOf(String number) {
        var consumer = storage.transactions().inTransaction(() -> storage.organisations()
                .findByNumber(OrganisationNumber.parse(number))).orElseThrow();
        ActingUser caseOfficer = new ActingUser("case-officer", consumer.id(), EnumSet.of(UserRole.CONSUMER_STAFF));
        return applications.list(caseOfficer, ApplicationFilter.byStatus(null), new PageRequest(0, 10)).items();
    }

    @Test
    void putsOlofstromAndBorlangeInOneDeliveryLetsMalmoWaitAndChangesNothingWhenLoadedAgain() {
        DemoOrganisations.load(organisations);
        DemoPackagings.load(new DemoPackagings.UseCases(organisations, packagings, packagings, packagings,
                packagings, new ReviewChecklistService(storage.reviewChecklists(), storage.outbox(),
                storage.transactions(), clock)));
        DemoMatching.UseCases useCases = new DemoMatching.UseCases(organisations, resources, resources, resources,
                offerings, applications);

        DemoMatching.Loaded first = DemoMatching.load(useCases, clock);
        DemoMatching.Loaded again = DemoMatching.load(useCases, clock);

        assertThat(first).isEqualTo(new DemoMatching.Loaded(2, 3));
        assertThat(again).isEqualTo(new DemoMatching.Loaded(0, 0));
        Application olofstrom = applicationsOf("212000-0811").get(0);
        Application borlange = applicationsOf("212000-2239").get(0);
        assertThat(olofstrom.status()).isEqualTo(ApplicationStatus.MATCHED);
        assertThat(borlange.delivery()).isEqualTo(olofstrom.delivery()).isPresent();
        assertThat(olofstrom.explanation().orElseThrow()).contains("Amina Haddad (employed by Malmö stad)");
        assertThat(applicationsOf("212000-1124")).singleElement().satisfies(malmo -> {
            assertThat(malmo.status()).isEqualTo(ApplicationStatus.WAITLISTED);
            assertThat(malmo.explanation().orElseThrow()).contains("needs at least 4 participants");
        });
        assertThat(applicationsOf("212000-0811")).hasSize(1);
    }
}
