package se.esp.adapter.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.participant.PersonalDataCipher;

/**
 * Inside a Jakarta EE server: the JPA adapters over the persistence unit the server built from
 * {@code META-INF/persistence.xml} on its data source {@code jdbc/esp}.
 */
@ApplicationScoped
public class ServerPersistence {

    @PersistenceUnit(unitName = JpaPersistence.UNIT)
    private EntityManagerFactory entityManagerFactory;

    /** Produced by the wiring from configuration (the key is the operator's, never the adapter's). */
    @Inject
    private PersonalDataCipher personalData;

    @Produces
    @ApplicationScoped
    PersistenceAdapters persistence() {
        return new JpaPersistence(entityManagerFactory, personalData);
    }
}
