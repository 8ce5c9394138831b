package se.esp.scenarios.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.DefineCredentialCommand;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.participant.ParticipantId;
import se.esp.scenarios.matching.MatchingDriver;
import se.esp.scenarios.support.World;

/**
 * What the micro-credential steps do, whatever language they are written in: a platform administrator defines
 * credentials; the offering and delivery steps of the matching area publish and complete; the credentials are read
 * as the consumer's staff read them, and the events from the outbox. Participants are named by their application
 * (consumer and language) and their number in it.
 */
public final class CredentialDriver {

    private static final ActingUser ADMINISTRATOR = new ActingUser("scenario-administrator", null,
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    private CredentialDriver() {
    }

    /** The owner's administrator defines a credential aligned to an ESCO occupation, with Swedish and English texts. */
    static void define(String code, String title, String escoOccupation, String credits) {
        World.current().credentials.define(ADMINISTRATOR, new DefineCredentialCommand(new MicroCredentialRef(code),
                new CredentialTerms(LocalisedText.svEn(title, title), LocalisedText.svEn(title, title),
                        LocalisedText.svEn("Deltagit i alla pass.", "Attended every session."),
                        List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION, escoOccupation, title)),
                        new BigDecimal(credits), null)));
    }

    static void offers(String supplier, String title, String codes, String competence, String languages) {
        MatchingDriver.offers(supplier, title, competence, languages, 1, 60, 10, 3, 8, "6500.00", split(codes));
    }

    static void complete(String consumer, String language, String notCompletedNumbers) {
        String label = MatchingDriver.label(consumer, language);
        Set<ParticipantId> notCompleted = split(notCompletedNumbers).stream()
                .map(n -> MatchingDriver.participant(label, Integer.parseInt(n))).collect(Collectors.toSet());
        MatchingDriver.complete(label, notCompleted);
    }

    /** Exactly these codes, as the participant's consumer organisation's staff list them. */
    static void assertHolds(int number, String consumer, String language, String codes) {
        assertThat(held(number, consumer, language)).extracting(IssuedCredential::code)
                .containsExactlyInAnyOrderElementsOf(split(codes));
    }

    static void assertHoldsNone(int number, String consumer, String language) {
        assertThat(held(number, consumer, language)).isEmpty();
    }

    /** Every credential of the delivery, and one CredentialIssued event for each of them. */
    static void assertIssuedForDelivery(int expected, String consumer, String language) {
        World world = World.current();
        DeliveryId delivery = MatchingDriver.deliveryOf(MatchingDriver.label(consumer, language));
        List<IssuedCredential> issued = world.credentials.list(ADMINISTRATOR,
                new IssuedCredentials.Filter(null, null, null, delivery), new PageRequest(0, 200)).items();
        assertThat(issued).hasSize(expected);
        List<OutboxEntry> events = world.storage.transactions().inTransaction(() ->
                world.storage.outbox().unpublished(10_000));
        Set<String> announced = events.stream().filter(e -> e.eventType().equals("CredentialIssued"))
                .map(OutboxEntry::aggregateId).collect(Collectors.toSet());
        assertThat(announced).containsAll(issued.stream().map(c -> c.id().toString()).toList());
    }

    /** Staff of the named organisation, in the given role, revoke the participant's credential of the code. */
    static void revoke(String role, String organisation, String code, int number, String consumer, String language,
                       String reason) {
        World world = World.current();
        IssuedCredential credential = heldOfCode(number, consumer, language, code);
        OrganisationId acting = world.organisation(organisation);
        UserRole userRole = UserRole.valueOf(role);
        ActingUser staff = new ActingUser("scenario-" + role.toLowerCase() + "@" + acting, acting,
                EnumSet.of(userRole));
        world.attempt(() -> world.credentialRevocations.revoke(staff, credential.id(), reason));
    }

    /** Revoked with this reason, and announced once as CredentialRevoked; the participant's other codes are not. */
    static void assertRevoked(int number, String consumer, String language, String code, String reason) {
        World world = World.current();
        world.requireLastSucceeded();
        IssuedCredential credential = heldOfCode(number, consumer, language, code);
        assertThat(world.credentialRevocations.revocation(credential.id()))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(reason));
        List<OutboxEntry> events = world.storage.transactions().inTransaction(() ->
                world.storage.outbox().unpublished(10_000));
        assertThat(events).filteredOn(e -> e.eventType().equals("CredentialRevoked"))
                .extracting(OutboxEntry::aggregateId).containsExactly(credential.id().toString());
        assertThat(world.credentialRevocations.revocations()).extracting(r -> r.credential())
                .containsExactly(credential.id());
    }

    static void assertNotRevoked(int number, String consumer, String language, String code) {
        IssuedCredential credential = heldOfCode(number, consumer, language, code);
        assertThat(World.current().credentialRevocations.revocation(credential.id())).isEmpty();
    }

    /**
     * The participant's data export, as the consumer organisation's staff take it, holds exactly these credentials,
     * the one of {@code revokedCode} revoked with the reason and no other revoked.
     */
    static void assertExportHolds(int number, String consumer, String language, String codes, String revokedCode,
                                  String reason) {
        World world = World.current();
        ParticipantId participant = MatchingDriver.participant(MatchingDriver.label(consumer, language), number);
        var export = world.participants.export(consumerStaff(consumer), participant);
        assertThat(export.credentials()).extracting(h -> h.credential().code())
                .containsExactlyInAnyOrderElementsOf(split(codes));
        assertThat(export.credentials()).allSatisfy(h -> assertThat(h.credential().participant())
                .isEqualTo(participant));
        assertThat(export.credentials()).filteredOn(h -> h.revocationIfAny().isPresent())
                .extracting(h -> h.credential().code(), h -> h.revocation().reason())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(revokedCode, reason));
    }

    /** The retention job anonymised the participant: the register holds no personal data of them any more. */
    static void assertAnonymised(int number, String consumer, String language) {
        World world = World.current();
        ParticipantId participant = MatchingDriver.participant(MatchingDriver.label(consumer, language), number);
        assertThat(world.storage.transactions().inTransaction(() -> world.storage.participants()
                .findById(participant))).hasValueSatisfying(p -> assertThat(p.isAnonymised()).isTrue());
    }

    private static ActingUser consumerStaff(String consumer) {
        OrganisationId consumerId = World.current().organisation(consumer);
        return new ActingUser("scenario-consumer_staff@" + consumerId, consumerId,
                EnumSet.of(UserRole.CONSUMER_STAFF));
    }

    static IssuedCredential heldOfCode(int number, String consumer, String language, String code) {
        return held(number, consumer, language).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("participant " + number + " holds no " + code));
    }

    private static List<IssuedCredential> held(int number, String consumer, String language) {
        World world = World.current();
        String label = MatchingDriver.label(consumer, language);
        ParticipantId participant = MatchingDriver.participant(label, number);
        OrganisationId consumerId = world.organisation(consumer);
        ActingUser staff = new ActingUser("scenario-consumer_staff@" + consumerId, consumerId,
                EnumSet.of(UserRole.CONSUMER_STAFF));
        return world.credentials.list(staff, new IssuedCredentials.Filter(null, null, participant, null),
                new PageRequest(0, 200)).items();
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
