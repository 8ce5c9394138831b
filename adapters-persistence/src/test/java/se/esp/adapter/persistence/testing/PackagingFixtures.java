package se.esp.adapter.persistence.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Builds packaging content and catalogue entries for tests:
 * {@code aPackaging().titled("Samhällsorientering", "Civic orientation").inLanguages("ar", "so").content()}.
 * The default is complete (it can be submitted): study guidance online in Arabic, 10 sessions of 60 minutes
 * needing 1.5 study-guide hours each, 450.00 an hour, 1 200.00 per participant.
 */
public final class PackagingFixtures {

    private Map<LanguageCode, String> titles = new LinkedHashMap<>(Map.of(
            LanguageCode.SWEDISH, "Studievägledning online på arabiska",
            LanguageCode.ENGLISH, "Study guidance online in Arabic"));
    private Map<LanguageCode, String> descriptions = new LinkedHashMap<>(Map.of(
            LanguageCode.SWEDISH, "Tio gruppträffar med studievägledare om studier och yrken i Sverige.",
            LanguageCode.ENGLISH, "Ten group sessions with a study guide on studying and working in Sweden."));
    private Phase phase = Phase.PREPARATORY;
    private ServiceArea serviceArea = ServiceArea.STUDY_GUIDANCE;
    private Set<TargetGroup> targetGroups = EnumSet.of(TargetGroup.NEWLY_ARRIVED);
    private DeliveryMode deliveryMode = DeliveryMode.DIGITAL;
    private Set<LanguageCode> languages = new TreeSet<>(Set.of(LanguageCode.of("ar")));
    private List<Component> components = List.of(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
            new ResourceRequirement(new CompetenceCode("study-guide"), new BigDecimal("1.5"))));
    private GroupSize groupSize = new GroupSize(4, 12);
    private Eligibility eligibility = new Eligibility(16, 64, Set.of());
    private Money price = Money.parse("1200.00");
    private CostModel costs = new CostModel(Money.parse("450.00"),
            new VariantCosts(Money.parse("500.00"), Money.parse("1200.00"), Money.ZERO, BigDecimal.ZERO),
            new VariantCosts(Money.parse("500.00"), Money.ZERO, Money.parse("2000.00"), new BigDecimal("4")));
    private ApplicationForm form = new ApplicationForm(List.of(
            new FormField("previousEducation", LocalisedText.svEn("Tidigare utbildning", "Previous education"),
                    FieldType.TEXT, true, List.of()),
            new FormField("level", LocalisedText.svEn("Nivå", "Level"), FieldType.CHOICE, false, List.of(
                    new Choice("basic", LocalisedText.svEn("Grundläggande", "Basic")),
                    new Choice("advanced", LocalisedText.svEn("Fördjupad", "Advanced"))))));
    private List<MicroCredentialRef> credentials = List.of();

    private PackagingFixtures() {
    }

    public static PackagingFixtures aPackaging() {
        return new PackagingFixtures();
    }

    public PackagingFixtures titled(String swedish, String english) {
        titles = new LinkedHashMap<>(Map.of(LanguageCode.SWEDISH, swedish, LanguageCode.ENGLISH, english));
        return this;
    }

    /** A title in that one language only. */
    public PackagingFixtures titledOnly(String language, String title) {
        titles = new LinkedHashMap<>(Map.of(LanguageCode.of(language), title));
        return this;
    }

    public PackagingFixtures alsoTitled(String language, String title) {
        titles.put(LanguageCode.of(language), title);
        return this;
    }

    public PackagingFixtures described(String swedish, String english) {
        descriptions = new LinkedHashMap<>(Map.of(LanguageCode.SWEDISH, swedish, LanguageCode.ENGLISH, english));
        return this;
    }

    /** A description in one more language. */
    public PackagingFixtures alsoDescribed(String language, String description) {
        descriptions.put(LanguageCode.of(language), description);
        return this;
    }

    public PackagingFixtures inPhase(Phase value) {
        this.phase = value;
        return this;
    }

    public PackagingFixtures inArea(ServiceArea value) {
        this.serviceArea = value;
        return this;
    }

    public PackagingFixtures forGroups(TargetGroup... values) {
        this.targetGroups = EnumSet.of(values[0], values);
        return this;
    }

    public PackagingFixtures deliveredAs(DeliveryMode value) {
        this.deliveryMode = value;
        return this;
    }

    public PackagingFixtures inLanguages(String... codes) {
        languages = new TreeSet<>();
        for (String code : codes) {
            languages.add(LanguageCode.of(code));
        }
        return this;
    }

    public PackagingFixtures withComponents(Component... values) {
        this.components = List.of(values);
        return this;
    }

    public PackagingFixtures inGroupsOf(int min, int max) {
        this.groupSize = new GroupSize(min, max);
        return this;
    }

    public PackagingFixtures forAges(Integer min, Integer max) {
        this.eligibility = new Eligibility(min, max, Set.of());
        return this;
    }

    public PackagingFixtures pricedAt(String kronor) {
        this.price = Money.parse(kronor);
        return this;
    }

    public PackagingFixtures costing(CostModel value) {
        this.costs = value;
        return this;
    }

    public PackagingFixtures leadingTo(String... codes) {
        this.credentials = java.util.Arrays.stream(codes).map(MicroCredentialRef::new).toList();
        return this;
    }

    public PackagingContent content() {
        return new PackagingContent(new LocalisedText(titles), new LocalisedText(descriptions), phase, serviceArea,
                targetGroups, deliveryMode, languages, components, groupSize, eligibility, form, credentials, costs,
                price);
    }

    /** A catalogue entry of this content, as the current version of a new offering of the supplier. */
    public CatalogueEntry entryOf(OrganisationId supplier, String supplierName, Instant publishedAt) {
        PackagingContent content = content();
        Set<TargetGroup> groups = EnumSet.copyOf(content.targetGroups());
        return new CatalogueEntry(OfferingId.newId(), OfferingVersionId.newId(), 1, supplier, supplierName,
                content.titles(), content.descriptions(), content.phase(), content.serviceArea(), groups,
                content.deliveryLanguages(), content.deliveryMode(), content.pricePerParticipant(),
                content.eligibility().minAge(), content.eligibility().maxAge(), publishedAt);
    }
}
