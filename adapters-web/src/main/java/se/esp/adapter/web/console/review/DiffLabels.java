package se.esp.adapter.web.console.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Formats;
import se.esp.domain.packaging.ContentChange;
import se.esp.domain.shared.Money;

/**
 * Says a {@link ContentChange} in the reader's words: the field's path ({@code components[1].durationMinutes}) as
 * the bundle names it ("Komponent 2: längd (minuter)"), enum names as their labels and amounts in kronor as the
 * console writes them. A path the bundle does not name (a form field's choice, say) stays as the API writes it, so
 * nothing that changed is ever hidden for want of a label.
 */
public final class DiffLabels {

    private static final Pattern TEXT = Pattern.compile("(titles|descriptions)\\.([a-z]{2,3})");
    private static final Pattern COMPONENT = Pattern.compile("components\\[(\\d+)]\\.(.+)");

    /** Which enum (by simple name) a field's values are constants of; several are joined with ", ". */
    private static final Map<String, String> ENUM_FIELDS = Map.of(
            "phase", "Phase", "serviceArea", "ServiceArea", "targetGroups", "TargetGroup",
            "deliveryMode", "DeliveryMode", "eligibility.targetGroups", "TargetGroup", "costSplitRule",
            "CostSplitRule", "kind", "ComponentKind", "setting", "Setting");

    private DiffLabels() {
    }

    /** The field's name for a reader, or the raw path when the bundle has none. */
    public static String field(String path, Locale locale) {
        Matcher text = TEXT.matcher(path);
        if (text.matches()) {
            return ConsoleText.get(locale, "review.diff.path." + text.group(1), language(text.group(2), locale));
        }
        Matcher component = COMPONENT.matcher(path);
        if (component.matches()) {
            int number = Integer.parseInt(component.group(1)) + 1;
            return ConsoleText.find(locale, "review.diff.path.component." + component.group(2))
                    .map(part -> ConsoleText.get(locale, "review.diff.component", number, part)).orElse(path);
        }
        return ConsoleText.find(locale, "review.diff.path." + path).orElse(path);
    }

    /** A value as the reader knows it; {@code null} (no value) as the bundle's dash. */
    public static String value(String path, String value, Locale locale) {
        if (value == null) {
            return ConsoleText.get(locale, "review.diff.none");
        }
        Matcher component = COMPONENT.matcher(path);
        String field = component.matches() ? component.group(2) : path;
        String enumName = ENUM_FIELDS.get(field);
        if (enumName != null) {
            return Arrays.stream(value.split(", ")).map(name -> ConsoleText.find(locale,
                    "enum." + enumName + "." + name).orElse(name)).collect(Collectors.joining(", "));
        }
        if (field.equals("deliveryLanguages")) {
            return Arrays.stream(value.split(", ")).map(code -> language(code, locale))
                    .collect(Collectors.joining(", "));
        }
        if (isAmount(field)) {
            return amount(value).map(m -> Formats.money(m, locale)).orElse(value);
        }
        if (value.equals("true") || value.equals("false")) {
            return ConsoleText.get(locale, "common." + (value.equals("true") ? "yes" : "no"));
        }
        return value;
    }

    /** A language code in the reader's language ({@code ar} → "arabiska"). */
    public static String language(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    private static boolean isAmount(String field) {
        return field.equals("pricePerParticipant") || field.equals("costModel.hourlyRate")
                || field.matches("costModel\\.(digital|physical)\\.(materials|licences|premises)");
    }

    private static Optional<Money> amount(String text) {
        try {
            return Optional.of(Money.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
