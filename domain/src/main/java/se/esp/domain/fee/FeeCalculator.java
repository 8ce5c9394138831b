package se.esp.domain.fee;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.esp.domain.organisation.FeeBasis;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.Money;

/**
 * What the fee rules make due in one calendar month. Each rule uses the rates in force on the day that decides it
 * (the joining day, the first day covered, the activation day, 1 January), so a later change of rates never alters
 * an earlier month. The rules:
 * <ul>
 *   <li><b>membership</b>: the entry fee in the month of joining. The annual fee by whole months: in the month of
 *   joining, annual × (13 − month of joining) / 12 (the month of joining counts in full); in January, the whole
 *   annual fee for every member on 1 January. On leaving, in the month of the last day, annual × (12 − month of
 *   the last day) / 12 of that year's fee is refunded (the month of leaving counts in full), whether the year's fee
 *   was charged in January or on joining. Each amount is rounded once to the öre ({@link Money#times(long, long)}).
 *   The entry fee is never refunded. The band is chosen by the population in force (organisations without one fall
 *   in the first band) on the day the year's fee is decided; a later change of population takes effect at the next
 *   decision.</li>
 *   <li><b>participation</b>: the annual fee of the level in force on 1 January, in January. A level changed
 *   during the year (the organisation's history, {@link FeePayer#history()}) charges, in the month of the change,
 *   the difference between the new and the old level's annual fee for the months from that month (in full) to
 *   December, at the year's rates: × (13 − month) / 12, positive or negative.</li>
 *   <li><b>partner</b>: the agreed fee per billing period (calendar months, quarters, half-years, years), due in the
 *   month of the first day the partnership covers in that billing period, prorated by the days covered.</li>
 *   <li><b>scaling project</b>: the project fee share of the budget, in the month the project became active.</li>
 *   <li><b>joint cost</b>: split in its month by its cost key with {@link Money#allocate}, so the parts sum to it;
 *   populations as they were on the first day of that month.</li>
 * </ul>
 * Fixed amounts (membership, participation, partner fees) are indexed to the year they are for.
 */
public final class FeeCalculator {

    private FeeCalculator() {
    }

    public static List<FeeCharge> dueIn(YearMonth month, FeeSchedule schedule, Map<OrganisationId, FeePayer> payers,
                                        List<ProjectBudget> projects) {
        List<FeeCharge> charges = new ArrayList<>();
        memberships(month, schedule, payers, charges);
        participation(month, schedule, payers, charges);
        partnerships(month, schedule, charges);
        projects(month, schedule, projects, charges);
        jointCosts(month, schedule, payers, charges);
        charges.removeIf(c -> c.amount().isZero());
        charges.sort(Comparator.comparing((FeeCharge c) -> c.payer().toString())
                .thenComparing(FeeCharge::kind)
                .thenComparing(FeeCharge::sourceId));
        return charges;
    }

    private static void memberships(YearMonth month, FeeSchedule schedule, Map<OrganisationId, FeePayer> payers,
                                    List<FeeCharge> charges) {
        for (Membership membership : schedule.memberships()) {
            FeePayer payer = payers.getOrDefault(membership.member(), new FeePayer(membership.member(), null, null));
            LocalDate joined = membership.joinedOn();
            if (YearMonth.from(joined).equals(month)) {
                Optional<RatesVersion> rates = schedule.ratesOn(joined);
                if (rates.isPresent()) {
                    PopulationBand band = rates.get().rates().membership().bandFor(
                            new Population(payer.populationOrZeroOn(joined)));
                    Indexation index = rates.get().rates().indexation();
                    Money entry = index.indexed(band.entryFee(), joined.getYear());
                    charges.add(new FeeCharge(payer.id(), FeeKind.MEMBERSHIP_ENTRY_FEE, entry,
                            membership.id().toString(), rates.get().reference(),
                            "Membership entry fee, population band from " + band.fromPopulation()
                                    + ", indexed to " + joined.getYear()));
                }
            }
            // The annual fee of a year is charged once, on the day it is decided (joining day or 1 January), for
            // the months from that day's month to December; the band and rates of that day apply to the whole year.
            LocalDate newYear = month.atDay(1);
            if (YearMonth.from(joined).equals(month)
                    || month.getMonth() == Month.JANUARY && joined.isBefore(newYear) && membership.covers(newYear)) {
                LocalDate decided = YearMonth.from(joined).equals(month) ? joined : newYear;
                schedule.ratesOn(decided).ifPresent(rates -> {
                    AnnualFee fee = annualFee(rates, new Population(payer.populationOrZeroOn(decided)), decided);
                    long months = 13 - decided.getMonthValue();
                    charges.add(new FeeCharge(membership.member(), FeeKind.MEMBERSHIP_ANNUAL_FEE,
                            fee.annual().times(months, 12), membership.id().toString(), rates.reference(),
                            "Membership annual fee " + decided.getYear() + " (" + fee.annual().toPlainString()
                                    + ", band from " + fee.band().fromPopulation() + ")"
                                    + (months == 12 ? "" : ", " + months + " of 12 months from "
                                    + YearMonth.from(decided))));
                });
            }
            membership.leftOnIfAny().filter(left -> YearMonth.from(left).equals(month))
                    .ifPresent(left -> refundOnLeaving(membership, left, payer, schedule, charges));
        }
    }

