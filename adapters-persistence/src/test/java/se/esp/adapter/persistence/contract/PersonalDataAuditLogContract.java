package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAccess.Kind;
import se.esp.application.port.out.PersonalDataAccess.Outcome;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/** What every implementation of {@link PersonalDataAuditLog} guarantees. */
public abstract class PersonalDataAuditLogContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456789Z");

    private PersonalDataAuditLog log;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        log = adapters.personalDataAuditLog();
        transactions = adapters.transactions();
    }

    @Test
    void keepsEveryLineAboutAParticipantInTheOrderRecorded() {
        ParticipantId amina = ParticipantId.newId();
        OrganisationId olofstrom = OrganisationId.newId();
        PersonalDataAccess registered = line(amina, "consumer-1", olofstrom, "register-participant", Kind.CHANGE,
                Outcome.GRANTED);
        PersonalDataAccess read = line(amina, "consumer-1", olofstrom, "get-participant", Kind.READ, Outcome.GRANTED);
        PersonalDataAccess refused = line(amina, "consumer-2", OrganisationId.newId(), "get-participant", Kind.READ,
                Outcome.DENIED);
        PersonalDataAccess platform = line(amina, "system:retention", null, "anonymise-expired-participants",
                Kind.CHANGE, Outcome.GRANTED);

        transactions.inTransaction(() -> {
            log.record(registered);
            log.record(read);
            log.record(line(ParticipantId.newId(), "consumer-1", olofstrom, "get-participant", Kind.READ,
                    Outcome.GRANTED));
        });
        transactions.inTransaction(() -> log.record(refused));
        transactions.inTransaction(() -> log.record(platform));

        assertThat(transactions.inTransaction(() -> log.about(amina)))
                .containsExactly(truncated(registered), truncated(read), truncated(refused), truncated(platform));
    }

    /** Lines are written at the commit, or earlier when the transaction reads the log: once either way. */
    @Test
    void aReadLaterInTheTransactionSeesItsLinesAndTheCommitWritesEachOnce() {
        ParticipantId amina = ParticipantId.newId();
        PersonalDataAccess first = line(amina, "consumer-1", null, "register-participant", Kind.CHANGE,
                Outcome.GRANTED);
        PersonalDataAccess second = line(amina, "consumer-1", null, "get-participant", Kind.READ, Outcome.GRANTED);

        List<PersonalDataAccess> seen = transactions.inTransaction(() -> {
            log.record(first);
            List<PersonalDataAccess> before = log.about(amina);
            log.record(second);
            return before;
        });

        assertThat(seen).containsExactly(truncated(first));
        assertThat(transactions.inTransaction(() -> log.about(amina)))
                .containsExactly(truncated(first), truncated(second));
    }

    @Test
    void forgetsLinesOfATransactionThatFailed() {
        ParticipantId amina = ParticipantId.newId();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            log.record(line(amina, "u", null, "get-participant", Kind.READ, Outcome.GRANTED));
            throw new IllegalStateException("failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> log.about(amina))).isEmpty();
    }

    @Test
    void offersNoWayToChangeOrRemoveALine() {
        assertThat(Arrays.stream(PersonalDataAuditLog.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("record", "about");
        assertThat(Arrays.stream(log.getClass().getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(Method::getName))
                .allMatch(name -> name.equals("record") || name.equals("about") || name.equals("snapshot")
                        || name.equals("restore"));
    }

    private static PersonalDataAccess line(ParticipantId participant, String user, OrganisationId organisation,
                                           String useCase, Kind kind, Outcome outcome) {
        return new PersonalDataAccess(UUID.randomUUID(), AT, user, organisation, participant, useCase, kind, outcome);
    }

    private static PersonalDataAccess truncated(PersonalDataAccess line) {
        return new PersonalDataAccess(line.id(), Instant.parse("2026-11-23T09:15:30.123456Z"), line.userId(),
                line.userOrganisation(), line.participant(), line.useCase(), line.kind(), line.outcome());
    }
}
