package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.CredentialDefinitions;
import se.esp.application.port.out.Transactions;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;

/** What every implementation of {@link CredentialDefinitions} guarantees. */
public abstract class CredentialDefinitionsContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private CredentialDefinitions definitions;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        definitions = adapters.credentialDefinitions();
        transactions = adapters.transactions();
    }

    static CredentialTerms terms(String title, Integer validityMonths) {
        return new CredentialTerms(
                new LocalisedText(Map.of(LanguageCode.SWEDISH, title + " (sv)", LanguageCode.ENGLISH, title,
                        LanguageCode.of("ar"), "عنوان")),
                LocalisedText.svEn("Grunderna i omvårdnad.", "The basics of care."),
                LocalisedText.svEn("Deltagit i alla pass.", "Attended every session."),
                List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION,
                                "http://data.europa.eu/esco/occupation/3f9e3a5d", "healthcare assistant"),
                        new Alignment(AlignmentKind.OCCUPATIONAL_PROFILE,
                                "https://example.org/yrkesprofiler/underskoterska/1", "Undersköterska, del 1")),
                new BigDecimal("7.5"), validityMonths);
    }

    private CredentialDefinition defined(String code, String title) {
        var definition = CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef(code),
                terms(title, 24), AT).definition();
        return transactions.inTransaction(() -> definitions.save(definition));
    }

    @Test
    void keepsEveryVersionWithItsTermsAndFindsTheDefinitionByIdAndByCode() {
        CredentialDefinition saved = defined("VO-OMV-01", "Basic care");
        CredentialDefinition read = transactions.inTransaction(() -> definitions.findById(saved.id())).orElseThrow();
        read.revise(terms("Basic care, revised", null), AT.plusSeconds(60));
        transactions.inTransaction(() -> definitions.save(read));

        CredentialDefinition byCode = transactions.inTransaction(() ->
                definitions.findByCode(new MicroCredentialRef("VO-OMV-01"))).orElseThrow();
        assertThat(byCode.id()).isEqualTo(saved.id());
        assertThat(byCode.versions()).hasSize(2);
        assertThat(byCode.version(1).orElseThrow().terms()).isEqualTo(terms("Basic care", 24));
        assertThat(byCode.version(1).orElseThrow().publishedAt()).isEqualTo(AT);
        assertThat(byCode.current().terms()).isEqualTo(terms("Basic care, revised", null));
        assertThat(byCode.current().terms().title().in(LanguageCode.of("ar"))).contains("عنوان");
        assertThat(transactions.inTransaction(() -> definitions.findByCode(new MicroCredentialRef("NONE-1"))))
                .isEmpty();
    }

    @Test
    void refusesASecondDefinitionWithTheSameCode() {
        defined("VO-OMV-01", "Basic care");
        var again = CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef("VO-OMV-01"),
                terms("Other", null), AT).definition();

        assertThatThrownBy(() -> transactions.inTransaction(() -> definitions.save(again)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDENTIAL_CODE_TAKEN));
    }

    @Test
    void refusesARevisionBasedOnAnOutdatedRead() {
        CredentialDefinition saved = defined("VO-OMV-01", "Basic care");
        CredentialDefinition first = transactions.inTransaction(() -> definitions.findById(saved.id())).orElseThrow();
        CredentialDefinition second = transactions.inTransaction(() -> definitions.findById(saved.id()))
                .orElseThrow();
        first.revise(terms("First", null), AT);
        transactions.inTransaction(() -> definitions.save(first));
        second.revise(terms("Second", null), AT);

        assertThatThrownBy(() -> transactions.inTransaction(() -> definitions.save(second)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(transactions.inTransaction(() -> definitions.findById(saved.id())).orElseThrow().current()
                .terms().title().in(LanguageCode.ENGLISH)).contains("First");
    }

    @Test
    void listsByCodeInPages() {
        defined("C-3", "Three");
        defined("A-1", "One");
        defined("B-2", "Two");

        Page<CredentialDefinition> first = transactions.inTransaction(() -> definitions.list(new PageRequest(0, 2)));
        Page<CredentialDefinition> second = transactions.inTransaction(() -> definitions.list(new PageRequest(1, 2)));

        assertThat(first.items()).extracting(d -> d.code().code()).containsExactly("A-1", "B-2");
        assertThat(second.items()).extracting(d -> d.code().code()).containsExactly("C-3");
        assertThat(first.totalItems()).isEqualTo(3);
    }
}
