package se.esp.adapter.web.console.supplier;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.delivery.ManageDeliveryUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.Seat;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/**
 * One delivery of the supplier's ({@code console/supplier-delivery.xhtml?id=…}): what it is, who leads it, its
 * seats (each consumer organisation's participants, by reference: the page shows no personal data) and cost shares;
 * start it, and complete it with every participant's outcome, through {@link ManageDeliveryUseCase}.
 */
@Named("supplierDelivery")
@ViewScoped
public class DeliveryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    GetDeliveryQuery find;

    @Inject
    ManageDeliveryUseCase manage;

    @Inject
    GetOrganisationQuery organisations;

    @Inject
    FindOfferingsQuery offerings;

    private final OfferingTitles titles = new OfferingTitles();

    private String id;
    private final Map<String, String> outcomes = new HashMap<>();
    private transient DeliveryView view;
    private transient Map<OrganisationId, String> names;

    public DeliveryView getView() {
        if (view == null && id != null && !id.isBlank()) {
            view = find.get(session.actor(), DeliveryId.parse(id));
        }
        return view;
    }

    /** The offering's title in the user's language. */
    public String getTitle() {
        return titles.of(offerings, session.actor(), getView().delivery().offeringVersion());
    }

    public boolean isStartable() {
        return getView().delivery().status() == DeliveryStatus.PLANNED;
    }

    public boolean isCompletable() {
        return getView().delivery().status() == DeliveryStatus.IN_PROGRESS;
    }

    public String organisation(OrganisationId organisation) {
        if (names == null) {
            names = new HashMap<>();
        }
        return names.computeIfAbsent(organisation, o -> organisations.get(session.actor(), o).name().value());
    }

    public String getLanguage() {
        return DiffLabels.language(getView().delivery().language().value(), ConsoleText.locale());
    }

    /**
     * The outcome chosen for each seat, by participant, as the select posts it (the constant's name: a map's values
     * carry no type Faces could convert to); completed unless the user says otherwise.
     */
    public Map<String, String> getOutcomes() {
        for (Seat seat : getView().seats()) {
            outcomes.putIfAbsent(seat.participant().toString(), (seat.outcome() != null ? seat.outcome()
                    : ParticipationOutcome.COMPLETED).name());
        }
        return outcomes;
    }

    public ParticipationOutcome[] getOutcomeChoices() {
        return ParticipationOutcome.values();
    }

    public String start() {
        view = manage.start(session.actor(), new DeliveryChange(getView().delivery().id(),
                getView().delivery().version(), null));
        done("supplierDelivery.started");
        return null;
    }

    public String complete() {
        Map<ParticipantId, ParticipationOutcome> chosen = new LinkedHashMap<>();
        for (Seat seat : getView().seats()) {
            chosen.put(seat.participant(), ParticipationOutcome.valueOf(getOutcomes().get(
                    seat.participant().toString())));
        }
        view = manage.complete(session.actor(), new CompleteDeliveryCommand(getView().delivery().id(),
                getView().delivery().version(), chosen));
        done("supplierDelivery.completed");
        return null;
    }

    private static void done(String key) {
        String text = ConsoleText.get(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
