package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The database backends also face truly concurrent transactions (the in-memory one serialises them): a change
 * committed by another transaction while this one was open must not be overwritten.
 */
abstract class JpaOrganisationsContract extends OrganisationsContract {

    @Test
    void refusesToOverwriteAChangeCommittedWhileThisTransactionWasOpen() {
        Organisations organisations = adapters.organisations();
        Transactions transactions = adapters.transactions();
        Organisation stored = transactions.inTransaction(() -> organisations.save(anOrganisation().build()));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            Organisation mine = organisations.findById(stored.id()).orElseThrow();
            CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
                Organisation theirs = organisations.findById(stored.id()).orElseThrow();
                theirs.update(named("Their change"), Instant.now());
                organisations.save(theirs);
            })).join();
            mine.update(named("My change"), Instant.now());
            return organisations.save(mine);
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));

        Organisation found = transactions.inTransaction(() -> organisations.findById(stored.id())).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Their change");
        assertThat(found.version()).isEqualTo(2);
    }

    private static OrganisationProfile named(String name) {
        return new OrganisationProfile(new OrganisationName(name), OrganisationKind.COMPANY, null, null);
    }
}
