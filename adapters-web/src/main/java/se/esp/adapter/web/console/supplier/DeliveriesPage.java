package se.esp.adapter.web.console.supplier;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.domain.delivery.DeliveryStatus;

/**
 * The supplier staff's deliveries ({@code console/supplier-deliveries.xhtml}): their organisation's deliveries (the
 * use case sets the party from the user), filtered by status and paged on the server, each opening its page.
 */
@Named("supplierDeliveries")
@ViewScoped
public class DeliveriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ListDeliveriesQuery deliveries;

    @Inject
    FindOfferingsQuery offerings;

    private final OfferingTitles titles = new OfferingTitles();

    private DeliveryStatus statusFilter;
    private final UseCasePageModel<DeliveryView> model = UseCasePageModel.of(
            request -> deliveries.list(session.actor(), DeliveryFilter.byStatus(statusFilter), request),
            row -> row.delivery().id().toString());

    public UseCasePageModel<DeliveryView> getDeliveries() {
        return model;
    }

    /** The offering's title in the user's language. */
    public String title(DeliveryView row) {
        return titles.of(offerings, session.actor(), row.delivery().offeringVersion());
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public void search() {
        // the table reloads with the filter when it renders
    }

    public void clearSearch() {
        statusFilter = null;
    }

    public DeliveryStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(DeliveryStatus statusFilter) {
        this.statusFilter = statusFilter;
    }
}
