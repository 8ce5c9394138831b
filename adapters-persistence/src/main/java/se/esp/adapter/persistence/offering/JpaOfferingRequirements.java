package se.esp.adapter.persistence.offering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import se.esp.adapter.persistence.packaging.ContentJson;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The requirements of the asked offering versions whose offering is on offer, from {@code offering_version}. A
 * version row never changes, so its requirement is worked out from the content once and remembered; the offering's
 * status is read every time, so a suspension takes effect on the next matching run of every server.
 */
public final class JpaOfferingRequirements implements OfferingRequirements {

    /** Ids per query: keeps the IN list well under every database's limit. */
    private static final int CHUNK = 500;

    private final JpaStorage storage;
    private final Map<String, Optional<OfferingRequirement>> derived = new ConcurrentHashMap<>();

    public JpaOfferingRequirements(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public List<OfferingRequirement> onOffer(Collection<OfferingVersionId> versions) {
        List<String> ids = versions.stream().distinct().map(OfferingVersionId::toString).toList();
        List<OfferingRequirement> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            storage.mappedAndReleased(storage.entityManager().createQuery(
                            "select v from OfferingVersionJpaEntity v, OfferingJpaEntity o"
                                    + " where o.id = v.offeringId and o.status = :onOffer and v.id in :ids",
                            OfferingVersionJpaEntity.class)
                    .setParameter("onOffer", OfferingStatus.ON_OFFER)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList(), row -> derived.computeIfAbsent(row.id, id -> new OfferingVersion(
                            new OfferingVersionId(UUID.fromString(id)), row.versionNumber, row.draftNumber,
                            ContentJson.readContent(row.content), row.publishedAt).matchingRequirement()))
                    .forEach(requirement -> requirement.ifPresent(result::add));
        }
        return result;
    }
}
