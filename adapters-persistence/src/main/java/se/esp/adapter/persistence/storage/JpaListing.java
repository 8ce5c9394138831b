package se.esp.adapter.persistence.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;

/**
 * A listing of one entity, narrowed by the conditions a filter adds, read a page at a time together with the count
 * of the whole listing: {@code select count(x) from Entity x where …} and
 * {@code select x from Entity x where … order by …} with the same parameters. The entity's JPQL name is its simple
 * class name (no entity here names itself otherwise).
 *
 * @param <E> the entity
 */
public final class JpaListing<E> {

    private final Class<E> entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param alias how the conditions and the order name the entity, e.g. {@code "a"} for {@code a.status} */
    public JpaListing(Class<E> entity, String alias) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.alias = Objects.requireNonNull(alias, "alias");
    }

    /** Narrows the listing by {@code condition}, which names the parameter {@code :name} bound to {@code value}. */
    public JpaListing<E> where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /**
     * One page in the given order (which must end with a unique column, so pages do not overlap), mapped to the
     * domain, with the number of entities in the whole listing.
     */
    public <T> Page<T> page(EntityManager entityManager, String orderBy, PageRequest page, Function<E, T> toDomain) {
        String from = " from " + entity.getSimpleName() + " " + alias
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        TypedQuery<Long> count = entityManager.createQuery("select count(" + alias + ")" + from, Long.class);
        TypedQuery<E> rows = entityManager.createQuery("select " + alias + from + " order by " + orderBy, entity);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<T> items = rows.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size())
                .getResultList().stream().map(toDomain).toList();
        return new Page<>(items, page, count.getSingleResult());
    }
}
