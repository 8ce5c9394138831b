package se.esp.bootstrap;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.application.port.in.resource.ListResourcesQuery;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.bootstrap.demo.DemoCredentials;
import se.esp.bootstrap.demo.DemoFeeSchedule;
import se.esp.bootstrap.demo.DemoMatching;
import se.esp.bootstrap.demo.DemoOrganisations;
import se.esp.bootstrap.demo.DemoPackagings;
import se.esp.bootstrap.identity.LibertyOidcClaims;
import se.esp.bootstrap.identity.TokenVerification;
import se.esp.bootstrap.inbound.InboundApplicationsListener;
import se.esp.bootstrap.matching.MatchingSweep;
import se.esp.bootstrap.relay.EventRelayScheduler;
import se.esp.bootstrap.relay.OutboxPurgeJob;
import se.esp.bootstrap.retention.RetentionJob;
import se.esp.bootstrap.wiring.EspDataSource;

/**
 * What happens once when the application starts: the schema is brought up to date (personal data an earlier release
 * kept in plain text is encrypted with the personal-data key on the way), then demo data is loaded if
 * it is on (organisations, packagings in every state of review, the fee schedule, verified resources and applications
 * that matching places in a co-delivery), then the outbox relay starts
 * publishing events, the inbound applications queue is read, and the personal-data retention job and the purge of
 * published events are scheduled.
 * Demo data is on by default for the
 * embedded database and off otherwise; {@code esp.demo-data.enabled}
 * (environment: {@code ESP_DEMO_DATA_ENABLED}) decides explicitly.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    @EspDataSource
    DataSource dataSource;

    /** The adapters' cipher: the schema migrations encrypt what earlier releases stored in plain text with it. */
    @Inject
    PersonalDataCipher personalData;

    @Inject
    RegisterOrganisationUseCase registerOrganisation;

    @Inject
    se.esp.bootstrap.wiring.InvoiceSettingsProducer invoiceSettings;

    @Inject
    TokenVerification tokenVerification;

    @Inject
    LibertyOidcClaims consoleSignIn;

    @Inject
    EventRelayScheduler eventRelay;

    @Inject
    InboundApplicationsListener inboundApplications;

    @Inject
    ListOrganisationsQuery listOrganisations;

    @Inject
    DraftPackagingUseCase draftPackagings;

    @Inject
    ReviewPackagingUseCase reviewPackagings;

    @Inject
    PublishPackagingUseCase publishPackagings;

    @Inject
    FindPackagingsQuery findPackagings;

    @Inject
    ReviewChecklistUseCase reviewChecklist;

    @Inject
    ManageFeeScheduleUseCase feeSchedule;

    @Inject
    CredentialDefinitionUseCases credentialDefinitions;

    @Inject
    RegisterResourceUseCase registerResource;

    @Inject
    ListResourcesQuery listResources;

    @Inject
    VerifyCompetenceUseCase verifyCompetence;

    @Inject
    SearchCatalogueQuery catalogue;

    @Inject
    SubmitApplicationUseCase submitApplication;

    @Inject
    Clock clock;

    @Inject
    RetentionJob retention;

    @Inject
    OutboxPurgeJob outboxPurge;

    @Inject
    MatchingSweep matchingSweep;

    @Inject
    @ConfigProperty(name = "esp.db.kind", defaultValue = "h2")
    String databaseKind;

    @Inject
    @ConfigProperty(name = "esp.demo-data.enabled")
    Optional<Boolean> demoData;

    private volatile boolean ready;

    void onStart(@Observes Startup startup) {
        // A wrong token setting (a short key, a plain http key location) stops the start here, naming the setting.
        tokenVerification.identities();
        // The console's sign-in through the identity provider without its settings stops the start, naming them.
        consoleSignIn.check();
        // A wrong invoice setting stops the start here, naming the setting, instead of failing at the first invoice.
        var invoices = invoiceSettings.settings();
        LOG.info(() -> "invoice settings: payment terms " + invoices.paymentTermsDays() + " days, "
                + (invoices.payment() == null ? "no payment account" : invoices.payment().kind() + " account")
                + ", " + invoices.buyerReferences().size() + " buyer reference(s)");
        int applied = SchemaMigrations.migrate(dataSource, personalData);
        LOG.info(() -> "schema on " + databaseKind + " is up to date (" + applied + " migrations applied now)");
        if (demoData.orElse("h2".equalsIgnoreCase(databaseKind))) {
            int loaded = DemoOrganisations.load(registerOrganisation);
            LOG.info(() -> "demo data: " + loaded + " organisations registered now");
            boolean defined = DemoCredentials.load(credentialDefinitions);
            LOG.info(() -> "demo data: micro-credential " + (defined ? "defined now" : "already there"));
            int packaged = DemoPackagings.load(new DemoPackagings.UseCases(listOrganisations, draftPackagings,
                    reviewPackagings, publishPackagings, findPackagings, reviewChecklist));
            LOG.info(() -> "demo data: " + packaged + " packagings made now");
            boolean established = DemoFeeSchedule.load(feeSchedule, clock);
            LOG.info(() -> "demo data: fee schedule " + (established ? "established now" : "already there"));
            DemoMatching.Loaded matched = DemoMatching.load(new DemoMatching.UseCases(listOrganisations,
                    registerResource, listResources, verifyCompetence, catalogue, submitApplication), clock);
            LOG.info(() -> "demo data: " + matched.resources() + " resources and " + matched.applications()
                    + " applications made now");
        }
        eventRelay.start();
        inboundApplications.start();
        retention.schedule();
        outboxPurge.schedule();
        matchingSweep.schedule();
        ready = true;
    }

    /** True once the schema is migrated and demo data (if on) is loaded. */
    public boolean isReady() {
        return ready;
    }
}
