package se.esp.adapter.web.console.consumer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.faces.model.SelectItem;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Labels;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.AgeBand;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.PriceBand;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The catalogue's search form: free text, one value per facet (each select's option says how many offerings that
 * value would give, as the use case counts them), the age of a participant and the order. It builds the same
 * {@link CatalogueQuery} the API's parameters build; a value that is not what the select offered is refused under the
 * API's parameter name, so it lands beside its input.
 */
public final class CatalogueSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String phase;
    private String serviceArea;
    private String targetGroup;
    private String language;
    private String mode;
    private String supplier;
    private String priceBand;
    private Integer age;
    /** "Can start within N days"; {@code null}: any time. The use case checks the range. */
    private Integer startWithinDays;
    /** Blank: the query's default, best match first with text, by title without. */
    private String sort;

    /** The query for one page of hits. */
    public CatalogueQuery query(PageRequest page) {
        Violations violations = new Violations();
        Phase phaseValue = parse(violations, "phase", phase, Phase::valueOf);
        ServiceArea area = parse(violations, "serviceArea", serviceArea, ServiceArea::valueOf);
        TargetGroup group = parse(violations, "targetGroup", targetGroup, TargetGroup::valueOf);
        LanguageCode languageValue = parse(violations, "language", language, LanguageCode::of);
        DeliveryMode modeValue = parse(violations, "mode", mode, DeliveryMode::valueOf);
        OrganisationId supplierValue = parse(violations, "supplier", supplier, OrganisationId::parse);
        PriceBand band = parse(violations, "priceBand", priceBand, PriceBand::valueOf);
        CatalogueSort order = parse(violations, "sort", sort, CatalogueSort::valueOf);
        violations.throwIfAny();
        Money min = band == null ? null : Money.ofOre(band.fromOre());
        Money max = band == null || band == PriceBand.FROM_10000 ? null : Money.ofOre(band.belowOre() - 1);
        return new CatalogueQuery(text, one(phaseValue), one(area), one(group), one(languageValue), one(modeValue),
                one(supplierValue), min, max, age, java.util.Set.of(), order, page);
    }

    /** The options of a facet's select: "all" first, then each value with its count. */
    public static List<SelectItem> options(CatalogueResult result, CatalogueDimension dimension, Locale locale) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", ConsoleText.get(locale, "common.all")));
        for (FacetCount facet : result.facets().getOrDefault(dimension, List.of())) {
            items.add(new SelectItem(facet.value(), ConsoleText.get(locale, "catalogue.facetOption",
                    label(dimension, facet, locale), facet.count())));
        }
        return items;
    }

    /** How a facet's value reads: an enum's label, a language's name, a supplier's name. */
    static String label(CatalogueDimension dimension, FacetCount facet, Locale locale) {
        String value = facet.value();
        return switch (dimension) {
            case PHASE -> enumLabel(locale, Phase.valueOf(value));
            case SERVICE_AREA -> enumLabel(locale, ServiceArea.valueOf(value));
            case TARGET_GROUP -> enumLabel(locale, TargetGroup.valueOf(value));
            case DELIVERY_MODE -> enumLabel(locale, DeliveryMode.valueOf(value));
            case PRICE_BAND -> enumLabel(locale, PriceBand.valueOf(value));
            case AGE_BAND -> enumLabel(locale, AgeBand.valueOf(value));
            case DELIVERY_LANGUAGE -> DiffLabels.language(value, locale);
            case SUPPLIER -> facet.label() == null ? value : facet.label();
        };
    }

    private static String enumLabel(Locale locale, Enum<?> value) {
        return ConsoleText.get(locale, Labels.key(value));
    }

    private static <T> Set<T> one(T value) {
        return value == null ? Set.of() : Set.of(value);
    }

    private static <T> T parse(Violations violations, String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return violations.check(field, () -> {
            try {
                return parser.apply(text.strip());
            } catch (IllegalArgumentException e) {
                throw ValidationException.of(field, ViolationCode.UNKNOWN_VALUE, "not one of the values offered");
            }
        });
    }

    public void clear() {
        text = null;
        startWithinDays = null;
        phase = null;
        serviceArea = null;
        targetGroup = null;
        language = null;
        mode = null;
        supplier = null;
        priceBand = null;
        age = null;
        sort = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getPriceBand() {
        return priceBand;
    }

    public void setPriceBand(String priceBand) {
        this.priceBand = priceBand;
    }

    public Integer getStartWithinDays() {
        return startWithinDays;
    }

    public void setStartWithinDays(Integer startWithinDays) {
        this.startWithinDays = startWithinDays;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
