package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.fee.FeeScheduleService;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.port.in.fee.PreviewJointCostQuery;
import se.esp.application.port.in.project.ScalingProjectUseCases;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.application.project.ScalingProjectService;
import se.esp.application.settlement.FeeSettlementSource;
import se.esp.application.settlement.SettlementService;
import se.esp.domain.settlement.OwedMoneyDocument;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The fee schedule, scaling project and settlement services, built once with their adapters. The delivery side of
 * settlement is the {@link DeliverySettlementSource} bean of the deliveries area ({@link DeliveryUseCases}).
 */
@ApplicationScoped
public class FeeUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    DeliverySettlementSource deliveries;

    @Inject
    Config config;

    private FeeScheduleService feeSchedule;
    private ScalingProjectService scalingProjects;
    private SettlementService settlement;

    @PostConstruct
    void build() {
        feeSchedule = new FeeScheduleService(persistence.feeSchedules(), persistence.organisations(),
                persistence.settlementPeriods(), persistence.outbox(), persistence.transactions(), clock);
        scalingProjects = new ScalingProjectService(persistence.scalingProjects(), persistence.organisations(),
                persistence.settlementPeriods(), persistence.outbox(), persistence.transactions(), clock);
        settlement = new SettlementService(persistence.settlementPeriods(), persistence.organisations(),
                new FeeSettlementSource(persistence.feeSchedules(), persistence.scalingProjects(),
                        persistence.organisations()), deliveries, persistence.outbox(), persistence.transactions(),
                clock, owedMoneyDocument(config.getOptionalValue(OWED_DOCUMENT, String.class).orElse(null)));
    }

    /** What organisations get for the money they are owed: {@code self-billing-invoice} (default) or {@code payment-advice}. */
    public static final String OWED_DOCUMENT = "esp.settlement.owed-document";

    static OwedMoneyDocument owedMoneyDocument(String value) {
        if (value == null || value.isBlank()) {
            return OwedMoneyDocument.SELF_BILLING_INVOICE;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "self-billing-invoice" -> OwedMoneyDocument.SELF_BILLING_INVOICE;
            case "payment-advice" -> OwedMoneyDocument.PAYMENT_ADVICE;
            default -> throw ValidationException.of(OWED_DOCUMENT, ViolationCode.UNKNOWN_VALUE,
                    "'" + value + "' is not one of self-billing-invoice, payment-advice");
        };
    }

    @Produces
    @ApplicationScoped
    ManageFeeScheduleUseCase manageFeeSchedule() {
        return feeSchedule;
    }

    @Produces
    @ApplicationScoped
    GetFeeScheduleQuery getFeeSchedule() {
        return feeSchedule;
    }

    @Produces
    @ApplicationScoped
    PreviewJointCostQuery previewJointCost() {
        return feeSchedule;
    }

    @Produces
    @ApplicationScoped
    ScalingProjectUseCases scalingProjects() {
        return scalingProjects;
    }

    @Produces
    @ApplicationScoped
    SettlementUseCases settlement() {
        return settlement;
    }
}
