package se.esp.adapter.web.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeCharge;
import se.esp.domain.fee.FeeKind;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.settlement.OwedMoneyDocument;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.Reversal;
import se.esp.domain.settlement.SettlementCalculator;
import se.esp.domain.settlement.SettlementDocuments;
import se.esp.domain.settlement.SettlementInput;
import se.esp.domain.settlement.SettlementResult;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.settlement.Statement;
import se.esp.domain.shared.Money;

/**
 * The worked example of DOMAIN.md plus a joint cost and a membership fee, settled, as statements. Real
 * municipalities with their real numbers and populations; the owner is the fictitious demo owner.
 */
final class StatementFixtures {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final Organisation OWNER = organisation("eSP Nationell plattform (fiktiv demoägare)", "802999-0002",
            OrganisationKind.OWNER, null);
    static final Organisation OLOFSTROM = organisation("Olofströms kommun", "212000-0811",
            OrganisationKind.MUNICIPALITY, 13_061L);
    static final Organisation BORLANGE = organisation("Borlänge kommun", "212000-2239",
            OrganisationKind.MUNICIPALITY, 51_424L);
    static final Organisation RONNEBY = organisation("Ronneby kommun", "212000-0837",
            OrganisationKind.MUNICIPALITY, 29_021L);
    static final Organisation MALMO = organisation("Malmö stad", "212000-1124", OrganisationKind.MUNICIPALITY,
            365_252L);
    static final Map<OrganisationId, Organisation> ALL = Map.of(OWNER.id(), OWNER, OLOFSTROM.id(), OLOFSTROM,
            BORLANGE.id(), BORLANGE, RONNEBY.id(), RONNEBY, MALMO.id(), MALMO);

    private StatementFixtures() {
    }

    static SettlementResult november() {
        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)),
                Instant.parse("2026-01-01T00:00:00Z")).schedule();
        SoldDelivery delivery = new SoldDelivery("delivery-study-guidance-ar-1", RONNEBY.id(),
                LocalDate.of(2026, 11, 12), Money.ofKronor(19_500),
                List.of(new Purchase(OLOFSTROM.id(), "application-olofstrom", 2),
                        new Purchase(BORLANGE.id(), "application-borlange", 1)),
                List.of(new ResourceHours("study-guide", MALMO.id(), new BigDecimal("10"), Money.ofKronor(450))));
        List<FeeCharge> fees = List.of(
                new FeeCharge(OLOFSTROM.id(), FeeKind.JOINT_COST, Money.parse("13968.09"), "joint-cost-1",
                        "cost-key:BY_POPULATION", "Gemensam utveckling; \"bokning\", del 13061 av 93506"),
                new FeeCharge(OLOFSTROM.id(), FeeKind.MEMBERSHIP_ENTRY_FEE, Money.ofKronor(10_000), "membership-1",
                        "fee-schedule@2026-01-01", "Membership entry fee"));
        return SettlementCalculator.settle(new SettlementInput(NOVEMBER, OWNER.id(), schedule, List.of(delivery),
                fees, List.of()));
    }

    static StatementView statementOf(Organisation organisation) {
        return viewOf(november(), organisation);
    }

    /** December, in which November's delivery and charges are cancelled: every line credited back. */
    static StatementView correctionOf(Organisation organisation) {
        SettlementResult november = november();
        return viewOf(SettlementCalculator.settle(new SettlementInput(NOVEMBER.plusMonths(1), OWNER.id(), null,
                List.of(), List.of(), List.of(new Reversal(NOVEMBER, november.lines(), "cancelled")))), organisation);
    }

    private static StatementView viewOf(SettlementResult result, Organisation organisation) {
        Statement statement = new Statement(result.period(), organisation.id(), PeriodStatus.CLOSED, result.lines().stream()
                .filter(l -> l.organisation().equals(organisation.id())).toList());
        Map<OrganisationId, Organisation> counterparties = new HashMap<>();
        statement.lines().forEach(l -> {
            if (l.counterparty() != null) {
                counterparties.put(l.counterparty(), ALL.get(l.counterparty()));
            }
        });
        return new StatementView(statement, organisation, OWNER, counterparties, LocalDate.of(2026, 12, 1));
    }

    private static Organisation organisation(String name, String number, OrganisationKind kind, Long population) {
        return Organisation.reconstitute(OrganisationId.newId(), OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), kind,
                        population == null ? null : new Population(population), null),
                EnumSet.noneOf(OrganisationRole.class), 1);
    }

    /** The statement's documents as the settlement use case decides them (self-billing for what is owed). */
    static StatementDocuments documentsOf(StatementView view) {
        return new StatementDocuments(view, SettlementDocuments.of(view.statement(), view.organisation().number(),
                view.owner().id(), OwedMoneyDocument.SELF_BILLING_INVOICE));
    }
}
