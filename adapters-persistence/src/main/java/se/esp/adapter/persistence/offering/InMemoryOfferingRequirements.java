package se.esp.adapter.persistence.offering;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.application.port.out.OfferingRequirements;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.shared.OfferingVersionId;

/** The requirements of the asked versions whose offering is on offer, read from the in-memory offerings. */
public final class InMemoryOfferingRequirements implements OfferingRequirements {

    private final InMemoryOfferings offerings;

    public InMemoryOfferingRequirements(InMemoryOfferings offerings) {
        this.offerings = Objects.requireNonNull(offerings, "offerings");
    }

    @Override
    public List<OfferingRequirement> onOffer(Collection<OfferingVersionId> versions) {
        return versions.stream().distinct()
                .map(id -> offerings.findByVersion(id).filter(o -> o.isOnOffer()).flatMap(o -> o.version(id)))
                .flatMap(Optional::stream)
                .map(v -> v.matchingRequirement())
                .flatMap(Optional::stream)
                .toList();
    }
}
