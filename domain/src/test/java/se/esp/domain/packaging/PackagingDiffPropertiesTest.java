package se.esp.domain.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * The diff against an oracle written independently of it: each content flattened to every field's path and display
 * text, the way a reader of the API would list them. Contents are drawn from small pools of values so that two of
 * them share many fields and differ in some — the interesting case. Each try builds two whole contents; 300 pairs
 * already meet every path both equal and different many times (about one pair in eight reorders the form's fields).
 */
class PackagingDiffPropertiesTest {

    @Property(tries = 300)
    void aContentDiffedWithItselfIsEmpty(@ForAll("contents") PackagingContent content) {
        assertThat(PackagingDiff.between(content, content).changes()).isEmpty();
    }

    @Property(tries = 300)
    void theDiffListsExactlyThePathsWhoseValuesDifferWithBothValues(@ForAll("contents") PackagingContent before,
                                                                      @ForAll("contents") PackagingContent after) {
        Map<String, String> older = flatten(before);
        Map<String, String> newer = flatten(after);
        Set<String> differing = new HashSet<>(older.keySet());
        differing.addAll(newer.keySet());
        differing.removeIf(path -> Objects.equals(older.get(path), newer.get(path)));
        differing.addAll(reordered(before, after).keySet());

        PackagingDiff diff = PackagingDiff.between(before, after);

        assertThat(diff.paths()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(differing);
        Map<String, String[]> orders = reordered(before, after);
        for (ContentChange change : diff.changes()) {
            String[] expected = orders.containsKey(change.path()) ? orders.get(change.path())
                    : new String[] {older.get(change.path()), newer.get(change.path())};
            assertThat(new String[] {change.before(), change.after()}).as(change.path()).containsExactly(expected);
        }
    }

    @Property(tries = 300)
    void diffingTheOtherWayRoundSwapsEveryChange(@ForAll("contents") PackagingContent before,
                                                 @ForAll("contents") PackagingContent after) {
        List<String> forth = PackagingDiff.between(before, after).changes().stream()
                .map(c -> c.path() + ": " + c.after() + " <- " + c.before()).toList();
        List<String> back = PackagingDiff.between(after, before).changes().stream()
                .map(c -> c.path() + ": " + c.before() + " <- " + c.after()).toList();

        assertThat(back).containsExactlyInAnyOrderElementsOf(forth);
    }

    // -------------------------------------------------------------------------------------------------- oracle

    /** Every field a content gives, by path, as display text; fields it does not give are absent. */
    private static Map<String, String> flatten(PackagingContent c) {
        Map<String, String> fields = new TreeMap<>();
        c.titles().texts().forEach((language, text) -> fields.put("titles." + language.value(), text));
        c.descriptions().texts().forEach((language, text) -> fields.put("descriptions." + language.value(), text));
        put(fields, "phase", c.phase());
        put(fields, "serviceArea", c.serviceArea());
        put(fields, "targetGroups", sortedNames(c.targetGroups()));
        put(fields, "deliveryMode", c.deliveryMode());
        put(fields, "deliveryLanguages", c.deliveryLanguages().stream().map(LanguageCode::value).sorted()
                .collect(Collectors.joining(", ")));
        for (int i = 0; i < c.components().size(); i++) {
            Component component = c.components().get(i);
            String at = "components[" + i + "].";
            put(fields, at + "kind", component.kind());
            put(fields, at + "count", component.count());
            put(fields, at + "durationMinutes", component.durationMinutes());
            put(fields, at + "setting", component.setting());
            if (component.resource() != null) {
                put(fields, at + "resource.competence", component.resource().competence().value());
                put(fields, at + "resource.hours", new BigDecimal(component.resource().hours().toString())
                        .stripTrailingZeros().toPlainString());
            }
        }
        if (c.groupSize() != null) {
            put(fields, "groupSize.min", c.groupSize().min());
            put(fields, "groupSize.max", c.groupSize().max());
        }
        if (c.eligibility() != null) {
            put(fields, "eligibility.minAge", c.eligibility().minAge());
            put(fields, "eligibility.maxAge", c.eligibility().maxAge());
            put(fields, "eligibility.targetGroups", sortedNames(c.eligibility().targetGroups()));
        }
        for (FormField field : c.applicationForm().fields()) {
            String at = "applicationForm[key=" + field.key() + "].";
            put(fields, at + "key", field.key());
            field.label().texts().forEach((language, text) -> fields.put(at + "label." + language.value(), text));
            put(fields, at + "type", field.type());
            put(fields, at + "required", field.required());
            for (Choice choice : field.choices()) {
                String option = at + "choices[value=" + choice.value() + "].";
                put(fields, option + "value", choice.value());
                choice.label().texts().forEach((language, text) -> fields.put(option + "label." + language.value(),
                        text));
            }
        }
        put(fields, "identityNumberRequired", c.applicationForm().identityNumberRequired());
        put(fields, "microCredentials", c.microCredentials().stream().map(MicroCredentialRef::code)
                .collect(Collectors.joining(", ")));
        if (c.costModel() != null) {
            put(fields, "costModel.hourlyRate", c.costModel().hourlyRate().toKronor().toPlainString());
            for (Variant variant : Variant.values()) {
                VariantCosts costs = c.costModel().costsOf(variant);
                String at = "costModel." + variant.name().toLowerCase(java.util.Locale.ROOT) + ".";
                put(fields, at + "materials", costs.materials().toKronor().toPlainString());
                put(fields, at + "licences", costs.licences().toKronor().toPlainString());
                put(fields, at + "premises", costs.premises().toKronor().toPlainString());
                put(fields, at + "extraResourceHours", costs.extraResourceHours().compareTo(BigDecimal.ZERO) == 0 ? "0"
                        : costs.extraResourceHours().stripTrailingZeros().toPlainString());
            }
        }
        if (c.pricePerParticipant() != null) {
            put(fields, "pricePerParticipant", c.pricePerParticipant().toKronor().toPlainString());
        }
        put(fields, "sessionsPerWeek", c.sessionsPerWeek());
        put(fields, "costSplitRule", c.costSplitRule());
        return fields;
    }

    /**
     * The lists whose shared keys come in another order — the form's fields, and each field's choices when the field
     * is in both — with every key before and after.
     */
    private static Map<String, String[]> reordered(PackagingContent before, PackagingContent after) {
        Map<String, String[]> orders = new LinkedHashMap<>();
        List<FormField> older = before.applicationForm().fields();
        List<FormField> newer = after.applicationForm().fields();
        compareOrder(orders, "applicationForm", keys(older, FormField::key), keys(newer, FormField::key));
        for (FormField field : newer) {
            older.stream().filter(f -> f.key().equals(field.key())).findFirst().ifPresent(old ->
                    compareOrder(orders, "applicationForm[key=" + field.key() + "].choices",
                            keys(old.choices(), Choice::value), keys(field.choices(), Choice::value)));
        }
        return orders;
    }

    private static void compareOrder(Map<String, String[]> orders, String path, List<String> before,
                                     List<String> after) {
        List<String> shared = new ArrayList<>(before);
        shared.retainAll(after);
        List<String> sharedAfter = new ArrayList<>(after);
        sharedAfter.retainAll(before);
        if (!shared.equals(sharedAfter)) {
            orders.put(path, new String[] {String.join(", ", before), String.join(", ", after)});
        }
    }

    private static <T> List<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }

    private static void put(Map<String, String> fields, String path, Object value) {
        String text = value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
        if (text != null && !text.isEmpty()) {
            fields.put(path, text);
        }
    }

    private static String sortedNames(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------- generators

    @Provide
    Arbitrary<PackagingContent> contents() {
        return Builders.withBuilder(Draft::new)
                .use(texts(List.of("sv", "en", "ar"), "Studievägledning", "Study guidance")).in((d, v) -> d.titles(v))
                .use(texts(List.of("sv", "en"), "Tio träffar.", "Ten sessions.")).in((d, v) -> d.descriptions(v))
                .use(Arbitraries.of(Phase.class).injectNull(0.3)).in((d, v) -> d.phase(v))
                .use(Arbitraries.of(ServiceArea.STUDY_GUIDANCE, ServiceArea.HEALTH).injectNull(0.3))
                .in((d, v) -> d.serviceArea(v))
                .use(Arbitraries.subsetOf(TargetGroup.NEWLY_ARRIVED, TargetGroup.PUPILS, TargetGroup.SENIORS))
                .in((d, v) -> d.targetGroups(v))
                .use(Arbitraries.of(DeliveryMode.class).injectNull(0.3)).in((d, v) -> d.deliveryMode(v))
                .use(Arbitraries.subsetOf(LanguageCode.of("ar"), LanguageCode.of("so"), LanguageCode.SWEDISH))
                .in((d, v) -> d.languages(v))
                .use(components().list().ofMaxSize(3)).in((d, v) -> d.components(v))
                .use(groupSizes().injectNull(0.3)).in((d, v) -> d.groupSize(v))
                .use(eligibilities().injectNull(0.3)).in((d, v) -> d.eligibility(v))
                .use(forms()).in((d, v) -> d.form(v))
                .use(orderedSubset(List.of("care-assistant-1", "study-guide-2"))).in((d, v) -> d.credentials(v))
                .use(costModels().injectNull(0.3)).in((d, v) -> d.costs(v))
                .use(Arbitraries.of("1200.00", "1150.50").map(Money::parse).injectNull(0.3)).in((d, v) -> d.price(v))
                .use(Arbitraries.of(1, 2).injectNull(0.5)).in((d, v) -> d.sessionsPerWeek(v))
                .use(Arbitraries.of(CostSplitRule.class)).in((d, v) -> d.splitRule(v))
                .build(Draft::content);
    }

    private static Arbitrary<LocalisedText> texts(List<String> languages, String... wordings) {
        return orderedSubset(languages).flatMap(chosen -> Arbitraries.of(wordings).list().ofSize(chosen.size())
                .map(values -> {
                    Map<LanguageCode, String> texts = new LinkedHashMap<>();
                    for (int i = 0; i < chosen.size(); i++) {
                        texts.put(LanguageCode.of(chosen.get(i)), values.get(i));
                    }
                    return new LocalisedText(texts);
                }));
    }

    private static Arbitrary<Component> components() {
        Arbitrary<ResourceRequirement> resources = Combinators.combine(Arbitraries.of("study-guide", "nurse"),
                Arbitraries.of("1.5", "2", "1.50")).as((code, hours) ->
                new ResourceRequirement(new CompetenceCode(code), new BigDecimal(hours)));
        return Combinators.combine(Arbitraries.of(ComponentKind.GROUP_SESSION, ComponentKind.SELF_STUDY_MODULE),
                Arbitraries.of(1, 10), Arbitraries.of(60, 90), Arbitraries.of(Setting.class),
                resources.injectNull(0.4)).as(Component::new);
    }

    private static Arbitrary<GroupSize> groupSizes() {
        return Combinators.combine(Arbitraries.of(1, 4), Arbitraries.of(8, 12)).as(GroupSize::new);
    }

    private static Arbitrary<Eligibility> eligibilities() {
        return Combinators.combine(Arbitraries.of(16, 18).injectNull(0.4), Arbitraries.of(64).injectNull(0.4),
                Arbitraries.subsetOf(TargetGroup.NEWLY_ARRIVED, TargetGroup.JOB_SEEKERS)).as(Eligibility::new);
    }

    private static Arbitrary<ApplicationForm> forms() {
        Arbitrary<List<FormField>> fields = orderedSubset(List.of("level", "phone", "previousEducation"))
                .flatMap(keys -> Combinators.combine(keys.stream().map(PackagingDiffPropertiesTest::field).toList())
                        .as(list -> list));
        return Combinators.combine(fields, Arbitraries.of(true, false)).as(ApplicationForm::new);
    }

    private static Arbitrary<FormField> field(String key) {
        Arbitrary<LocalisedText> labels = texts(List.of("sv", "en"), "Nivå", "Level")
                .filter(label -> !label.isEmpty());
        Arbitrary<List<Choice>> choices = orderedSubset(List.of("1", "basic", "advanced"))
                .filter(values -> values.size() >= 2)
                .flatMap(values -> Combinators.combine(values.stream().map(value ->
                        texts(List.of("sv"), "Grund", "Fördjupad").filter(l -> !l.isEmpty())
                                .map(label -> new Choice(value, label))).toList()).as(list -> list));
        Arbitrary<FormField> choice = Combinators.combine(labels, Arbitraries.of(true, false), choices)
                .as((label, required, options) -> new FormField(key, label, FieldType.CHOICE, required, options));
        Arbitrary<FormField> plain = Combinators.combine(labels, Arbitraries.of(FieldType.TEXT, FieldType.NUMBER),
                Arbitraries.of(true, false)).as((label, type, required) -> new FormField(key, label, type, required,
                List.of()));
        return Arbitraries.oneOf(choice, plain);
    }

    private static Arbitrary<CostModel> costModels() {
        Arbitrary<VariantCosts> variants = Combinators.combine(Arbitraries.of("0", "500.00"),
                Arbitraries.of("0", "1200.00"), Arbitraries.of("0", "2000"), Arbitraries.of("0", "4", "4.00"))
                .as((materials, licences, premises, hours) -> new VariantCosts(Money.parse(materials),
                        Money.parse(licences), Money.parse(premises), new BigDecimal(hours)));
        return Combinators.combine(Arbitraries.of("450.00", "475"), variants.injectNull(0.3),
                variants.injectNull(0.3)).as((rate, digital, physical) ->
                new CostModel(Money.parse(rate), digital, physical));
    }

    /** Some of the values, in any order. */
    private static Arbitrary<List<String>> orderedSubset(List<String> values) {
        return Arbitraries.shuffle(values).flatMap(order -> Arbitraries.integers().between(0, order.size())
                .map(n -> List.copyOf(order.subList(0, n))));
    }

    /** A content under construction by the generator. */
    private static final class Draft {
        private LocalisedText titles;
        private LocalisedText descriptions;
        private Phase phase;
        private ServiceArea serviceArea;
        private Set<TargetGroup> targetGroups;
        private DeliveryMode deliveryMode;
        private Set<LanguageCode> languages;
        private List<Component> components;
        private GroupSize groupSize;
        private Eligibility eligibility;
        private ApplicationForm form;
        private List<MicroCredentialRef> credentials;
        private CostModel costs;
        private Money price;
        private Integer sessionsPerWeek;
        private CostSplitRule splitRule;

        Draft titles(LocalisedText value) {
            titles = value;
            return this;
        }

        Draft descriptions(LocalisedText value) {
            descriptions = value;
            return this;
        }

        Draft phase(Phase value) {
            phase = value;
            return this;
        }

        Draft serviceArea(ServiceArea value) {
            serviceArea = value;
            return this;
        }

        Draft targetGroups(Set<TargetGroup> value) {
            targetGroups = value;
            return this;
        }

        Draft deliveryMode(DeliveryMode value) {
            deliveryMode = value;
            return this;
        }

        Draft languages(Set<LanguageCode> value) {
            languages = value;
            return this;
        }

        Draft components(List<Component> value) {
            components = value;
            return this;
        }

        Draft groupSize(GroupSize value) {
            groupSize = value;
            return this;
        }

        Draft eligibility(Eligibility value) {
            eligibility = value;
            return this;
        }

        Draft form(ApplicationForm value) {
            form = value;
            return this;
        }

        Draft credentials(List<String> codes) {
            credentials = codes.stream().map(MicroCredentialRef::new).toList();
            return this;
        }

        Draft costs(CostModel value) {
            costs = value;
            return this;
        }

        Draft price(Money value) {
            price = value;
            return this;
        }

        Draft sessionsPerWeek(Integer value) {
            sessionsPerWeek = value;
            return this;
        }

        Draft splitRule(CostSplitRule value) {
            splitRule = value;
            return this;
        }

        PackagingContent content() {
            return new PackagingContent(titles, descriptions, phase, serviceArea, targetGroups, deliveryMode,
                    languages, components, groupSize, eligibility, form, credentials, costs, price, sessionsPerWeek,
                    splitRule);
        }
    }
}
