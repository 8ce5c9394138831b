package se.esp.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.LanguageCode;

/** Where resources are kept. Called inside {@link Transactions#inTransaction}. */
public interface Resources {

    Optional<Resource> findById(ResourceId id);

    Optional<Resource> findByPersonUserId(String personUserId);

    /** Matching resources sorted by display name, then id, so paging is stable. */
    Page<Resource> list(ResourceFilter filter, PageRequest page);

    /** Every resource matching may assign (status {@code VERIFIED} or {@code ACTIVE}), sorted by id as text: the supply. */
    List<Resource> matchable();

    /**
     * The matchable resources that speak one of the languages, sorted by id as text: the supply a pass over some
     * queues needs (it keeps those that serve one). Storage that can select them overrides this.
     */
    default List<Resource> matchableSpeaking(Collection<LanguageCode> languages) {
        return matchable().stream().filter(r -> r.profile().languages().stream().anyMatch(languages::contains))
                .toList();
    }

    /**
     * Stores a new resource (version 0) or a change to a stored one and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if the stored version is not the one the
     *         resource was read at; {@code RESOURCE_ALREADY_REGISTERED} if another resource has the same person
     */
    Resource save(Resource resource);
}
