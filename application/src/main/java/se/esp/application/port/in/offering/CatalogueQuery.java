package se.esp.application.port.in.offering;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.esp.application.paging.PageRequest;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A catalogue search. Free text matches words of the titles and descriptions in every language, language-aware:
 * each word of the text as a whole word, an inflected form, the beginning or a part of a word ({@code studie} and
 * {@code vägledning} find {@code studievägledning}), without regard to diacritics and with one typo allowed in
 * longer words; all words must match. Several values of one filter match any of them; different filters must all
 * match; an empty filter matches everything.
 *
 * @param text        {@code null} or blank: no text condition
 * @param minPrice    {@code null}: no lower bound (inclusive)
 * @param maxPrice    {@code null}: no upper bound (inclusive)
 * @param eligibleAge {@code null}: any age; else offerings admitting a participant of this age
 * @param offerings   empty: no restriction; else only these offerings can be hits (the application's capacity
 *                    filter "can start within N days" passes the offerings that can); facets count within them
 * @param sort        {@code null}: {@link CatalogueSort#RELEVANCE} when there is text, else {@link CatalogueSort#TITLE}
 */
public record CatalogueQuery(String text, Set<Phase> phases, Set<ServiceArea> serviceAreas,
                             Set<TargetGroup> targetGroups, Set<LanguageCode> deliveryLanguages,
                             Set<DeliveryMode> deliveryModes, Set<OrganisationId> suppliers, Money minPrice,
                             Money maxPrice, Integer eligibleAge, Set<OfferingId> offerings, CatalogueSort sort,
                             PageRequest page) {

    public static final int MAX_TEXT_LENGTH = 200;

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        phases = enums(phases, Phase.class);
        serviceAreas = enums(serviceAreas, ServiceArea.class);
        targetGroups = enums(targetGroups, TargetGroup.class);
        deliveryModes = enums(deliveryModes, DeliveryMode.class);
        deliveryLanguages = deliveryLanguages == null ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(deliveryLanguages));
        suppliers = suppliers == null ? Set.of() : Collections.unmodifiableSet(new HashSet<>(suppliers));
        offerings = offerings == null ? Set.of() : Collections.unmodifiableSet(new HashSet<>(offerings));
        sort = Objects.requireNonNullElse(sort, text == null ? CatalogueSort.TITLE : CatalogueSort.RELEVANCE);
        page = Objects.requireNonNullElse(page, PageRequest.first());
        Violations violations = new Violations();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            violations.add("q", ViolationCode.TOO_LONG, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (minPrice != null && minPrice.isNegative()) {
            violations.add("minPrice", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            violations.add("minPrice", ViolationCode.OUT_OF_RANGE, "must not be above maxPrice");
        }
        if (eligibleAge != null && (eligibleAge < 0 || eligibleAge > Eligibility.OLDEST)) {
            violations.add("age", ViolationCode.OUT_OF_RANGE, "must be between 0 and " + Eligibility.OLDEST);
        }
        violations.throwIfAny();
    }

    /** Everything on offer, first page, by title. */
    public static CatalogueQuery everything() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> textIfAny() {
        return Optional.ofNullable(text);
    }

    private static <E extends Enum<E>> Set<E> enums(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** For callers that set a few parts: {@code CatalogueQuery.builder().text("arabiska").build()}. */
    public static final class Builder {
        private String text;
        private Set<Phase> phases = Set.of();
        private Set<ServiceArea> serviceAreas = Set.of();
        private Set<TargetGroup> targetGroups = Set.of();
        private Set<LanguageCode> deliveryLanguages = Set.of();
        private Set<DeliveryMode> deliveryModes = Set.of();
        private Set<OrganisationId> suppliers = Set.of();
        private Money minPrice;
        private Money maxPrice;
        private Integer eligibleAge;
        private Set<OfferingId> offerings = Set.of();
        private CatalogueSort sort;
        private PageRequest page = PageRequest.first();

        private Builder() {
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder phases(Phase... values) {
            this.phases = Set.of(values);
            return this;
        }

        public Builder serviceAreas(ServiceArea... values) {
            this.serviceAreas = Set.of(values);
            return this;
        }

        public Builder targetGroups(TargetGroup... values) {
            this.targetGroups = Set.of(values);
            return this;
        }

        public Builder deliveryLanguages(String... codes) {
            Set<LanguageCode> languages = new HashSet<>();
            for (String code : codes) {
                languages.add(LanguageCode.of(code));
            }
            this.deliveryLanguages = languages;
            return this;
        }

        public Builder deliveryModes(DeliveryMode... values) {
            this.deliveryModes = Set.of(values);
            return this;
        }

        public Builder suppliers(OrganisationId... values) {
            this.suppliers = Set.of(values);
            return this;
        }

        public Builder price(Money min, Money max) {
            this.minPrice = min;
            this.maxPrice = max;
            return this;
        }

        public Builder eligibleAge(Integer age) {
            this.eligibleAge = age;
            return this;
        }

        /** Only these offerings can be hits; an empty set restricts nothing. */
        public Builder offerings(Set<OfferingId> values) {
            this.offerings = values == null ? Set.of() : Set.copyOf(values);
            return this;
        }

        public Builder sort(CatalogueSort value) {
            this.sort = value;
            return this;
        }

        public Builder page(int number, int size) {
            this.page = new PageRequest(number, size);
            return this;
        }

        public CatalogueQuery build() {
            return new CatalogueQuery(text, phases, serviceAreas, targetGroups, deliveryLanguages, deliveryModes,
                    suppliers, minPrice, maxPrice, eligibleAge, offerings, sort, page);
        }
    }
}
