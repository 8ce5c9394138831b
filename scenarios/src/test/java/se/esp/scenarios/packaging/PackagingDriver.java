package se.esp.scenarios.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingComparison;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.ContentChange;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingIncompleteException;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.Review;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Violation;
import se.esp.scenarios.support.World;

/** What the packaging steps do, whatever language they are written in. */
final class PackagingDriver {

    /** Real organisation numbers and populations of the suppliers scenarios use (shared/data/municipalities.csv). */
    private static final Map<String, Object[]> SUPPLIERS = Map.of(
            "Ronneby kommun", new Object[] {"212000-0837", 29_021L},
            "Malmö stad", new Object[] {"212000-1124", 365_252L},
            "Göteborgs Stad", new Object[] {"212000-1355", 605_326L},
            "Skellefteå kommun", new Object[] {"212000-2643", 76_542L});

    private static final Map<World, CostingReport> LAST_COSTING = new HashMap<>();
    /** The comparison the scenario last asked for; empty when the packaging had no such version. */
    private static final Map<World, Optional<PackagingComparison>> LAST_COMPARISON = new HashMap<>();
    /** The catalogue's revision just before the scenario's last rename of an organisation. */
    private static final Map<World, Long> REVISION_BEFORE_RENAME = new HashMap<>();

    private PackagingDriver() {
    }

    private static World world() {
        return World.current();
    }

