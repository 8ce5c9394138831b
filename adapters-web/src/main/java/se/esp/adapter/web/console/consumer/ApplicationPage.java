package se.esp.adapter.web.console.consumer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.participant.GetParticipantQuery;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.delivery.CostShare;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;

/**
 * One application of the organisation ({@code console/application.xhtml?id=…}): its status, matching's decision with
 * its explanation or the reason it waits, the delivery it is placed in with the organisation's share of the cost, and
 * its participants with their answers. Everything personal is read through the use cases the API uses —
 * {@link GetApplicationQuery} for the answers, {@link GetParticipantQuery} for each name — which decide who may see
 * it and write every read into the personal-data audit log. Confirm and cancel go to
 * {@link ChangeApplicationUseCase} against the version shown.
 */
@Named("applicationDetail")
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One participant as the page shows them. */
    public record ParticipantRow(String name, List<AnswerRow> answers) {
    }

    /** One answer with its field's label. */
    public record AnswerRow(String label, String value) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    GetApplicationQuery applications;

    @Inject
    ChangeApplicationUseCase change;

    @Inject
    FindOfferingsQuery offerings;

    @Inject
    GetDeliveryQuery deliveries;

    @Inject
    GetParticipantQuery participants;

    private String id;
    /** What the post before the redirect did ({@code applied}), from the address. */
    private String done;
    private String cancelReason;
    private transient Application application;
    private transient OfferingVersionView version;
    private transient Optional<DeliveryView> delivery;
    private transient List<ParticipantRow> participantRows;

    /** The page's view action: says the application was received when the offering's page sent the user here. */
    public void announce() {
        if ("applied".equals(done)) {
            String text = ConsoleText.get("offering.applied");
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        }
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Application getApplication() {
        if (application == null && id != null) {
            application = applications.get(session.actor(), applicationId());
        }
        return application;
    }

    public OfferingVersionView getVersion() {
        if (version == null) {
            version = offerings.version(session.actor(), getApplication().offeringVersion());
        }
        return version;
    }

    public String getTitle() {
        return getVersion().version().content().titles().preferring(CataloguePage.language());
    }

    public String getLanguage() {
        return DiffLabels.language(getApplication().language().value(), ConsoleText.locale());
    }

    /** Why it waits, in the user's language; empty unless it waits. */
    public String getWaitReason() {
        return getApplication().status().isWaiting()
                ? ApplicationsPage.waitReason(getApplication().waitReason().orElse(null)) : "";
    }

    /**
     * The delivery it is placed in, as this organisation may see it; empty when it is in none, and once it is
     * cancelled or rejected (its places are freed; the application only remembers where it was).
     */
    public DeliveryView getDelivery() {
        if (delivery == null) {
            ApplicationStatus status = getApplication().status();
            delivery = status == ApplicationStatus.CANCELLED || status == ApplicationStatus.REJECTED ? Optional.empty()
                    : getApplication().delivery().map(d -> deliveries.get(session.actor(), d));
        }
        return delivery.orElse(null);
    }

    public String getDeliveryLanguage() {
        return DiffLabels.language(getDelivery().delivery().language().value(), ConsoleText.locale());
    }

    /** The signed-in user's organisation's share of the delivery's cost. */
    public Money getCostShare() {
        return getDelivery().costShares().stream()
                .filter(share -> share.organisation().equals(session.actor().organisationId()))
                .map(CostShare::amount).findFirst().orElse(null);
    }

    public List<ParticipantRow> getParticipants() {
        if (participantRows == null) {
            List<ParticipantRow> rows = new ArrayList<>();
            List<FormField> fields = getVersion().version().content().applicationForm().fields();
            for (ApplicationParticipant participant : getApplication().participants()) {
                String name = participants.get(session.actor(), participant.participant()).detailsIfAny()
                        .map(details -> details.name().value())
                        .orElseGet(() -> ConsoleText.get("application.anonymised"));
                List<AnswerRow> answers = new ArrayList<>();
                for (FormField field : fields) {
                    participant.answers().of(field.key()).ifPresent(value -> answers.add(new AnswerRow(
                            field.label().preferring(CataloguePage.language()), answerText(field, value))));
                }
                rows.add(new ParticipantRow(name, answers));
            }
            participantRows = rows;
        }
        return participantRows;
    }

    /** An answer as the user reads it: a choice's label, yes or no, else as stored. */
    static String answerText(FormField field, String value) {
        if (field.type() == FieldType.CHOICE) {
            return field.choices().stream().filter(c -> c.value().equals(value)).findFirst().map(Choice::label)
                    .map(label -> label.preferring(CataloguePage.language())).orElse(value);
        }
        if (field.type() == FieldType.YES_NO) {
            return ConsoleText.get(Boolean.parseBoolean(value) ? "common.yes" : "common.no");
        }
        return value;
    }

    public boolean isConfirmable() {
        return getApplication().status() == ApplicationStatus.MATCHED;
    }

    public boolean isCancellable() {
        return getApplication().status().isWaiting() || getApplication().status().isPlaced();
    }

    public void confirm() {
        change.confirm(session.actor(), new ApplicationChange(applicationId(), getApplication().version(), null));
        done("application.confirmed");
    }

    public void cancel() {
        change.cancel(session.actor(), new ApplicationChange(applicationId(), getApplication().version(),
                cancelReason == null || cancelReason.isBlank() ? null : cancelReason.strip()));
        cancelReason = null;
        done("application.cancelled");
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    private void done(String key) {
        application = null;
        delivery = null;
        participantRows = null;
        String text = ConsoleText.get(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private ApplicationId applicationId() {
        try {
            return ApplicationId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.APPLICATION_NOT_FOUND, "no application with id " + id);
        }
    }
}
