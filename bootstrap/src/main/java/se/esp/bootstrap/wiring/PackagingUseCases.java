package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.packaging.PackagingService;
import se.esp.application.packaging.ReviewChecklistService;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.DiffPackagingQuery;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.application.port.in.packaging.ReviewQueueQuery;
import se.esp.application.port.out.TransactionFeeRates;

/** The packaging and review-checklist services, built once with their adapters, under every use case. */
@ApplicationScoped
public class PackagingUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    TransactionFeeRates feeRates;

    @Inject
    Clock clock;

    private PackagingService packagings;
    private ReviewChecklistService checklists;

    @PostConstruct
    void build() {
        packagings = new PackagingService(persistence.packagings(), persistence.offerings(),
                persistence.organisations(), persistence.reviewChecklists(), persistence.catalogue(), feeRates,
                persistence.outbox(), persistence.transactions(), clock);
        checklists = new ReviewChecklistService(persistence.reviewChecklists(), persistence.outbox(),
                persistence.transactions(), clock);
    }

    @Produces
    @ApplicationScoped
    DraftPackagingUseCase draftPackaging() {
        return packagings;
    }

    @Produces
    @ApplicationScoped
    ReviewPackagingUseCase reviewPackaging() {
        return packagings;
    }

    @Produces
    @ApplicationScoped
    PublishPackagingUseCase publishPackaging() {
        return packagings;
    }

    @Produces
    @ApplicationScoped
    FindPackagingsQuery findPackagings() {
        return packagings;
    }

    @Produces
    @ApplicationScoped
    CostPackagingQuery costPackaging() {
        return packagings;
    }

    @Produces
    @ApplicationScoped
    DiffPackagingQuery diffPackaging() {
        return packagings;
    }

    @Produces
    @ApplicationScoped
    ReviewChecklistUseCase reviewChecklist() {
        return checklists;
    }

    @Produces
    @ApplicationScoped
    ReviewQueueQuery reviewQueue() {
        return packagings;
    }
}
