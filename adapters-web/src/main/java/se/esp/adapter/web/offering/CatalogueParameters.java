package se.esp.adapter.web.offering;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.esp.adapter.web.json.Parameters;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Violations;

/**
 * The catalogue's query parameters. A filter may be repeated ({@code ?language=ar&language=so}) or comma-separated
 * ({@code ?language=ar,so}); the facet of each filter in the answer carries the filter's own name.
 */
final class CatalogueParameters {

    private CatalogueParameters() {
    }

    static String facetName(CatalogueDimension dimension) {
        return switch (dimension) {
            case PHASE -> "phase";
            case SERVICE_AREA -> "serviceArea";
            case TARGET_GROUP -> "targetGroup";
            case DELIVERY_LANGUAGE -> "language";
            case DELIVERY_MODE -> "mode";
            case SUPPLIER -> "supplier";
            case PRICE_BAND -> "priceBand";
            case AGE_BAND -> "ageBand";
        };
    }

    /** A search: the catalogue's query and "can start within N days" ({@code null}: no such limit). */
    record Search(CatalogueQuery query, Integer startWithinDays) {
    }

    static Search search(String text, List<String> phase, List<String> serviceArea, List<String> targetGroup,
                         List<String> language, List<String> mode, List<String> supplier, String minPrice,
                         String maxPrice, String age, String startWithinDays, String sort, String page, String size) {
        Violations violations = new Violations();
        Integer days = Parameters.wholeNumber(violations, "startWithinDays", startWithinDays, 0,
                SearchCatalogueQuery.MAX_START_WITHIN_DAYS);
        Set<Phase> phases = enums(violations, "phase", phase, Phase.class);
        Set<ServiceArea> areas = enums(violations, "serviceArea", serviceArea, ServiceArea.class);
        Set<TargetGroup> groups = enums(violations, "targetGroup", targetGroup, TargetGroup.class);
        Set<DeliveryMode> modes = enums(violations, "mode", mode, DeliveryMode.class);
        Set<LanguageCode> languages = new HashSet<>();
        for (String code : split(language)) {
            LanguageCode parsed = violations.check("language", () -> LanguageCode.of(code));
            if (parsed != null) {
                languages.add(parsed);
            }
        }
        Set<OrganisationId> suppliers = new HashSet<>();
        for (String id : split(supplier)) {
            OrganisationId parsed = Parameters.queryId(violations, "supplier", id, OrganisationId::parse);
            if (parsed != null) {
                suppliers.add(parsed);
            }
        }
        Money min = Parameters.amount(violations, "minPrice", minPrice);
        Money max = Parameters.amount(violations, "maxPrice", maxPrice);
        Integer eligibleAge = Parameters.wholeNumber(violations, "age", age, 0, Eligibility.OLDEST);
        CatalogueSort order = Parameters.enumFilter(violations, "sort", sort, CatalogueSort.class);
        var pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        return new Search(new CatalogueQuery(text, phases, areas, groups, languages, modes, suppliers, min, max,
                eligibleAge, Set.of(), order, pageRequest), days);
    }

    private static <E extends Enum<E>> Set<E> enums(Violations violations, String field, List<String> values,
                                                    Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : split(values)) {
            E parsed = Parameters.enumValue(violations, field, value, type);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    private static List<String> split(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
