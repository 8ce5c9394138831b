package se.esp.scenarios.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesCommand;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.scenarios.support.World;

/** What the organisation steps do, whatever language they are written in. */
final class OrganisationDriver {

    private OrganisationDriver() {
    }

    private static World world() {
        return World.current();
    }

    static void register(OrganisationKind kind, String name, String number, Long population,
                         Set<OrganisationRole> roles) {
        World world = world();
        world.attempt(() -> world.organisations.register(world.actor(), new RegisterOrganisationCommand(
                OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), kind,
                        population == null ? null : new Population(population), null),
                roles)));
    }

    static void registered(OrganisationKind kind, String name, String number, Long population,
                           Set<OrganisationRole> roles) {
        register(kind, name, number, population, roles);
        world().requireLastSucceeded();
    }

    static Organisation find(String number) {
        World world = world();
        return world.storage.transactions().inTransaction(() ->
                world.storage.organisations().findByNumber(OrganisationNumber.parse(number)))
                .orElseThrow(() -> new AssertionError("no organisation " + number + " is registered"));
    }

    static void rename(String number, String newName, long basedOnVersion) {
        World world = world();
        Organisation current = find(number);
        OrganisationProfile profile = current.profile();
        world.attempt(() -> world.organisations.update(world.actor(), new UpdateOrganisationCommand(current.id(),
                basedOnVersion, new OrganisationProfile(new OrganisationName(newName), profile.kind(),
                profile.population(), profile.participationLevel()))));
    }

    static void changeRoles(String number, Set<OrganisationRole> roles) {
        World world = world();
        Organisation current = find(number);
        world.attempt(() -> world.organisations.changeRoles(world.actor(),
                new ChangeOrganisationRolesCommand(current.id(), current.version(), roles)));
        world.requireLastSucceeded();
    }

    static void actAs(UserRole role, String organisationNumber) {
        world().actAs(role, find(organisationNumber).id());
    }

    static void assertRegisteredAs(String number, String name) {
        assertThat(find(number).name().value()).isEqualTo(name);
    }

    static void assertKeptAs(String number, String digits) {
        assertThat(find(number).number().value()).isEqualTo(digits);
    }

    static void assertPlays(String number, Set<OrganisationRole> roles) {
        assertThat(find(number).roles()).isEqualTo(roles);
    }

    static void assertEventWaiting(String number, String eventType) {
        World world = world();
        String id = find(number).id().toString();
        assertThat(world.storage.transactions().inTransaction(() -> world.storage.outbox().unpublished(1000)))
                .filteredOn(e -> e.aggregateId().equals(id))
                .extracting(OutboxEntry::eventType)
                .contains(eventType);
    }

    static void assertRefusedBecause(String field, String code) {
        assertThat(world().lastFailure()).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.code().name()).isEqualTo(code);
                }));
    }

    static void assertRefusedWith(String code) {
        assertThat(world().lastFailure().code()).isEqualTo(ErrorCode.valueOf(code));
    }

    static void assertCount(int expected) {
        World world = world();
        long total = world.storage.transactions().inTransaction(() ->
                world.storage.organisations().list(OrganisationFilter.all(), PageRequest.first())).totalItems();
        assertThat(total).isEqualTo(expected);
    }
}