    static void registerSuppliers(String... names) {
        World world = world();
        for (String name : names) {
            Object[] facts = SUPPLIERS.get(name);
            if (facts == null) {
                throw new AssertionError("scenarios know the organisation numbers of " + SUPPLIERS.keySet());
            }
            world.organisations.register(ActingUser.system("scenario"), new RegisterOrganisationCommand(
                    OrganisationNumber.parse((String) facts[0]), new OrganisationProfile(new OrganisationName(name),
                    OrganisationKind.MUNICIPALITY, new Population((Long) facts[1]), null),
                    EnumSet.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)));
        }
    }

    static void actAs(UserRole role, String organisationName) {
        world().actAs(role, organisation(organisationName).id());
    }

    static void packageService(String swedishTitle, String englishTitle, String languages, String price) {
        PackagingContent content = aPackaging().titled(swedishTitle, englishTitle)
                .inLanguages(languages.split(",\\s*")).pricedAt(price).content();
        create(swedishTitle, content);
    }

    static void startIncomplete(String swedishTitle) {
        create(swedishTitle, new PackagingContent(LocalisedText.of(LanguageCode.SWEDISH, swedishTitle), null, null,
                null, null, null, null, null, null, null, null, null, null, null));
    }

    private static void create(String key, PackagingContent content) {
        World world = world();
        Packaging created = world.attempt(() -> world.packagings.create(world.actor(),
                new CreatePackagingCommand(content)));
        world.requireLastSucceeded();
        world.packagingsByTitle.put(key, created.id());
    }

    static void submit(String title) {
        World world = world();
        Packaging packaging = packaging(title);
        world.attempt(() -> world.packagings.submit(world.actor(),
                new PackagingChange(packaging.id(), packaging.version())));
    }

    static void takeUpForReview(String title) {
        World world = world();
        Packaging packaging = packaging(title);
        world.attempt(() -> world.packagings.startReview(world.actor(),
                new PackagingChange(packaging.id(), packaging.version())));
    }

    static void judge(String title, String failedCriterion, String remark) {
        World world = world();
        Packaging packaging = packaging(title);
        List<CriterionAssessment> verdict = ReviewChecklist.seeded().criteria().stream()
                .map(c -> c.key().equals(failedCriterion) ? CriterionAssessment.fail(c.key(), remark)
                        : CriterionAssessment.pass(c.key()))
                .toList();
        world.attempt(() -> world.packagings.recordReview(world.actor(),
                new RecordReviewCommand(packaging.id(), packaging.version(), verdict)));
        world.requireLastSucceeded();
    }

    static void describe(String title, String swedishDescription) {
        Packaging packaging = packaging(title);
        PackagingContent c = packaging.content();
        Map<LanguageCode, String> descriptions = new HashMap<>(c.descriptions().texts());
        descriptions.put(LanguageCode.SWEDISH, swedishDescription);
        edit(packaging, new PackagingContent(c.titles(), new LocalisedText(descriptions), c.phase(), c.serviceArea(),
                c.targetGroups(), c.deliveryMode(), c.deliveryLanguages(), c.components(), c.groupSize(),
                c.eligibility(), c.applicationForm(), c.microCredentials(), c.costModel(), c.pricePerParticipant()));
    }

    static void retitle(String title, String newSwedishTitle) {
        Packaging packaging = packaging(title);
        PackagingContent c = packaging.content();
        Map<LanguageCode, String> titles = new HashMap<>(c.titles().texts());
        titles.put(LanguageCode.SWEDISH, newSwedishTitle);
        edit(packaging, new PackagingContent(new LocalisedText(titles), c.descriptions(), c.phase(), c.serviceArea(),
                c.targetGroups(), c.deliveryMode(), c.deliveryLanguages(), c.components(), c.groupSize(),
                c.eligibility(), c.applicationForm(), c.microCredentials(), c.costModel(), c.pricePerParticipant()));
    }

    static void reprice(String title, String price) {
        Packaging packaging = packaging(title);
        PackagingContent c = packaging.content();
        edit(packaging, new PackagingContent(c.titles(), c.descriptions(), c.phase(), c.serviceArea(),
                c.targetGroups(), c.deliveryMode(), c.deliveryLanguages(), c.components(), c.groupSize(),
                c.eligibility(), c.applicationForm(), c.microCredentials(), c.costModel(), Money.parse(price)));
        world().requireLastSucceeded();
    }

    static void cost(String title, String hourlyRate, int sessions, int minutes, String hours, String materials,
                     String licences) {
        Packaging packaging = packaging(title);
        PackagingContent c = packaging.content();
        Component component = new Component(ComponentKind.GROUP_SESSION, sessions, minutes, Setting.ONLINE,
                new ResourceRequirement(new CompetenceCode("study-guide"), new BigDecimal(hours)));
        CostModel costs = new CostModel(Money.parse(hourlyRate),
                new VariantCosts(Money.parse(materials), Money.parse(licences), Money.ZERO, BigDecimal.ZERO),
                c.costModel() == null ? null : c.costModel().physical());
        edit(packaging, new PackagingContent(c.titles(), c.descriptions(), c.phase(), c.serviceArea(),
                c.targetGroups(), c.deliveryMode(), c.deliveryLanguages(), List.of(component), c.groupSize(),
                c.eligibility(), c.applicationForm(), c.microCredentials(), costs, c.pricePerParticipant()));
        world().requireLastSucceeded();
    }

    private static void edit(Packaging packaging, PackagingContent content) {
        World world = world();
        world.attempt(() -> world.packagings.edit(world.actor(),
                new EditPackagingCommand(packaging.id(), packaging.version(), content)));
    }

    static void publish(String title) {
        World world = world();
        Packaging packaging = packaging(title);
        world.attempt(() -> world.packagings.publish(world.actor(),
                new PackagingChange(packaging.id(), packaging.version())));
        world.requireLastSucceeded();
    }

    static void startRevision(String title) {
        World world = world();
        Packaging packaging = packaging(title);
        world.attempt(() -> world.packagings.startRevision(world.actor(),
                new PackagingChange(packaging.id(), packaging.version())));
        world.requireLastSucceeded();
    }

    static void askCosting(String title, int groupSize) {
        World world = world();
        CostingReport report = world.attempt(() -> world.packagings.costAt(world.actor(), packaging(title).id(),
                groupSize, null));
        world.requireLastSucceeded();
        LAST_COSTING.clear();
        LAST_COSTING.put(world, report);
    }

    static CostingReport lastCosting() {
        return LAST_COSTING.get(world());
    }

    /** The acting user asks what changed in the packaging since that version of it. */
    static void askWhatChanged(String title, Baseline since) {
        World world = world();
        PackagingDiffs diffs = world.attempt(() -> world.packagings.diff(world.actor(), packaging(title).id()));
        world.requireLastSucceeded();
        LAST_COMPARISON.clear();
        LAST_COMPARISON.put(world, diffs.against(since));
    }

    private static PackagingComparison lastComparison() {
        Optional<PackagingComparison> comparison = LAST_COMPARISON.get(world());
        assertThat(comparison).as("the scenario asked what changed, and there was a version to compare with")
                .isNotNull().isPresent();
        return comparison.orElseThrow();
    }

    static void assertComparedWithReturnedDraft(String criterion, String remark) {
        PackagingComparison comparison = lastComparison();
        assertThat(comparison.against()).isEqualTo(Baseline.RETURNED);
        assertThat(comparison.remarks()).singleElement().satisfies(a -> {
            assertThat(a.criterion()).isEqualTo(criterion);
            assertThat(a.remark()).isEqualTo(remark);
        });
    }

    static void assertComparedWithVersionOnOffer(int versionNumber) {
        PackagingComparison comparison = lastComparison();
        assertThat(comparison.against()).isEqualTo(Baseline.OFFERED);
        assertThat(comparison.offeringVersionNumber()).isEqualTo(versionNumber);
    }

    static void assertNothingToCompareWith() {
        assertThat(LAST_COMPARISON.get(world())).as("the scenario asked what changed").isNotNull().isEmpty();
    }

    /**
     * The changes, exactly and in order: one row each of the field's path, the kind of change, and the value before
     * and after (an empty cell: no value).
     */
    static void assertChanges(List<List<String>> rows) {
        assertThat(lastComparison().diff().changes()).extracting(PackagingDriver::row)
                .containsExactlyElementsOf(rows.stream().map(r -> r.stream().map(PackagingDriver::cell).toList())
                        .toList());
    }

    private static List<String> row(ContentChange change) {
        return java.util.Arrays.asList(change.path(), change.kind().name(), change.before(), change.after());
    }

    private static String cell(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static void assertStatus(String title, String status) {
        assertThat(packaging(title).status()).isEqualTo(PackagingStatus.valueOf(status));
    }

    static void assertRemark(String title, String criterion, String remark) {
        Review review = packaging(title).latestReview().orElseThrow();
        assertThat(review.failed()).singleElement().satisfies(a -> {
            assertThat(a.criterion()).isEqualTo(criterion);
            assertThat(a.remark()).isEqualTo(remark);
        });
    }

    static void assertHistory(String title, String outcomes) {
        assertThat(packaging(title).reviews()).extracting(r -> r.outcome().name())
                .containsExactly(outcomes.split(",\\s*"));
    }

    static void assertIncomplete(String fields) {
        assertThat(world().lastFailure()).isInstanceOfSatisfying(PackagingIncompleteException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).contains(fields.split(",\\s*")));
    }

    static void assertTitled(String title, String swedishTitle) {
        assertThat(packaging(title).content().titles().in(LanguageCode.SWEDISH)).contains(swedishTitle);
    }

    static void assertFound(String text, String swedishTitle, String price, int versionNumber) {
        List<CatalogueEntry> hits = search(text);
        assertThat(hits).filteredOn(e -> e.titles().in(LanguageCode.SWEDISH).orElse("").equals(swedishTitle))
                .singleElement().satisfies(e -> {
                    assertThat(e.pricePerParticipant()).isEqualTo(Money.parse(price));
                    assertThat(e.versionNumber()).isEqualTo(versionNumber);
                });
    }

    static void assertNotFound(String text) {
        assertThat(search(text)).isEmpty();
    }

    static void assertFirstVersionReadable(String title, String swedishTitle) {
        World world = world();
        Offering offering = world.storage.transactions().inTransaction(() ->
                world.storage.offerings().findByPackaging(packaging(title).id())).orElseThrow();
        var first = offering.versions().get(0);
        var view = world.offerings.version(world.actor(), first.id());
        assertThat(view.version().content().titles().in(LanguageCode.SWEDISH)).contains(swedishTitle);
        assertThat(view.isCurrent()).isEqualTo(offering.versions().size() == 1);
    }

    /** The acting user (a platform administrator) renames an organisation, based on its current version. */
    static void renameOrganisation(String name, String newName) {
        World world = world();
        Organisation current = organisation(name);
        OrganisationProfile profile = current.profile();
        REVISION_BEFORE_RENAME.clear();
        REVISION_BEFORE_RENAME.put(world, catalogueRevision());
        world.attempt(() -> world.organisations.update(world.actor(), new UpdateOrganisationCommand(current.id(),
                current.version(), new OrganisationProfile(new OrganisationName(newName), profile.kind(),
                profile.population(), profile.participationLevel()))));
        world.requireLastSucceeded();
    }

    static void assertFoundFromSupplier(String text, String swedishTitle, String supplierName) {
        assertThat(search(text)).filteredOn(e -> e.titles().in(LanguageCode.SWEDISH).orElse("").equals(swedishTitle))
                .singleElement().satisfies(e -> assertThat(e.supplierName()).isEqualTo(supplierName));
    }

    /** The supplier facet of the whole catalogue names the supplier with its count, and no longer the other name. */
    static void assertSupplierListed(String supplierName, int offerings, String absentName) {
        World world = world();
        List<FacetCount> suppliers = world.offerings.search(world.actor(), CatalogueQuery.everything()).facets()
                .get(CatalogueDimension.SUPPLIER);
        assertThat(suppliers).filteredOn(f -> supplierName.equals(f.label())).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo(organisation(supplierName).id().toString());
                    assertThat(f.count()).isEqualTo(offerings);
                });
        assertThat(suppliers).extracting(FacetCount::label).doesNotContain(absentName);
    }

    static void assertFilteredBySupplier(String supplierName, String swedishTitle) {
        World world = world();
        List<CatalogueEntry> hits = world.offerings.search(world.actor(), CatalogueQuery.builder()
                .suppliers(organisation(supplierName).id()).page(0, 50).build()).hits().items();
        assertThat(hits).extracting(e -> e.titles().in(LanguageCode.SWEDISH).orElse("")).containsExactly(swedishTitle);
        assertThat(hits).extracting(CatalogueEntry::supplierName).containsOnly(supplierName);
    }

    static void assertCatalogueUnchangedByRename() {
        Long before = REVISION_BEFORE_RENAME.get(world());
        assertThat(before).as("an organisation was renamed in this scenario").isNotNull();
        assertThat(catalogueRevision()).isEqualTo(before);
    }

    private static long catalogueRevision() {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.catalogue().revision());
    }

    private static List<CatalogueEntry> search(String text) {
        World world = world();
        return world.offerings.search(world.actor(), CatalogueQuery.builder().text(text).page(0, 50).build())
                .hits().items();
    }

    static Packaging packaging(String title) {
        World world = world();
        PackagingId id = world.packagingsByTitle.get(title);
        if (id == null) {
            throw new AssertionError("no packaging called '" + title + "' in this scenario; known: "
                    + world.packagingsByTitle.keySet());
        }
        return world.storage.transactions().inTransaction(() -> world.storage.packagings().findById(id))
                .orElseThrow();
    }

    private static Organisation organisation(String name) {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.organisations()
                        .list(OrganisationFilter.all(), new PageRequest(0, PageRequest.MAX_SIZE)))
                .items().stream().filter(o -> o.name().value().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation called " + name));
    }

}
