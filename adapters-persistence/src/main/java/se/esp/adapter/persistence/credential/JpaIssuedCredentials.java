package se.esp.adapter.persistence.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;

/** Issued credentials in {@code issued_credential}. */
public final class JpaIssuedCredentials implements IssuedCredentials {

    private final JpaStorage storage;

    public JpaIssuedCredentials(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void addAll(List<IssuedCredential> credentials) {
        EntityManager entityManager = storage.entityManager();
        credentials.forEach(c -> entityManager.persist(IssuedCredentialJpaEntity.newRow(c)));
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isConstraintViolation(e)) {
                throw new IllegalStateException("a credential of the same definition from the same delivery was "
                        + "already issued to the participant", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<IssuedCredential> findById(CredentialId id) {
        return Optional.ofNullable(storage.entityManager().find(IssuedCredentialJpaEntity.class, id.toString()))
                .map(IssuedCredentialJpaEntity::toDomain);
    }

    @Override
    public Page<IssuedCredential> list(Filter filter, PageRequest page) {
        EntityManager entityManager = storage.entityManager();
        List<String> conditions = new ArrayList<>();
        List<String[]> parameters = new ArrayList<>();
        narrow(conditions, parameters, "supplierId", filter.supplier());
        narrow(conditions, parameters, "consumerId", filter.consumer());
        narrow(conditions, parameters, "participantId", filter.participant());
        narrow(conditions, parameters, "deliveryId", filter.delivery());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(c) from IssuedCredentialJpaEntity c" + where, Long.class);
        TypedQuery<IssuedCredentialJpaEntity> rows = entityManager.createQuery(
                "select c from IssuedCredentialJpaEntity c" + where + " order by c.issuedAt desc, c.id",
                IssuedCredentialJpaEntity.class);
        for (String[] parameter : parameters) {
            count.setParameter(parameter[0], parameter[1]);
            rows.setParameter(parameter[0], parameter[1]);
        }
        List<IssuedCredential> items = rows.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size())
                .getResultList().stream().map(IssuedCredentialJpaEntity::toDomain).toList();
        return new Page<>(items, page, count.getSingleResult());
    }

    private static void narrow(List<String> conditions, List<String[]> parameters, String field, Object value) {
        if (value != null) {
            conditions.add("c." + field + " = :" + field);
            parameters.add(new String[] {field, value.toString()});
        }
    }
}
