package se.esp.scenarios.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.LanguageCapacity;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.shared.LanguageCode;
import se.esp.scenarios.matching.MatchingDriver;
import se.esp.scenarios.support.World;

/** The catalogue as a case officer searches it: each hit's capacity and "can start within N days". */
public final class CatalogueDriver {

    private CatalogueDriver() {
    }

    private static World world() {
        return World.current();
    }

    /** The catalogue's hits, all on one page, with at most that start if {@code startWithinDays} is given. */
    private static CatalogueResult search(Integer startWithinDays) {
        World world = world();
        return world.offerings.search(world.actor(), CatalogueQuery.builder().page(0, 200).build(), startWithinDays);
    }

    private static boolean isHit(CatalogueResult result, String title) {
        var version = MatchingDriver.versionOf(title);
        return result.hits().items().stream().map(CatalogueEntry::versionId).anyMatch(version::equals);
    }

    public static void showsCapacity(String title, String nextStart, String language, int waitingApplications) {
        CatalogueResult result = search(null);
        var version = MatchingDriver.versionOf(title);
        CatalogueEntry hit = result.hits().items().stream().filter(e -> e.versionId().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not in the catalogue"));
        List<LanguageCapacity> languages = result.capacityOf(hit.offeringId())
                .orElseThrow(() -> new AssertionError("no capacity for " + title)).languages();
        LanguageCapacity capacity = languages.stream().filter(l -> l.language().equals(LanguageCode.of(language)))
                .findFirst().orElseThrow(() -> new AssertionError(title + " has no capacity in " + language));
        assertThat(capacity.nextStart()).as("next start of " + title + " in " + language)
                .isEqualTo(LocalDate.parse(nextStart));
        assertThat(capacity.waitingApplications()).as("applications waiting for " + title + " in " + language)
                .isEqualTo(waitingApplications);
    }

    public static void startingWithinFinds(int days, String title, boolean expected) {
        assertThat(isHit(search(days), title)).as(title + " can start within " + days + " days").isEqualTo(expected);
        assertThat(isHit(search(null), title)).as(title + " is on offer all the same").isTrue();
    }
}
