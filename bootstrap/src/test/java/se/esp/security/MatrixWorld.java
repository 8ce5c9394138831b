package se.esp.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.adapter.web.security.DemoTokenIssuer;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.out.ParticipantDeliveryAccess;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;

/**
 * One cell's platform: the real services over fresh in-memory storage, with the records the matrix's requests
 * point at — of the caller's own organisation (Malmö stad) and of another (Olofströms kommun). A new area adds
 * its service to {@link #services()} and its records to {@link #recordId}.
 */
final class MatrixWorld {

    enum Whose { OWN, OTHER }

    private static final ActingUser SETUP = ActingUser.system("matrix-setup");

    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryPersistence storage = new InMemoryPersistence();
    private final OrganisationService organisations = new OrganisationService(storage.organisations(),
            storage.outbox(), storage.transactions(), clock);
    private final ParticipantService participants = new ParticipantService(storage.participants(),
            storage.personalDataAuditLog(), storage.outbox(), storage.transactions(), clock,
            new ParticipantReadPolicy(ParticipantDeliveryAccess.NONE), ParticipantService.DEFAULT_RETENTION);

    final Organisation malmo = municipality("Malmö stad", "212000-1124", OrganisationRole.SUPPLIER,
            OrganisationRole.CONSUMER);
    final Organisation olofstrom = municipality("Olofströms kommun", "212000-0811", OrganisationRole.CONSUMER);
    private final ParticipantId malmoParticipant = participantOf(malmo);
    private final ParticipantId olofstromParticipant = participantOf(olofstrom);

    /** Every service whose use cases a resource may need; matched to a constructor parameter by type. */
    List<Object> services() {
        return List.of(organisations, participants, clock, new EnabledDemoTokens());
    }

    /** The caller: one role, acting for Malmö stad. */
    ActingUser caller(UserRole role) {
        return new ActingUser("matrix-" + role.name().toLowerCase(), malmo.id(), EnumSet.of(role));
    }

    /** The id that replaces {@code {id}} after the given first path segment. */
    String recordId(String area, Whose whose) {
        return switch (area) {
            case "organisations" -> (whose == Whose.OWN ? malmo : olofstrom).id().toString();
            case "participants" -> (whose == Whose.OWN ? malmoParticipant : olofstromParticipant).toString();
            default -> throw new AssertionError("the matrix world has no records for /" + area
                    + ": add them to MatrixWorld.recordId");
        };
    }

    private Organisation municipality(String name, String number, OrganisationRole... roles) {
        return organisations.register(SETUP, new RegisterOrganisationCommand(OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), OrganisationKind.MUNICIPALITY,
                        new Population(10_000), null), Set.of(roles)));
    }

    private ParticipantId participantOf(Organisation consumer) {
        ActingUser caseOfficer = new ActingUser("setup-case-officer", consumer.id(),
                EnumSet.of(UserRole.CONSUMER_STAFF));
        return participants.register(caseOfficer, new RegisterParticipantCommand(new ParticipantDetails(
                new ParticipantName("Matris Deltagare"), null, new PreferredLanguage("sv"), null), false)).id();
    }

    /** The demo run's token endpoint is public; what it signs is not the matrix's concern. */
    private static final class EnabledDemoTokens implements DemoTokenIssuer {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public List<DemoIdentity> identities() {
            return List.of();
        }

        @Override
        public Optional<IssuedToken> issue(String username) {
            return Optional.of(new IssuedToken("not-a-real-token", 60));
        }
    }
}
