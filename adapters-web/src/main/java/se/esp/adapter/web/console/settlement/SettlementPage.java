package se.esp.adapter.web.console.settlement;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Formats;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.Money;

/**
 * The settlement page ({@code console/settlement.xhtml}): the recent months with their state — open (never settled),
 * settled (open, with runs) or closed —, settling and closing one, and for the chosen month each organisation's net
 * with a link to its statement. The use cases decide who may settle and when a month may close; the page shows
 * their refusals through the console's error rule.
 */
@Named("settlement")
@ViewScoped
public class SettlementPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The months before the current one offered even when never settled. */
    private static final int RECENT_MONTHS = 3;

    /** One month as the page lists it. */
    public record MonthRow(YearMonth month, String state, int runs, Money feeRevenue, boolean closed) {
    }

    /** One organisation's net in the chosen month. */
    public record NetRow(String organisationId, String name, Money net) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    SettlementUseCases settlement;

    @Inject
    GetOrganisationQuery organisations;

    @Inject
    Clock clock;

    private String period;
    private List<MonthRow> months;
    private List<NetRow> nets;

    /** The month whose statements are shown ({@code ?period=2026-12}); the current month when none is given. */
    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public YearMonth chosen() {
        if (period != null) {
            try {
                return YearMonth.parse(period.strip());
            } catch (java.time.format.DateTimeParseException e) {
                period = null;
            }
        }
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    public List<MonthRow> getMonths() {
        if (months == null) {
            Map<YearMonth, MonthRow> rows = new LinkedHashMap<>();
            YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
            for (int i = 0; i < RECENT_MONTHS; i++) {
                rows.put(now.minusMonths(i), new MonthRow(now.minusMonths(i), ConsoleText.get("settlement.state.open"),
                        0, null, false));
            }
            for (SettlementPeriod p : settlement.list(session.actor(), 24)) {
                rows.put(p.period(), row(p));
            }
            months = new ArrayList<>(rows.values());
            months.sort(Comparator.comparing(MonthRow::month).reversed());
        }
        return months;
    }

    private static MonthRow row(SettlementPeriod p) {
        String state = p.isClosed() ? "settlement.state.closed"
                : p.runs().isEmpty() ? "settlement.state.open" : "settlement.state.settled";
        Money revenue = p.runs().isEmpty() ? null : p.runs().get(p.runs().size() - 1).feeRevenue();
        return new MonthRow(p.period(), ConsoleText.get(state), p.runs().size(), revenue, p.isClosed());
    }

    /** The chosen month as settled, if it has been. */
    public Optional<SettlementPeriod> current() {
        try {
            return Optional.of(settlement.get(session.actor(), chosen()));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    public boolean isChosenSettled() {
        return !getNets().isEmpty() || current().map(p -> !p.runs().isEmpty()).orElse(false);
    }

    /** Each organisation's net in the chosen month, by name. */
    public List<NetRow> getNets() {
        if (nets == null) {
            nets = new ArrayList<>();
            current().ifPresent(p -> p.netPositions().forEach((id, net) ->
                    nets.add(new NetRow(id.toString(), nameOf(id), net))));
            nets.sort(Comparator.comparing(NetRow::name));
        }
        return nets;
    }

    public Money getSum() {
        return Money.sum(getNets().stream().map(NetRow::net).toList());
    }

    private String nameOf(OrganisationId id) {
        try {
            return organisations.get(session.actor(), id).name().value();
        } catch (DomainException e) {
            return id.toString();
        }
    }

    public String monthLabel(YearMonth month) {
        return new Formats().month(month);
    }

    /** Settles the month of the row (again, if it was settled) and shows its statements. */
    public String settle(YearMonth month) {
        SettlementPeriod settled = settlement.settle(session.actor(), month);
        inform("settlement.settled", new Formats().month(month), settled.lineCount());
        return show(month);
    }

    /** Closes the month of the row: settled one last time from the current sources, never to change again. */
    public String close(YearMonth month) {
        settlement.close(session.actor(), month);
        inform("settlement.closedNow", new Formats().month(month));
        return show(month);
    }

    /**
     * Shows the month on the same view rather than redirecting: a message kept in the flash across a redirect was
     * seen to get lost, and the person must read what the action did.
     */
    private String show(YearMonth month) {
        period = month.toString();
        months = null;
        nets = null;
        return null;
    }

    private static void inform(String key, Object... arguments) {
        String text = ConsoleText.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
