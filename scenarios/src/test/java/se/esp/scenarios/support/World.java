package se.esp.scenarios.support;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Supplier;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.out.ParticipantDeliveryAccess;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;

/**
 * One scenario's platform: the services over fresh storage on the chosen backend, a clock the scenario moves,
 * the acting user and the outcome of the last action. Cucumber makes a new step object per scenario; they share
 * the world through {@link #current()}, renewed before every scenario by {@link Hooks}.
 */
public final class World {

    public static final String BACKEND_PROPERTY = "esp.scenarios.backend";

    private static World current;

    public final Backend backend = Backend.fromSystemProperty(BACKEND_PROPERTY, Backend.MEMORY);
    public final PersistenceAdapters storage = Backends.fresh(backend);
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    public final OrganisationService organisations = new OrganisationService(storage.organisations(),
            storage.outbox(), storage.transactions(), clock);
    public ParticipantService participants = participantsKeptFor(ParticipantService.DEFAULT_RETENTION);
    /** Everything logged while the scenario runs, so a scenario can prove no personal data reached a log. */
    public final LogCapture log = LogCapture.start();

    private ActingUser actor = new ActingUser("scenario-administrator", null,
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private DomainException lastFailure;

    static void renew() {
        if (current != null) {
            current.log.stop();
        }
        current = new World();
    }

    /** The owner configured another retention period for personal data. */
    public void retainPersonalDataFor(Period retention) {
        participants = participantsKeptFor(retention);
    }

    private ParticipantService participantsKeptFor(Period retention) {
        return new ParticipantService(storage.participants(), storage.personalDataAuditLog(), storage.outbox(),
                storage.transactions(), clock, new ParticipantReadPolicy(ParticipantDeliveryAccess.NONE), retention);
    }

    public static World current() {
        return Objects.requireNonNull(current, "no scenario is running");
    }

    public ActingUser actor() {
        return actor;
    }

    public void actAs(UserRole role, OrganisationId organisation) {
        actor = new ActingUser("scenario-" + role.name().toLowerCase()
                + (organisation == null ? "" : "@" + organisation), organisation, EnumSet.of(role));
    }

    /** Runs an action, remembering a refusal instead of failing the step, so a later step can examine it. */
    public <T> T attempt(Supplier<T> action) {
        lastFailure = null;
        try {
            return action.get();
        } catch (DomainException e) {
            lastFailure = e;
            return null;
        }
    }

    /** The refusal of the last action; fails the scenario if it succeeded. */
    public DomainException lastFailure() {
        if (lastFailure == null) {
            throw new AssertionError("the last action was expected to be refused, but it succeeded");
        }
        return lastFailure;
    }

    /** Fails the scenario if the last action was refused. */
    public void requireLastSucceeded() {
        if (lastFailure != null) {
            throw new AssertionError("the last action was refused: " + lastFailure.code() + " "
                    + lastFailure.getMessage(), lastFailure);
        }
    }
}
