package se.esp.domain.packaging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * What changed between two versions of a packaging's content, field by field: what a coordinator reads when a
 * returned packaging comes back, or when a published one is revised, instead of comparing two long documents by eye.
 * A pure function of the two contents ({@link #between}); it knows nothing of where they came from.
 *
 * <p><b>Paths</b> name each field as the API's content does: {@code titles.sv}, {@code phase},
 * {@code components[2].durationMinutes}, {@code components[0].resource.hours}, {@code groupSize.max},
 * {@code eligibility.minAge}, {@code identityNumberRequired}, {@code costModel.hourlyRate},
 * {@code costModel.physical.premises}, {@code pricePerParticipant}. Components have no identity of their own, so they
 * are compared by position: {@code components[2]} is the third component in both versions. Form fields are compared
 * by their key and choices by their value — a field inserted at the top must not make every field after it look
 * changed — and are named so: {@code applicationForm[key=level].required},
 * {@code applicationForm[key=level].choices[value=basic].label.sv}. A list index would name different fields in the
 * two versions; the key names the same one in both. When fields present in both versions come in another order, one
 * change at {@code applicationForm} lists the keys in their order before and after (the same for a field's
 * {@code choices}).</p>
 *
 * <p><b>Values</b> are display text: texts as written, enums by name, amounts in kronor with two decimals
 * ({@code 450.00}), hours as plain decimals ({@code 1.5}), yes/no as {@code true}/{@code false}, target groups and
 * languages by name, sorted and joined with {@code ", "}, micro-credentials in their order. A field that is not
 * given — {@code null}, an empty set, a text in a language the version lacks, anything inside a component, form field
 * or cost model the version does not have — has no value: going from none to one is {@link ChangeKind#ADDED}, from
 * one to none {@link ChangeKind#REMOVED}. So a new component shows as one addition per field of it, each at its own
 * path. Equal values give no change: the diff of a content with itself is empty.</p>
 *
 * <p>Changes come in the order of the content's fields as the API writes them; form fields in the newer version's
 * order, fields it no longer has after them.</p>
 *
 * @param changes every field that differs, each once
 */
public record PackagingDiff(List<ContentChange> changes) {

    public PackagingDiff {
        changes = List.copyOf(changes);
    }

    /** What changed from {@code before} (the older version) to {@code after}. */
    public static PackagingDiff between(PackagingContent before, PackagingContent after) {
        Walk walk = new Walk();
        walk.content(before, after);
        return new PackagingDiff(walk.changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The paths of the changed fields, in order. */
    public List<String> paths() {
        return changes.stream().map(ContentChange::path).toList();
    }

    /** Walks both contents side by side; a side that lacks a part is walked as having no value in it. */
    private static final class Walk {

        private final List<ContentChange> changes = new ArrayList<>();

        void content(PackagingContent b, PackagingContent a) {
            texts("titles", b.titles(), a.titles());
            texts("descriptions", b.descriptions(), a.descriptions());
            leaf("phase", name(b.phase()), name(a.phase()));
            leaf("serviceArea", name(b.serviceArea()), name(a.serviceArea()));
            leaf("targetGroups", names(b.targetGroups()), names(a.targetGroups()));
            leaf("deliveryMode", name(b.deliveryMode()), name(a.deliveryMode()));
            leaf("deliveryLanguages", languages(b.deliveryLanguages()), languages(a.deliveryLanguages()));
            components(b.components(), a.components());
            groupSize(b.groupSize(), a.groupSize());
            eligibility(b.eligibility(), a.eligibility());
            form(b.applicationForm().fields(), a.applicationForm().fields());
            leaf("identityNumberRequired", Boolean.toString(b.applicationForm().identityNumberRequired()),
                    Boolean.toString(a.applicationForm().identityNumberRequired()));
            leaf("microCredentials", joined(b.microCredentials().stream().map(MicroCredentialRef::code).toList()),
                    joined(a.microCredentials().stream().map(MicroCredentialRef::code).toList()));
            costModel(b.costModel(), a.costModel());
            leaf("pricePerParticipant", amount(b.pricePerParticipant()), amount(a.pricePerParticipant()));
            leaf("sessionsPerWeek", number(b.sessionsPerWeek()), number(a.sessionsPerWeek()));
            leaf("costSplitRule", name(b.costSplitRule()), name(a.costSplitRule()));
        }

        private void components(List<Component> before, List<Component> after) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                Component b = i < before.size() ? before.get(i) : null;
                Component a = i < after.size() ? after.get(i) : null;
                String path = "components[" + i + "]";
                leaf(path + ".kind", b == null ? null : name(b.kind()), a == null ? null : name(a.kind()));
                leaf(path + ".count", b == null ? null : number(b.count()), a == null ? null : number(a.count()));
                leaf(path + ".durationMinutes", b == null ? null : number(b.durationMinutes()),
                        a == null ? null : number(a.durationMinutes()));
                leaf(path + ".setting", b == null ? null : name(b.setting()), a == null ? null : name(a.setting()));
                ResourceRequirement rb = b == null ? null : b.resource();
                ResourceRequirement ra = a == null ? null : a.resource();
                leaf(path + ".resource.competence", rb == null ? null : rb.competence().value(),
                        ra == null ? null : ra.competence().value());
                leaf(path + ".resource.hours", rb == null ? null : hours(rb.hours()),
                        ra == null ? null : hours(ra.hours()));
            }
        }

        private void groupSize(GroupSize b, GroupSize a) {
            leaf("groupSize.min", b == null ? null : number(b.min()), a == null ? null : number(a.min()));
            leaf("groupSize.max", b == null ? null : number(b.max()), a == null ? null : number(a.max()));
        }

        private void eligibility(Eligibility b, Eligibility a) {
            leaf("eligibility.minAge", b == null ? null : number(b.minAge()), a == null ? null : number(a.minAge()));
            leaf("eligibility.maxAge", b == null ? null : number(b.maxAge()), a == null ? null : number(a.maxAge()));
            leaf("eligibility.targetGroups", b == null ? null : names(b.targetGroups()),
                    a == null ? null : names(a.targetGroups()));
        }

        private void form(List<FormField> before, List<FormField> after) {
            Map<String, FormField> older = byKey(before, FormField::key);
            Map<String, FormField> newer = byKey(after, FormField::key);
            order("applicationForm", older.keySet(), newer.keySet());
            for (FormField a : after) {
                field("applicationForm[key=" + a.key() + "]", older.get(a.key()), a);
            }
            for (FormField b : before) {
                if (!newer.containsKey(b.key())) {
                    field("applicationForm[key=" + b.key() + "]", b, null);
                }
            }
        }

        private void field(String path, FormField b, FormField a) {
            leaf(path + ".key", b == null ? null : b.key(), a == null ? null : a.key());
            texts(path + ".label", b == null ? LocalisedText.empty() : b.label(),
                    a == null ? LocalisedText.empty() : a.label());
            leaf(path + ".type", b == null ? null : name(b.type()), a == null ? null : name(a.type()));
            leaf(path + ".required", b == null ? null : Boolean.toString(b.required()),
                    a == null ? null : Boolean.toString(a.required()));
            List<Choice> before = b == null ? List.of() : b.choices();
            List<Choice> after = a == null ? List.of() : a.choices();
            Map<String, Choice> older = byKey(before, Choice::value);
            Map<String, Choice> newer = byKey(after, Choice::value);
            order(path + ".choices", older.keySet(), newer.keySet());
            for (Choice choice : after) {
                choice(path + ".choices[value=" + choice.value() + "]", older.get(choice.value()), choice);
            }
            for (Choice choice : before) {
                if (!newer.containsKey(choice.value())) {
                    choice(path + ".choices[value=" + choice.value() + "]", choice, null);
                }
            }
        }

        private void choice(String path, Choice b, Choice a) {
            leaf(path + ".value", b == null ? null : b.value(), a == null ? null : a.value());
            texts(path + ".label", b == null ? LocalisedText.empty() : b.label(),
                    a == null ? LocalisedText.empty() : a.label());
        }

        private void costModel(CostModel b, CostModel a) {
            leaf("costModel.hourlyRate", b == null ? null : amount(b.hourlyRate()),
                    a == null ? null : amount(a.hourlyRate()));
            variant("costModel.digital", b == null ? null : b.digital(), a == null ? null : a.digital());
            variant("costModel.physical", b == null ? null : b.physical(), a == null ? null : a.physical());
        }

        private void variant(String path, VariantCosts b, VariantCosts a) {
            leaf(path + ".materials", b == null ? null : amount(b.materials()), a == null ? null : amount(a.materials()));
            leaf(path + ".licences", b == null ? null : amount(b.licences()), a == null ? null : amount(a.licences()));
            leaf(path + ".premises", b == null ? null : amount(b.premises()), a == null ? null : amount(a.premises()));
            leaf(path + ".extraResourceHours", b == null ? null : hours(b.extraResourceHours()),
                    a == null ? null : hours(a.extraResourceHours()));
        }

        private void texts(String path, LocalisedText b, LocalisedText a) {
            Set<LanguageCode> languages = new TreeSet<>(b.languages());
            languages.addAll(a.languages());
            for (LanguageCode language : languages) {
                leaf(path + "." + language.value(), b.in(language).orElse(null), a.in(language).orElse(null));
            }
        }

        /**
         * One change listing every key in its order, when the keys both sides have are in another order; additions
         * and removals alone are no change of order (they are reported where they are).
         */
        private void order(String path, Collection<String> before, Collection<String> after) {
            List<String> kept = before.stream().filter(after::contains).toList();
            List<String> keptAfter = after.stream().filter(before::contains).toList();
            if (!kept.equals(keptAfter)) {
                changes.add(new ContentChange(path, ChangeKind.CHANGED, String.join(", ", before),
                        String.join(", ", after)));
            }
        }

        private void leaf(String path, String before, String after) {
            ContentChange change = ContentChange.of(path, before, after);
            if (change != null) {
                changes.add(change);
            }
        }

        private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
            Map<String, T> byKey = new LinkedHashMap<>();
            items.forEach(item -> byKey.put(key.apply(item), item));
            return byKey;
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }

        private static String names(Set<? extends Enum<?>> values) {
            return joined(values.stream().map(Enum::name).sorted().toList());
        }

        private static String languages(Set<LanguageCode> languages) {
            return joined(languages.stream().map(LanguageCode::value).sorted().toList());
        }

        private static String joined(List<String> values) {
            return values.isEmpty() ? null : String.join(", ", values);
        }

        private static String number(Integer value) {
            return value == null ? null : value.toString();
        }

        private static String amount(Money amount) {
            return amount == null ? null : amount.toPlainString();
        }

        /** {@code 1.50} and {@code 1.5} are the same hours, so neither scale is a change. */
        private static String hours(BigDecimal hours) {
            return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
        }
    }
}
