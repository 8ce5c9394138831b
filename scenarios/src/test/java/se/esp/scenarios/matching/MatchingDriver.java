package se.esp.scenarios.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cucumber.java.Before;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.delivery.CostShare;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.Setting;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.scenarios.resource.ResourceDriver;
import se.esp.scenarios.support.World;

/**
 * What the matching and delivery steps do, whatever language they are written in — always through the use cases,
 * acting as the user whose work it is: the supplier's staff publish the offering (reviewed by a coordinator of
 * another organisation), consumer staff apply, matching runs by itself on every change of demand and supply (no step
 * starts it), the supplier's staff start and complete the delivery. Applications are named by their consumer's
 * organisation number and language.
 */
public final class MatchingDriver {

    private static final ActingUser REVIEWER = new ActingUser("scenario-reviewer", null,
            EnumSet.of(UserRole.COORDINATOR));

    private static final ActingUser ADMINISTRATOR = new ActingUser("scenario-administrator", null,
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    /** The platform's matching sweep, as bootstrap's {@code MatchingSweep} acts. */
    private static final ActingUser SWEEP = ActingUser.system("matching-sweep");

    private static Map<String, OfferingVersionId> offerings;
    private static Boolean dailyRunRequested;
    private static Map<String, ApplicationId> applications;
    private static Map<String, DeliveryId> cancelledDeliveries;

    /** Cucumber's hook: each scenario starts with nothing known. */
    public static class Reset {
        @Before(order = 1)
        public void reset() {
            offerings = new HashMap<>();
            applications = new LinkedHashMap<>();
            cancelledDeliveries = new HashMap<>();
            dailyRunRequested = null;
        }
    }

    private MatchingDriver() {
    }

    /** The version of an offering this scenario published, for other areas' steps (the inbound queue). */
    public static OfferingVersionId versionOf(String title) {
        OfferingVersionId version = offerings.get(title);
        if (version == null) {
            throw new AssertionError("no offering \"" + title + "\" in this scenario");
        }
        return version;
    }

    private static World world() {
        return World.current();
    }

    private static ActingUser staff(UserRole role, OrganisationId organisation) {
        return new ActingUser("scenario-" + role.name().toLowerCase() + "@" + organisation, organisation,
                EnumSet.of(role));
    }

    /**
     * The supplier packages the offering, has it reviewed and publishes it. Each session needs the competence for
     * its length in hours (60 minutes: one hour); every resourced component runs the given sessions a week.
     */
    static void offers(String supplier, String title, String competences, String languages, int sessionsPerWeek,
                       int minutes, int weeks, int min, int max, String price) {
        offers(supplier, title, competences, languages, sessionsPerWeek, minutes, weeks, min, max, price, List.of());
    }

    /** As {@link #offers} for a packaging that leads to the micro-credentials with these codes. */
    public static void offers(String supplier, String title, String competences, String languages,
                              int sessionsPerWeek, int minutes, int weeks, int min, int max, String price,
                              List<String> credentialCodes) {
        World world = world();
        OrganisationId supplierId = world.organisation(supplier);
        ActingUser staff = staff(UserRole.SUPPLIER_STAFF, supplierId);
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        List<Component> components = split(competences).stream().map(code -> new Component(
                ComponentKind.GROUP_SESSION, sessionsPerWeek * weeks, minutes, Setting.ONLINE,
                new ResourceRequirement(CompetenceCode.of(code), hours))).toList();
        PackagingContent content = aPackaging().titled(title, title).inLanguages(split(languages)
                        .toArray(String[]::new)).withComponents(components.toArray(Component[]::new))
                .inGroupsOf(min, max).forAges(null, null).pricedAt(price)
                .leadingTo(credentialCodes.toArray(String[]::new)).content()
                .withSessionsPerWeek(sessionsPerWeek);
        Packaging packaging = world.packagings.create(staff, new CreatePackagingCommand(content));
        packaging = world.packagings.submit(staff, change(packaging));
        packaging = world.packagings.startReview(REVIEWER, change(packaging));
        packaging = world.packagings.recordReview(REVIEWER, new RecordReviewCommand(packaging.id(),
                packaging.version(), ReviewChecklist.seeded().criteria().stream()
                .map(c -> CriterionAssessment.pass(c.key())).toList()));
        var published = world.packagings.publish(staff, change(packaging));
        offerings.put(title, published.offering().current().id());
    }

    /** A platform administrator suspends the offering: it leaves the catalogue; matching is not run for it. */
    static void suspendOffering(String title, String reason) {
        World world = world();
        var offering = world.offerings.version(ADMINISTRATOR, versionOf(title)).offering();
        world.offerings.suspend(ADMINISTRATOR, new se.esp.application.port.in.offering.OfferingChange(offering.id(),
                offering.version(), reason));
    }

    /** A platform administrator resumes the offering; matching runs by itself right after. */
    static void resumeOffering(String title) {
        World world = world();
        var offering = world.offerings.version(ADMINISTRATOR, versionOf(title)).offering();
        world.offerings.resume(ADMINISTRATOR, new se.esp.application.port.in.offering.OfferingChange(offering.id(),
                offering.version(), null));
    }

    /**
     * One tick of the platform's matching sweep, as bootstrap's {@code MatchingSweep} does it: the day's run
     * requested if nobody has yet today, then every pending request served.
     */
    static void sweep() {
        World world = world();
        dailyRunRequested = world.matching.requestDailyRun(SWEEP);
        world.matching.runRequested();
    }

    static void assertDailyRunRequested(boolean expected) {
        assertThat(dailyRunRequested).as("whether the last sweep requested the day's run").isEqualTo(expected);
    }

    private static PackagingChange change(Packaging packaging) {
        return new PackagingChange(packaging.id(), packaging.version());
    }

    /** Consumer staff of the organisation apply a second after the last thing happened; matching runs at once. */
    static void applies(String consumer, int participants, String title, String language, String from,
                        boolean urgent) {
        World world = world();
        OrganisationId consumerId = world.organisation(consumer);
        List<ApplicantEntry> entries = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            entries.add(new ApplicantEntry(new ParticipantDetails(new ParticipantName("Deltagare " + i), null,
                    new PreferredLanguage(LanguageCode.of(language).value()), null), Set.of(),
                    Map.of("previousEducation", RawAnswer.text("Grundskola"))));
        }
        OfferingVersionId version = offerings.get(title);
        if (version == null) {
            throw new AssertionError("no offering \"" + title + "\" in this scenario");
        }
        // Applications arrive one after the other: first come, first served must be able to tell them apart.
        world.clock.advance(java.time.Duration.ofSeconds(1));
        var submitted = world.applications.submit(staff(UserRole.CONSUMER_STAFF, consumerId),
                new SubmitApplicationCommand(version, LanguageCode.of(language), LocalDate.parse(from), urgent,
                        entries, null));
        applications.put(label(consumer, language), submitted.application().id());
    }