    /** A year's annual membership fee for a population on the day it is decided, indexed to that year. */
    private record AnnualFee(PopulationBand band, Money annual) {
    }

    private static AnnualFee annualFee(RatesVersion rates, Population population, LocalDate decided) {
        PopulationBand band = rates.rates().membership().bandFor(population);
        return new AnnualFee(band, rates.rates().indexation().indexed(band.annualFee(), decided.getYear()));
    }

    /**
     * On leaving, the whole months after the month of the last day are refunded from that year's annual fee, as it
     * was charged (same band, rates and index), in the month of the last day: a negative annual-fee charge. The
     * month of leaving is paid in full, as the month of joining is.
     */
    private static void refundOnLeaving(Membership membership, LocalDate left, FeePayer payer,
                                        FeeSchedule schedule, List<FeeCharge> charges) {
        LocalDate newYear = LocalDate.of(left.getYear(), 1, 1);
        LocalDate decided = membership.joinedOn().isAfter(newYear) ? membership.joinedOn() : newYear;
        long unused = 12 - left.getMonthValue();
        if (unused == 0) {
            return;
        }
        schedule.ratesOn(decided).ifPresent(rates -> {
            AnnualFee fee = annualFee(rates, new Population(payer.populationOrZeroOn(decided)), decided);
            charges.add(new FeeCharge(membership.member(), FeeKind.MEMBERSHIP_ANNUAL_FEE,
                    fee.annual().times(unused, 12).negate(), membership.id().toString(), rates.reference(),
                    "Membership annual fee " + left.getYear() + " refunded on leaving " + left + ": " + unused
                            + " of 12 months after " + YearMonth.from(left) + " of " + fee.annual().toPlainString()));
        });
    }

    private static void participation(YearMonth month, FeeSchedule schedule, Map<OrganisationId, FeePayer> payers,
                                      List<FeeCharge> charges) {
        LocalDate newYear = LocalDate.of(month.getYear(), 1, 1);
        Optional<RatesVersion> rates = schedule.ratesOn(newYear);
        if (rates.isEmpty()) {
            return;
        }
        for (FeePayer payer : payers.values()) {
            if (month.getMonth() == Month.JANUARY && payer.levelOn(newYear) != null) {
                ParticipationLevel level = payer.levelOn(newYear);
                charges.add(new FeeCharge(payer.id(), FeeKind.PARTICIPATION_FEE,
                        participationFee(rates.get(), level, newYear.getYear()), payer.id().toString(),
                        rates.get().reference(), "Participation fee " + newYear.getYear() + ", level " + level));
            }
            // A level changed during the year: the difference for the months from the month of the change (which
            // counts in full) to December, in that month, at the year's rates — positive or negative.
            for (FeeBasis change : payer.history()) {
                LocalDate from = change.validFrom();
                if (!YearMonth.from(from).equals(month) || !from.isAfter(newYear)) {
                    continue;
                }
                ParticipationLevel before = payer.levelOn(from.minusDays(1));
                ParticipationLevel after = change.level();
                if (before == after) {
                    continue;
                }
                Money difference = participationFee(rates.get(), after, from.getYear())
                        .minus(participationFee(rates.get(), before, from.getYear()));
                long months = 13 - from.getMonthValue();
                charges.add(new FeeCharge(payer.id(), FeeKind.PARTICIPATION_FEE, difference.times(months, 12),
                        payer.id().toString(), rates.get().reference(), "Participation fee " + from.getYear()
                                + ", level " + (before == null ? "none" : before) + " to "
                                + (after == null ? "none" : after) + " from " + from + ": " + months
                                + " of 12 months of the difference " + difference.toPlainString()));
            }
        }
    }

    /** A level's annual fee indexed to the year; none without a level. */
    private static Money participationFee(RatesVersion rates, ParticipationLevel level, int year) {
        return level == null ? Money.ZERO
                : rates.rates().indexation().indexed(rates.rates().participation().annualFee(level), year);
    }

