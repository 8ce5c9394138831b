package se.esp.domain.offering;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What the national catalogue knows of an offering on offer: its current version's searchable facts, flattened.
 * Target groups are the packaging's and its eligibility's together: a consumer looking for services for seniors
 * finds both.
 *
 * @param minAge {@code null}: no lower age limit
 * @param maxAge {@code null}: no upper age limit
 */
public record CatalogueEntry(OfferingId offeringId, OfferingVersionId versionId, int versionNumber,
                             OrganisationId supplierId, String supplierName, LocalisedText titles,
                             LocalisedText descriptions, Phase phase, ServiceArea serviceArea,
                             Set<TargetGroup> targetGroups, Set<LanguageCode> deliveryLanguages,
                             DeliveryMode deliveryMode, Money pricePerParticipant, Integer minAge, Integer maxAge,
                             Instant publishedAt) {

    public CatalogueEntry {
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(descriptions, "descriptions");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(serviceArea, "serviceArea");
        Objects.requireNonNull(deliveryMode, "deliveryMode");
        Objects.requireNonNull(pricePerParticipant, "pricePerParticipant");
        Objects.requireNonNull(publishedAt, "publishedAt");
        targetGroups = targetGroups.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
        deliveryLanguages = Collections.unmodifiableSet(new TreeSet<>(deliveryLanguages));
    }

    /** The entry of an offering's current version. */
    public static CatalogueEntry of(Offering offering, String supplierName) {
        OfferingVersion current = offering.current();
        PackagingContent content = current.content();
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        groups.addAll(content.targetGroups());
        groups.addAll(content.eligibilityOrAnybody().targetGroups());
        return new CatalogueEntry(offering.id(), current.id(), current.number(), offering.supplier(), supplierName,
                content.titles(), content.descriptions(), content.phase(), content.serviceArea(), groups,
                content.deliveryLanguages(), content.deliveryMode(), content.pricePerParticipant(),
                content.eligibilityOrAnybody().minAge(), content.eligibilityOrAnybody().maxAge(),
                current.publishedAt());
    }

    /** The same entry under the supplier's new name (the organisation was renamed; the offering is unchanged). */
    public CatalogueEntry withSupplierName(String newName) {
        return new CatalogueEntry(offeringId, versionId, versionNumber, supplierId, newName, titles, descriptions,
                phase, serviceArea, targetGroups, deliveryLanguages, deliveryMode, pricePerParticipant, minAge,
                maxAge, publishedAt);
    }

    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }
}