    /** The application as its own consumer's staff read it. */
    private static Application application(String label) {
        ApplicationId id = applications.get(label);
        if (id == null) {
            throw new AssertionError("no application of " + label + " in this scenario");
        }
        World world = world();
        Application application = world.storage.transactions().inTransaction(() ->
                world.storage.applications().findById(id)).orElseThrow();
        return world.applications.get(staff(UserRole.CONSUMER_STAFF, application.consumer()), id);
    }

    /** The delivery the application is placed in, as the supplier's staff read it. */
    private static DeliveryView delivery(String label) {
        Application application = placed(label);
        return world().deliveryService.get(staff(UserRole.SUPPLIER_STAFF, application.supplier()),
                application.delivery().orElseThrow());
    }

    private static Application placed(String label) {
        Application application = application(label);
        assertThat(application.status()).as("the application of %s: %s", label,
                application.explanation().orElse("no decision")).isIn(ApplicationStatus.MATCHED,
                ApplicationStatus.CONFIRMED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.COMPLETED);
        return application;
    }

    static void assertShareOneDelivery(String first, String second, String resourceName) {
        Application a = placed(first);
        Application b = placed(second);
        assertThat(b.delivery()).isEqualTo(a.delivery());
        assertThat(delivery(first).delivery().resource().resource())
                .isEqualTo(ResourceDriver.find(resourceName).id());
    }

    static void assertPlacedWith(String label, String resourceName) {
        assertThat(delivery(label).delivery().resource().resource()).isEqualTo(ResourceDriver.find(resourceName).id());
    }

    static void assertWaits(String label, String reason) {
        Application application = application(label);
        assertThat(application.status()).as("the application of %s", label).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(application.explanation().orElseThrow()).contains(reason);
    }

    static void assertExplanation(String label, String text) {
        assertThat(application(label).explanation().orElseThrow()).contains(text);
    }

    /** The price of the application's delivery and its split between the two organisations, to the öre. */
    static void assertCostSplit(String label, String cost, String firstAmount, String firstConsumer,
                                String secondAmount, String secondConsumer) {
        DeliveryView view = delivery(label);
        assertThat(view.delivery().price()).isEqualTo(Money.parse(cost));
        assertThat(view.costShares()).containsExactly(
                new CostShare(world().organisation(firstConsumer), Money.parse(firstAmount)),
                new CostShare(world().organisation(secondConsumer), Money.parse(secondAmount)));
    }

