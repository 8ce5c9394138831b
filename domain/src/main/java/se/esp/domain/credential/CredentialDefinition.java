package se.esp.domain.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * A micro-credential as the owner defines it. A packaging names the definitions it leads to by their
 * {@link #code} ({@link MicroCredentialRef}); the code never changes, so a revision does not break those links.
 * Revising adds a version: credentials already issued keep the version they were issued under, new ones take the
 * current one.
 */
public final class CredentialDefinition {

    private final CredentialDefinitionId id;
    private final MicroCredentialRef code;
    private final List<CredentialDefinitionVersion> versions;
    private final long version;

    private CredentialDefinition(CredentialDefinitionId id, MicroCredentialRef code,
                                 List<CredentialDefinitionVersion> versions, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a definition has at least its first version");
        }
        this.versions = new ArrayList<>(versions);
        this.version = version;
    }

    /** The new definition and the event recording it. */
    public record Definition(CredentialDefinition definition, CredentialDefinitionPublished event) {
    }

    public static Definition define(CredentialDefinitionId id, MicroCredentialRef code, CredentialTerms terms,
                                    Instant at) {
        CredentialDefinition definition = new CredentialDefinition(id, code,
                List.of(new CredentialDefinitionVersion(1, terms, at)), 0);
        return new Definition(definition, published(definition, at));
    }

    public static CredentialDefinition reconstitute(CredentialDefinitionId id, MicroCredentialRef code,
                                                    List<CredentialDefinitionVersion> versions, long version) {
        return new CredentialDefinition(id, code, versions, version);
    }

    /** Publishes new terms as the next version. */
    public CredentialDefinitionPublished revise(CredentialTerms terms, Instant at) {
        versions.add(new CredentialDefinitionVersion(current().number() + 1, terms, at));
        return published(this, at);
    }

    private static CredentialDefinitionPublished published(CredentialDefinition definition, Instant at) {
        return new CredentialDefinitionPublished(UUID.randomUUID(), at, definition.id, definition.code.code(),
                definition.current().number());
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "credential definition " + id + " is at version "
                    + version + ", the change was based on version " + expectedVersion);
        }
    }

    public CredentialDefinitionVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<CredentialDefinitionVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public List<CredentialDefinitionVersion> versions() {
        return List.copyOf(versions);
    }

    public CredentialDefinitionId id() {
        return id;
    }

    public MicroCredentialRef code() {
        return code;
    }

    /** Number of stored changes (optimistic locking); not the definition's version numbers. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "CredentialDefinition[" + id + ", " + code.code() + " v" + current().number() + "]";
    }
}
