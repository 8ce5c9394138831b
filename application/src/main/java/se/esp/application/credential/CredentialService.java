package se.esp.application.credential;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.credential.DefineCredentialCommand;
import se.esp.application.port.in.credential.IssueCredentialsOnCompletion;
import se.esp.application.port.in.credential.IssuedCredentialQueries;
import se.esp.application.port.in.credential.ReviseCredentialCommand;
import se.esp.application.port.out.CredentialDefinitions;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.CredentialAward;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialDefinitionPublished;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Definitions and issued credentials. A packaging leads to definitions by naming their codes; when a delivery of
 * it completes, {@link #issueFor} issues the credentials. A code a packaging names but the owner has not defined
 * issues nothing: the completion of the delivery is never refused for it.
 */
public final class CredentialService
        implements CredentialDefinitionUseCases, IssuedCredentialQueries, IssueCredentialsOnCompletion {

    private final CredentialDefinitions definitions;
    private final IssuedCredentials issued;
    private final Offerings offerings;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public CredentialService(CredentialDefinitions definitions, IssuedCredentials issued, Offerings offerings,
                             EventOutbox outbox, Transactions transactions, Clock clock) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.issued = Objects.requireNonNull(issued, "issued");
        this.offerings = Objects.requireNonNull(offerings, "offerings");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CredentialDefinition define(ActingUser actor, DefineCredentialCommand command) {
        Authorisation.requireAnyRole(actor, "define a micro-credential", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            if (definitions.findByCode(command.code()).isPresent()) {
                throw codeTaken(command.code());
            }
            var definition = CredentialDefinition.define(CredentialDefinitionId.newId(), command.code(),
                    command.terms(), clock.instant());
            CredentialDefinition saved = definitions.save(definition.definition());
            outbox.append(definition.event());
            return saved;
        });
    }

    @Override
    public CredentialDefinition revise(ActingUser actor, ReviseCredentialCommand command) {
        Authorisation.requireAnyRole(actor, "revise a micro-credential", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            CredentialDefinition definition = load(command.id());
            definition.requireVersion(command.expectedVersion());
            CredentialDefinitionPublished event = definition.revise(command.terms(), clock.instant());
            CredentialDefinition saved = definitions.save(definition);
            outbox.append(event);
            return saved;
        });
    }

    @Override
    public CredentialDefinition get(ActingUser actor, CredentialDefinitionId id) {
        Authorisation.requireSignedIn(actor);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Page<CredentialDefinition> list(ActingUser actor, PageRequest page) {
        Authorisation.requireSignedIn(actor);
        return transactions.inTransaction(() -> definitions.list(page));
    }

    @Override
    public IssuedCredential get(ActingUser actor, CredentialId id) {
        Authorisation.requireSignedIn(actor);
        return transactions.inTransaction(() -> issued.findById(id)
                .filter(credential -> maySee(actor, credential))
                .orElseThrow(() -> new DomainException(ErrorCode.CREDENTIAL_NOT_FOUND, "no credential with id " + id)));
    }

    @Override
    public Page<IssuedCredential> list(ActingUser actor, IssuedCredentials.Filter filter, PageRequest page) {
        Authorisation.requireAnyRole(actor, "list credentials", UserRole.PLATFORM_ADMINISTRATOR,
                UserRole.SUPPLIER_STAFF, UserRole.CONSUMER_STAFF);
        IssuedCredentials.Filter wanted = filter == null ? IssuedCredentials.Filter.all() : filter;
        IssuedCredentials.Filter visible;
        if (actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
            visible = wanted;
        } else {
            OrganisationId own = Authorisation.requireOrganisation(actor, "list credentials");
            // Staff of an organisation that both supplies and consumes see what it supplied; as consumer staff
            // they ask with consumer= their own organisation.
            boolean asSupplier = actor.has(UserRole.SUPPLIER_STAFF)
                    && (!actor.has(UserRole.CONSUMER_STAFF) || !own.equals(wanted.consumer()));
            visible = asSupplier
                    ? new IssuedCredentials.Filter(own, wanted.consumer(), wanted.participant(), wanted.delivery())
                    : new IssuedCredentials.Filter(wanted.supplier(), own, wanted.participant(), wanted.delivery());
        }
        return transactions.inTransaction(() -> issued.list(visible, page));
    }

    @Override
    public List<DomainEvent> issueFor(Delivery completed) {
        OfferingVersionId versionId = completed.offeringVersion();
        Optional<OfferingVersion> version = offerings.findByVersion(versionId).flatMap(o -> o.version(versionId));
        if (version.isEmpty()) {
            throw new IllegalStateException("delivery " + completed.id() + " names offering version " + versionId
                    + ", which is not stored");
        }
        Set<String> codes = new LinkedHashSet<>();
        version.get().content().microCredentials().forEach(ref -> codes.add(ref.code()));
        List<CredentialDefinition> linked = new ArrayList<>();
        for (String code : codes) {
            definitions.findByCode(new MicroCredentialRef(code)).ifPresent(linked::add);
        }
        List<CredentialAward.Issuance> issuances = CredentialAward.onCompletion(completed, linked,
                CredentialId::newId, clock.instant());
        issued.addAll(issuances.stream().map(CredentialAward.Issuance::credential).toList());
        return issuances.stream().<DomainEvent>map(CredentialAward.Issuance::event).toList();
    }

    private static boolean maySee(ActingUser actor, IssuedCredential credential) {
        return actor.has(UserRole.PLATFORM_ADMINISTRATOR)
                || actor.has(UserRole.SUPPLIER_STAFF) && actor.actsFor(credential.supplier())
                || actor.has(UserRole.CONSUMER_STAFF) && actor.actsFor(credential.consumer());
    }

    private CredentialDefinition load(CredentialDefinitionId id) {
        return definitions.findById(id).orElseThrow(() -> new DomainException(
                ErrorCode.CREDENTIAL_DEFINITION_NOT_FOUND, "no credential definition with id " + id));
    }

    private static DomainException codeTaken(MicroCredentialRef code) {
        return new DomainException(ErrorCode.CREDENTIAL_CODE_TAKEN,
                "a credential definition with code " + code.code() + " already exists");
    }
}
