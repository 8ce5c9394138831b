package se.esp.application.port.out;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.Money;

/**
 * Figures for statistics, aggregated where they are stored (in SQL with {@code GROUP BY}, never by loading
 * aggregates), one row per month and offering (and line kind and rule for money) that has anything; months and
 * offerings with nothing have no row. Months are inclusive ({@code from} to {@code to}). Called inside
 * {@link Transactions#inTransaction}.
 *
 * <p><b>What each figure is</b> (the web adapter's README repeats these for API users):</p>
 * <ul>
 *   <li><b>applications</b> — applications <em>received</em> in the month (month of {@code receivedAt} in UTC),
 *       whatever their status since (matched, waiting, cancelled, rejected all count: they were demand); the
 *       offering is the one applied for. <b>participants</b> — the participants those applications named.</li>
 *   <li><b>deliveries</b> — deliveries that are not cancelled, in the month they start ({@code startsOn}); the
 *       offering is the one of the delivery's offering version. <b>seats offered</b> — their maximum group sizes;
 *       <b>seats placed</b> — the participants placed in them; <b>hours</b> — their resources' hours, as the
 *       delivery states them. For a consumer organisation: only deliveries with at least one of its participants,
 *       and seats placed counts only its own participants (hours and seats offered are the whole delivery's).</li>
 *   <li><b>money</b> — the stored settlement lines of the months (the latest run of each settled period, open or
 *       closed), summed per period, kind and rule, so the figures agree with the statements to the öre; a correction
 *       counts in the period whose line it is, as on the statements. The offering of a line is the one of the
 *       delivery it was caused by; {@code null} for lines not caused by a delivery (fees on memberships, …).</li>
 *   <li><b>coverage</b> — per offering, the distinct municipalities (organisations of kind {@code MUNICIPALITY})
 *       and the distinct consumer organisations of any kind with at least one application for it received in the
 *       months.</li>
 * </ul>
 */
public interface StatisticsQueries {

    /** Applications received per month and offering: all of them, or one consumer's or one supplier's. */
    List<ApplicationFigures> applications(Scope scope, YearMonth from, YearMonth to);

    /** Deliveries not cancelled, per month they start and offering; see the class comment for a consumer's. */
    List<DeliveryFigures> deliveries(Scope scope, YearMonth from, YearMonth to);

    /** One organisation's settlement lines per period, offering, kind and rule. */
    List<SettledFigures> settled(OrganisationId organisation, YearMonth from, YearMonth to);

    /** Every organisation's {@code DELIVERY_SOLD} lines per period and offering: the platform's transaction volume. */
    List<SettledFigures> sold(YearMonth from, YearMonth to);

    /** Per offering applied for in the months: how many municipalities, and consumer organisations, applied. */
    List<CoverageFigures> coverage(YearMonth from, YearMonth to);

    /**
     * The titles of each offering's current version in every language it has, to name it in a chart: each reader picks
     * its language (the console the user's, the REST API English). Offerings not stored are left out. Read in one
     * query, not per offering.
     */
    Map<OfferingId, LocalisedText> titles(Collection<OfferingId> offerings);

    /** Whose applications or deliveries: a consumer's, a supplier's, or the whole platform's. */
    record Scope(Side side, OrganisationId organisation) {

        public enum Side { CONSUMER, SUPPLIER, PLATFORM }

        public Scope {
            Objects.requireNonNull(side, "side");
            if ((side == Side.PLATFORM) != (organisation == null)) {
                throw new IllegalArgumentException("a consumer or supplier scope names its organisation, "
                        + "the platform scope none");
            }
        }

        public static Scope consumer(OrganisationId organisation) {
            return new Scope(Side.CONSUMER, Objects.requireNonNull(organisation, "organisation"));
        }

        public static Scope supplier(OrganisationId organisation) {
            return new Scope(Side.SUPPLIER, Objects.requireNonNull(organisation, "organisation"));
        }

        public static Scope platform() {
            return new Scope(Side.PLATFORM, null);
        }
    }

    /** What counted figures have in common: the month and the offering they are for. */
    interface MonthAndOffering {

        YearMonth month();

        OfferingId offering();
    }

    record ApplicationFigures(YearMonth month, OfferingId offering, long applications, long participants)
            implements MonthAndOffering {

        public ApplicationFigures {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(offering, "offering");
        }
    }

    /** @param hours the resources' hours, scale 2 */
    record DeliveryFigures(YearMonth month, OfferingId offering, long deliveries, long seatsOffered,
                           long seatsPlaced, BigDecimal hours) implements MonthAndOffering {

        public DeliveryFigures {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(offering, "offering");
            hours = hours.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }

    /**
     * @param offering {@code null} for lines not caused by a delivery
     * @param rule     the rule reference the lines carry; {@code null} if none
     */
    record SettledFigures(YearMonth period, OfferingId offering, LineKind kind, String rule, Money amount) {

        public SettledFigures {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
        }
    }

    record CoverageFigures(OfferingId offering, long municipalities, long consumers) {

        public CoverageFigures {
            Objects.requireNonNull(offering, "offering");
        }
    }
}
