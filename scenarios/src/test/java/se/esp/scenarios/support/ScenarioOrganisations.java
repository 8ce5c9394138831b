package se.esp.scenarios.support;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationNumber;

/** Finds a scenario's organisation by what the tester wrote: its organisation number or its name. */
public final class ScenarioOrganisations {

    private ScenarioOrganisations() {
    }

    public static Organisation find(String numberOrName) {
        World world = World.current();
        if (numberOrName.strip().matches("\\d{6}-?\\d{4}")) {
            return world.storage.transactions().inTransaction(() ->
                            world.storage.organisations().findByNumber(OrganisationNumber.parse(numberOrName)))
                    .orElseThrow(() -> new AssertionError("no organisation " + numberOrName + " is registered"));
        }
        return world.storage.transactions().inTransaction(() -> world.storage.organisations()
                        .list(OrganisationFilter.all(), new PageRequest(0, PageRequest.MAX_SIZE)))
                .items().stream().filter(o -> o.name().value().equals(numberOrName)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation called " + numberOrName));
    }
}
