package se.esp.adapter.web.console.resource;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The deliveries a resource person leads ({@code console/resource-deliveries.xhtml}): a lazy table over
 * {@link ListDeliveriesQuery}, which gives a resource person only the deliveries they lead, filtered by status and
 * paged on the server; each with its offering's title, language, weekly sessions, dates, participants and the
 * hours it takes.
 */
@Named("resourceDeliveries")
@ViewScoped
public class ResourceDeliveriesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "led:deliveries";

    @Inject
    ConsoleSession session;

    @Inject
    ListDeliveriesQuery list;

    @Inject
    FindOfferingsQuery offerings;

    /** The offering versions' titles in the reader's language, read once per version shown. */
    private transient Map<OfferingVersionId, String> titles;

    private DeliveryStatus statusFilter;
    private final UseCasePageModel<DeliveryView> deliveries = UseCasePageModel.of(
            request -> list.list(session.actor(), DeliveryFilter.byStatus(statusFilter), request),
            row -> row.delivery().id().toString());

    public UseCasePageModel<DeliveryView> getDeliveries() {
        return deliveries;
    }

    /** Applies the filter from the first page. */
    public void search() {
        UseCasePageModel.fromFirstPage(TABLE);
    }

    public void clearSearch() {
        statusFilter = null;
        search();
    }

    /** The weekly sessions, e.g. "tisdag 10:00–11:00, torsdag 10:00–11:00". */
    public String sessions(Delivery delivery) {
        return delivery.sessionSlots().stream().map(slot -> ResourceProfilePage.slotText(slot, ConsoleText.locale()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The offering's title in the reader's language where the version has one (the delivery keeps one title, for
     * explanations, preferring English).
     */
    public String title(Delivery delivery) {
        if (titles == null) {
            titles = new HashMap<>();
        }
        return titles.computeIfAbsent(delivery.offeringVersion(), ref -> {
            try {
                return offerings.version(session.actor(), ref).version().content()
                        .titles().in(LanguageCode.of(ConsoleText.locale().getLanguage())).orElse(delivery.title());
            } catch (DomainException e) {
                return delivery.title();
            }
        });
    }

    /** The resource hours the delivery takes, as a person writes them: {@code 10}, {@code 7,5} / {@code 7.5}. */
    public String hours(Delivery delivery) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(ConsoleText.locale());
        format.setMaximumFractionDigits(2);
        return format.format(delivery.resourceHours());
    }

    public String language(Delivery delivery) {
        return DiffLabels.language(delivery.language().value(), ConsoleText.locale());
    }

    public List<DeliveryStatus> getStatuses() {
        return List.of(DeliveryStatus.values());
    }

    public DeliveryStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(DeliveryStatus statusFilter) {
        this.statusFilter = statusFilter;
    }
}
