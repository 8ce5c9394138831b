package se.esp.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.credential.CredentialService;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.LanguageCode;

class DemoCredentialsTest {

    private final InMemoryPersistence storage = new InMemoryPersistence();
    private final CredentialService definitions = new CredentialService(storage.credentialDefinitions(),
            storage.issuedCredentials(), storage.offerings(), storage.outbox(), storage.transactions(),
            Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC));
    private final ActingUser reader = ActingUser.system("test");

    @Test
    void theCredentialTheDemoPackagingsLeadToIsDefinedOnceAndLoadingAgainChangesNothing() {
        assertThat(DemoCredentials.load(definitions)).isTrue();
        assertThat(DemoCredentials.load(definitions)).as("loaded again at the next start").isFalse();

        var defined = definitions.list(reader, new PageRequest(0, 50)).items();
        assertThat(defined).extracting(CredentialDefinition::code).containsExactly(DemoCredentials.CARE_INTRODUCTION);
        assertThat(defined.get(0).current().terms().title().in(LanguageCode.SWEDISH))
                .hasValue("Introduktion till vård och omsorg");
        Set<MicroCredentialRef> named = DemoPackagings.demos().stream()
                .flatMap(demo -> demo.content().microCredentials().stream()).collect(Collectors.toSet());
        assertThat(named).as("every code a demo packaging names is defined, so no page shows a bare code")
                .containsExactly(DemoCredentials.CARE_INTRODUCTION);
    }
}
