package se.esp.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.domain.organisation.OrganisationKind;

class DemoOrganisationsTest {

    @Test
    void demoDataHasAtLeastTenMunicipalitiesARegionAPartnerCompanyAndTheOwner() {
        List<RegisterOrganisationCommand> demo = DemoOrganisations.read();

        assertThat(demo.stream().filter(c -> c.profile().kind() == OrganisationKind.MUNICIPALITY))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(c -> assertThat(c.profile().populationIfAny()).isPresent());
        assertThat(demo).filteredOn(c -> c.profile().kind() == OrganisationKind.REGION).hasSize(1);
        assertThat(demo).filteredOn(c -> c.profile().kind() == OrganisationKind.OWNER).hasSize(1);
        assertThat(demo).filteredOn(c -> c.profile().kind() == OrganisationKind.COMPANY
                && c.roles().contains(se.esp.domain.organisation.OrganisationRole.PARTNER)).hasSize(1);
        assertThat(demo).extracting(c -> c.number().value()).doesNotHaveDuplicates();
    }

    @Test
    void usesTheVerifiedNumbersOfTheWorkedExamplesMunicipalities() {
        List<RegisterOrganisationCommand> demo = DemoOrganisations.read();

        assertThat(demo).extracting(c -> c.profile().name().value() + " " + c.number().formatted())
                .contains("Ronneby kommun 212000-0837", "Olofströms kommun 212000-0811",
                        "Malmö stad 212000-1124", "Borlänge kommun 212000-2239");
    }
}