    /** The delivering supplier's staff start the application's delivery. */
    static void start(String label) {
        DeliveryView view = delivery(label);
        world().deliveryService.start(staff(UserRole.SUPPLIER_STAFF, view.delivery().supplier()),
                new DeliveryChange(view.delivery().id(), view.delivery().version(), null));
    }

    /** The delivering supplier's staff complete it, every participant having completed. */
    static void complete(String label) {
        complete(label, Set.of());
    }

    /** The delivering supplier's staff complete it; these participants did not complete, everybody else did. */
    public static void complete(String label, Set<ParticipantId> notCompleted) {
        DeliveryView view = delivery(label);
        Map<ParticipantId, ParticipationOutcome> outcomes = new LinkedHashMap<>();
        view.seats().forEach(s -> outcomes.put(s.participant(), notCompleted.contains(s.participant())
                ? ParticipationOutcome.NOT_COMPLETED : ParticipationOutcome.COMPLETED));
        world().deliveryService.complete(staff(UserRole.SUPPLIER_STAFF, view.delivery().supplier()),
                new CompleteDeliveryCommand(view.delivery().id(), view.delivery().version(), outcomes));
    }

    /** The delivering supplier's staff cancel the application's delivery. */
    static void cancelDelivery(String label, String reason) {
        DeliveryView view = delivery(label);
        cancelledDeliveries.put(label, view.delivery().id());
        world().deliveryService.cancel(staff(UserRole.SUPPLIER_STAFF, view.delivery().supplier()),
                new DeliveryChange(view.delivery().id(), view.delivery().version(), reason));
    }

    /** Placed again, in another delivery than the one cancelled, with the resource. */
    static void assertPlacedAnew(String label, String resourceName) {
        Application application = placed(label);
        assertThat(application.delivery()).isPresent().isNotEqualTo(java.util.Optional.of(
                cancelledDeliveries.get(label)));
        assertPlacedWith(label, resourceName);
    }

    static void cancel(String label) {
        World world = world();
        Application application = application(label);
        world.applications.cancel(staff(UserRole.CONSUMER_STAFF, application.consumer()),
                new ApplicationChange(application.id(), application.version(), "Deltagarna har fått plats lokalt"));
    }

    static void assertStatus(String label, String status) {
        assertThat(application(label).status()).isEqualTo(ApplicationStatus.valueOf(status));
    }

    /** The acting user (set by a role step) reads the application; a refusal is kept for the next step. */
    static void readAsActor(String label) {
        World world = world();
        ApplicationId id = applications.get(label);
        world.attempt(() -> world.applications.get(world.actor(), id));
    }

    /** The acting user reads each participant of the application; a refusal is kept for the next step. */
    static void readParticipantsAsActor(String label) {
        World world = world();
        Application application = world.storage.transactions().inTransaction(() ->
                world.storage.applications().findById(applications.get(label))).orElseThrow();
        world.attempt(() -> {
            application.participantIds().forEach(p -> world.participants.get(world.actor(), p));
            return null;
        });
    }

    static void assertParticipantsCompleted(String label) {
        World world = world();
        Application application = world.storage.transactions().inTransaction(() ->
                world.storage.applications().findById(applications.get(label))).orElseThrow();
        for (ParticipantId participant : application.participantIds()) {
            assertThat(world.storage.transactions().inTransaction(() -> world.storage.participants()
                    .findById(participant)).orElseThrow().completedAt()).isPresent();
        }
    }

    /** What the application says about its participants (stated target groups, answers), read from storage. */
    static void assertAnswersErased(String label, boolean erased) {
        World world = world();
        Application application = world.storage.transactions().inTransaction(() ->
                world.storage.applications().findById(applications.get(label))).orElseThrow();
        assertThat(application.participants()).allSatisfy(p -> assertThat(p.answers().values().isEmpty())
                .isEqualTo(erased));
    }

    /** The id of the application's delivery is known to the last refusal's message only if it leaked. */
    static void assertRefusalRevealsNothing(String label) {
        DomainException refusal = world().lastFailure();
        assertThat(refusal.getMessage()).doesNotContain(application(label).consumer().toString());
    }

    /** The application's n-th participant (from 1), in the order it named them ("Deltagare n"). */
    public static ParticipantId participant(String label, int number) {
        List<ParticipantId> ids = application(label).participantIds();
        if (number < 1 || number > ids.size()) {
            throw new AssertionError("the application of " + label + " has " + ids.size() + " participants");
        }
        return ids.get(number - 1);
    }

    public static DeliveryId deliveryOf(String label) {
        return placed(label).delivery().orElseThrow();
    }

    public static String label(String consumer, String language) {
        return consumer + " in " + LanguageCode.of(language);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",\\s*|\\s+and\\s+|\\s+och\\s+")).map(String::strip)
                .collect(Collectors.toList());
    }
}
