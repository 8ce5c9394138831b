package se.esp.bootstrap.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.DomainEvent;

/**
 * At least one instance of every domain event type, made by the aggregates themselves, for
 * {@link EventSchemasTest}. Each area adds its events here (one method per area); include the variants whose
 * payload differs in shape, such as optional fields present and absent.
 */
final class DomainEventExamples {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456789Z");

    private DomainEventExamples() {
    }

    static List<DomainEvent> all() {
        List<DomainEvent> events = new ArrayList<>();
        events.addAll(organisation());
        return events;
    }

    private static List<DomainEvent> organisation() {
        var registration = Organisation.register(OrganisationId.newId(), OrganisationNumber.parse("212000-0837"),
                new OrganisationProfile(new OrganisationName("Ronneby kommun"), OrganisationKind.MUNICIPALITY,
                        new Population(29_021), ParticipationLevel.ACTIVE),
                EnumSet.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER), AT);
        var company = Organisation.register(OrganisationId.newId(), OrganisationNumber.parse("556677-8899"),
                new OrganisationProfile(new OrganisationName("Exempel AB"), OrganisationKind.COMPANY, null, null),
                Set.of(), AT);
        Organisation ronneby = registration.organisation();
        return List.of(
                registration.event(),
                company.event(),
                ronneby.update(new OrganisationProfile(new OrganisationName("Ronneby kommun"),
                        OrganisationKind.MUNICIPALITY, new Population(29_100), null), AT.plusSeconds(1)),
                company.organisation().update(new OrganisationProfile(new OrganisationName("Exempel Sverige AB"),
                        OrganisationKind.COMPANY, null, ParticipationLevel.ASSOCIATED), AT.plusSeconds(2)),
                ronneby.changeRoles(Set.of(OrganisationRole.PARTNER), AT.plusSeconds(3)),
                company.organisation().changeRoles(Set.of(), AT.plusSeconds(4)));
    }
}
