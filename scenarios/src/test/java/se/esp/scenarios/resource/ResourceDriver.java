package se.esp.scenarios.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.scenarios.support.World;

/**
 * What the resource steps do, whatever language they are written in. Resources are named by their display name in
 * the scenarios; the person's user id is derived from it.
 */
public final class ResourceDriver {

    private static final ActingUser ADMINISTRATOR = new ActingUser("scenario-setup", null,
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    private ResourceDriver() {
    }

    private static World world() {
        return World.current();
    }

    /**
     * Registers a resource with weekday availability 09:00–16:00 and a cap of 20 hours a week, at 450.00 SEK an
     * hour, declaring one competence.
     *
     * @param employerNumber {@code null} for an independent resource
     */
    public static void registered(String name, String employerNumber, String languages, String competence,
                                  String expiresOn) {
        registered(name, employerNumber, languages, competence, expiresOn, "450.00", 20);
    }

    public static void registered(String name, String employerNumber, String languages, String competence,
                                  String expiresOn, String rate, int maxHoursPerWeek) {
        World world = world();
        OrganisationId employer = employerNumber == null ? null : organisation(employerNumber).id();
        List<WeeklySlot> weekdays = Arrays.stream(DayOfWeek.values()).limit(5)
                .map(day -> new WeeklySlot(day, LocalTime.of(9, 0), LocalTime.of(16, 0))).toList();
        Set<LanguageCode> spoken = Arrays.stream(languages.split(",\\s*|\\s+and\\s+|\\s+och\\s+"))
                .map(LanguageCode::of).collect(Collectors.toSet());
        ResourceProfile profile = new ResourceProfile(name, spoken, employer, Money.parse(rate),
                new Availability(weekdays, maxHoursPerWeek));
        world.resources.register(ADMINISTRATOR, new RegisterResourceCommand(personOf(name), profile,
                List.of(new CompetenceDeclaration(CompetenceCode.of(competence), "Evidence of " + competence,
                        LocalDate.parse(expiresOn)))));
    }

    public static void verify(String name, String competence) {
        World world = world();
        Resource resource = find(name);
        world.attempt(() -> world.resources.verifyCompetence(world.actor(),
                new DecideCompetenceCommand(resource.id(), resource.version(), CompetenceCode.of(competence), null)));
    }

    public static void verifiedBy(String name, String competence, String coordinatorOrganisation) {
        World world = world();
        Resource resource = find(name);
        ActingUser coordinator = new ActingUser("coordinator-" + coordinatorOrganisation,
                organisation(coordinatorOrganisation).id(), EnumSet.of(UserRole.COORDINATOR));
        world.resources.verifyCompetence(coordinator,
                new DecideCompetenceCommand(resource.id(), resource.version(), CompetenceCode.of(competence), null));
    }

    public static void reject(String name, String competence, String remark) {
        World world = world();
        Resource resource = find(name);
        world.attempt(() -> world.resources.rejectCompetence(world.actor(),
                new DecideCompetenceCommand(resource.id(), resource.version(), CompetenceCode.of(competence), remark)));
    }

    public static void suspend(String name, String reason) {
        World world = world();
        Resource resource = find(name);
        world.attempt(() -> world.resources.suspend(world.actor(),
                new ChangeResourceStatusCommand(resource.id(), resource.version(), reason)));
    }

    public static void dateIs(String date) {
        world().clock.set(LocalDate.parse(date).atTime(8, 0).toInstant(ZoneOffset.UTC));
    }

    public static void assertStatus(String name, String status) {
        assertThat(find(name).status()).isEqualTo(ResourceStatus.valueOf(status));
    }

    public static void assertCounts(String name, String competence, boolean counts) {
        LocalDate today = LocalDate.now(world().clock);
        assertThat(find(name).competencesCountingOn(today))
                .as("competences of %s counting on %s", name, today)
                .extracting(c -> c.code().value())
                .matches(codes -> codes.contains(competence) == counts);
    }

    public static void assertEventWaiting(String name, String eventType) {
        World world = world();
        String id = find(name).id().toString();
        assertThat(world.storage.transactions().inTransaction(() -> world.storage.outbox().unpublished(1000)))
                .filteredOn(e -> e.aggregateId().equals(id))
                .extracting(OutboxEntry::eventType)
                .contains(eventType);
    }

    public static Resource find(String name) {
        World world = world();
        return world.storage.transactions().inTransaction(() ->
                        world.storage.resources().findByPersonUserId(personOf(name)))
                .orElseThrow(() -> new AssertionError("no resource " + name + " is registered"));
    }

    public static Organisation organisation(String number) {
        World world = world();
        return world.storage.transactions().inTransaction(() ->
                        world.storage.organisations().findByNumber(OrganisationNumber.parse(number)))
                .orElseThrow(() -> new AssertionError("no organisation " + number + " is registered"));
    }

    private static String personOf(String name) {
        return "person:" + name;
    }
}