    private static void partnerships(YearMonth month, FeeSchedule schedule, List<FeeCharge> charges) {
        for (Partnership partnership : schedule.partnerships()) {
            Set<LocalDate> periodStarts = new LinkedHashSet<>();
            periodStarts.add(partnership.per().startOfPeriodContaining(month.atDay(1)));
            if (YearMonth.from(partnership.startsOn()).equals(month)) {
                periodStarts.add(partnership.per().startOfPeriodContaining(partnership.startsOn()));
            }
            for (LocalDate start : periodStarts) {
                LocalDate end = partnership.per().endExclusive(start).minusDays(1);
                LocalDate firstCovered = partnership.startsOn().isAfter(start) ? partnership.startsOn() : start;
                LocalDate lastCovered = partnership.endsOnIfAny().filter(d -> d.isBefore(end)).orElse(end);
                if (!YearMonth.from(firstCovered).equals(month) || lastCovered.isBefore(firstCovered)) {
                    continue;
                }
                Optional<RatesVersion> rates = schedule.ratesOn(firstCovered);
                if (rates.isEmpty()) {
                    continue;
                }
                long days = partnership.per().daysInPeriodStarting(start);
                long covered = ChronoUnit.DAYS.between(firstCovered, lastCovered) + 1;
                Money fee = rates.get().rates().indexation().indexed(partnership.fee(), start.getYear());
                Money due = covered == days ? fee : fee.times(covered, days);
                charges.add(new FeeCharge(partnership.partner(), FeeKind.PARTNER_FEE, due,
                        partnership.id().toString(), rates.get().reference(),
                        "Partner fee " + fee.toPlainString() + " per " + partnership.per() + " " + start + " to " + end
                                + (covered == days ? "" : ", " + covered + " of " + days + " days from "
                                + firstCovered)));
            }
        }
    }

    private static void projects(YearMonth month, FeeSchedule schedule, List<ProjectBudget> projects,
                                 List<FeeCharge> charges) {
        for (ProjectBudget project : projects) {
            if (!YearMonth.from(project.activatedOn()).equals(month)) {
                continue;
            }
            schedule.ratesOn(project.activatedOn()).ifPresent(rates -> charges.add(new FeeCharge(project.owner(),
                    FeeKind.SCALING_PROJECT_FEE, rates.rates().scalingProjectFee().of(project.budget()),
                    project.projectId(), rates.reference(), "Scaling project fee "
                            + rates.rates().scalingProjectFee() + " of the budget " + project.budget().toPlainString())));
        }
    }

    private static void jointCosts(YearMonth month, FeeSchedule schedule, Map<OrganisationId, FeePayer> payers,
                                   List<FeeCharge> charges) {
        for (JointCost cost : schedule.jointCosts()) {
            if (cost.isCancelled() || !cost.chargedIn().equals(month)) {
                continue;
            }
            JointCostSplit split = split(cost.amount(), cost.key(), cost.shares(), payers, month.atDay(1));
            for (JointCostSplit.Part part : split.parts()) {
                charges.add(new FeeCharge(part.organisation(), FeeKind.JOINT_COST, part.amount(),
                        cost.id().toString(), "cost-key:" + split.applied(), cost.description() + ": share "
                                + part.weight() + " of " + split.totalWeight() + " of "
                                + cost.amount().toPlainString()));
            }
        }
    }

    /**
     * How a joint cost of {@code amount} is split between {@code shares} by {@code key}: the weights (population,
     * participants or 1 each) and each organisation's part by {@link Money#allocate}, so the parts sum to the
     * amount. When every weight is 0 (nobody has a population on record) the split falls back to equal parts, and
     * {@link JointCostSplit#applied()} says so. Settlement charges exactly these parts; a preview shows them.
     */
    public static JointCostSplit split(Money amount, CostKey key, List<CostShare> shares,
                                       Map<OrganisationId, FeePayer> payers) {
        return split(amount, key, shares, payers, null);
    }

    /**
     * Like {@link #split(Money, CostKey, List, Map)} with each population as it was on {@code on} (the first day of
     * the month the cost is charged in); {@code null}: the current populations.
     */
    public static JointCostSplit split(Money amount, CostKey key, List<CostShare> shares,
                                       Map<OrganisationId, FeePayer> payers, LocalDate on) {
        List<Long> weights = new ArrayList<>();
        for (CostShare share : shares) {
            weights.add(switch (key) {
                case BY_POPULATION -> payers.containsKey(share.organisation())
                        ? payers.get(share.organisation()).populationOrZeroOn(on) : 0L;
                case BY_PARTICIPANTS -> share.participants();
                case EQUALLY -> 1L;
            });
        }
        CostKey applied = key;
        if (weights.stream().allMatch(w -> w == 0)) {
            // Nobody has a population on record: an equal split is the only fair fallback, and it is named.
            applied = CostKey.EQUALLY;
            weights.replaceAll(w -> 1L);
        }
        List<Money> amounts = amount.allocate(weights);
        List<JointCostSplit.Part> parts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            parts.add(new JointCostSplit.Part(shares.get(i).organisation(), weights.get(i), amounts.get(i)));
        }
        return new JointCostSplit(applied, parts);
    }
}
