package se.esp.adapter.persistence.jpa;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
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

    /**
     * The catalogue's search index is kept in the directory named by the system property
     * {@value #CATALOGUE_INDEX_PROPERTY} (or the environment variable {@value #CATALOGUE_INDEX_VARIABLE}), so a
     * restarted server answers at once; without it, in memory.
     */
    @Produces
    @ApplicationScoped
    PersistenceAdapters persistence() {
        return new JpaPersistence(entityManagerFactory, personalData, catalogueIndexDirectory());
    }

    void close(@Disposes PersistenceAdapters adapters) {
        if (adapters instanceof JpaPersistence jpa) {
            jpa.closeCatalogueIndex();
        }
    }

    static final String CATALOGUE_INDEX_PROPERTY = "esp.catalogue.index.dir";
    static final String CATALOGUE_INDEX_VARIABLE = "ESP_CATALOGUE_INDEX_DIR";

    private static Path catalogueIndexDirectory() {
        String configured = System.getProperty(CATALOGUE_INDEX_PROPERTY, System.getenv(CATALOGUE_INDEX_VARIABLE));
        return configured == null || configured.isBlank() ? null : Path.of(configured.strip());
    }
}
