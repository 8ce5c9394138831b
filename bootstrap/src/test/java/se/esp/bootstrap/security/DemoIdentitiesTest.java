package se.esp.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.esp.application.security.UserRole;
import se.esp.bootstrap.demo.DemoOrganisationsAccess;
import se.esp.domain.organisation.OrganisationNumber;

class DemoIdentitiesTest {

    @Test
    void everyRoleHasADemoUserAndEveryUserBelongsToADemoOrganisation() {
        Set<UserRole> covered = EnumSet.noneOf(UserRole.class);
        DemoIdentities.all().forEach(identity -> covered.addAll(identity.roles()));
        Set<OrganisationNumber> demoOrganisations = DemoOrganisationsAccess.numbers();

        assertThat(covered).containsExactlyInAnyOrder(UserRole.values());
        assertThat(DemoIdentities.all()).allSatisfy(identity ->
                assertThat(demoOrganisations).contains(identity.organisation()));
        assertThat(DemoIdentities.all().stream().map(DemoIdentities.Identity::username).collect(Collectors.toSet()))
                .hasSameSizeAs(DemoIdentities.all());
    }

    @Test
    void theWorkedExamplesMunicipalitiesHaveTheirConsumerStaffAndTheOwnerItsAdministrator() {
        assertThat(DemoIdentities.find("olofstrom-consumer")).hasValueSatisfying(i ->
                assertThat(i.organisation().formatted()).isEqualTo("212000-0811"));
        assertThat(DemoIdentities.find("malmo-consumer")).hasValueSatisfying(i ->
                assertThat(i.organisation().formatted()).isEqualTo("212000-1124"));
        assertThat(DemoIdentities.find("esp-admin")).hasValueSatisfying(i -> {
            assertThat(i.organisation().formatted()).isEqualTo("802999-0002");
            assertThat(i.roles()).containsExactly(UserRole.PLATFORM_ADMINISTRATOR);
        });
    }

    @Test
    void everyDemoSupplierHasSupplierStaffAndEveryDemoConsumerOfTheWorkedExampleHasACaseOfficer() {
        for (String supplier : java.util.List.of("212000-0837", "212000-1124", "212000-1355", "212000-2643",
                "559999-0008")) {
            assertThat(DemoIdentities.all()).as("supplier staff of " + supplier).anySatisfy(i -> {
                assertThat(i.organisation().formatted()).isEqualTo(supplier);
                assertThat(i.roles()).contains(UserRole.SUPPLIER_STAFF);
            });
        }
        for (String consumer : java.util.List.of("212000-0811", "212000-2239")) {
            assertThat(DemoIdentities.all()).as("consumer staff of " + consumer).anySatisfy(i -> {
                assertThat(i.organisation().formatted()).isEqualTo(consumer);
                assertThat(i.roles()).contains(UserRole.CONSUMER_STAFF);
            });
        }
        assertThat(DemoIdentities.find("esp-coordinator")).as("a coordinator of no supplier").hasValueSatisfying(i ->
                assertThat(i.organisation().formatted()).isEqualTo("802999-0002"));
    }

    @Test
    void demoSignInIsOnlyWithTheEmbeddedDatabaseUnlessSaidExplicitly() {
        String kind = System.getProperty("esp.db.kind");
        try {
            System.setProperty("esp.db.kind", "mariadb");
            assertThat(DemoSettings.demoIdentitiesEnabled()).isFalse();
            System.setProperty("esp.db.kind", "h2");
            assertThat(DemoSettings.demoIdentitiesEnabled()).isTrue();
        } finally {
            if (kind == null) {
                System.clearProperty("esp.db.kind");
            } else {
                System.setProperty("esp.db.kind", kind);
            }
        }
    }
}
