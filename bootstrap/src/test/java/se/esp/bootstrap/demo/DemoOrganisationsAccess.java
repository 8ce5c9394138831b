package se.esp.bootstrap.demo;

import java.util.Set;
import java.util.stream.Collectors;

import se.esp.domain.organisation.OrganisationNumber;

/** The demo organisations' numbers, for tests in other packages. */
public final class DemoOrganisationsAccess {

    private DemoOrganisationsAccess() {
    }

    public static Set<OrganisationNumber> numbers() {
        return DemoOrganisations.read().stream().map(c -> c.number()).collect(Collectors.toSet());
    }
}
