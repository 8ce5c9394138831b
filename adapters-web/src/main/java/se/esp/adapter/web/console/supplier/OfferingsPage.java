package se.esp.adapter.web.console.supplier;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.ManageOfferingUseCase;
import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.shared.LanguageCode;

/**
 * The supplier staff's offerings ({@code console/supplier-offerings.xhtml}): every offering of their organisation, of
 * every status, paged by {@link FindOfferingsQuery#list}; suspend (with a reason), resume, retire (with a reason)
 * through {@link ManageOfferingUseCase}, each against the version read just before, and revise: the next draft of
 * its packaging, opened in the editor, while the offering stays on offer.
 */
@Named("supplierOfferings")
@ViewScoped
public class OfferingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    FindOfferingsQuery offerings;

    @Inject
    ManageOfferingUseCase manage;

    @Inject
    FindPackagingsQuery packagings;

    @Inject
    DraftPackagingUseCase drafts;

    private OfferingStatus statusFilter;
    private final Map<String, String> reasons = new HashMap<>();
    private final UseCasePageModel<Offering> model = UseCasePageModel.of(
            request -> offerings.list(session.actor(), new OfferingFilter(ownOrganisation(), statusFilter), request),
            row -> row.id().toString());

    public UseCasePageModel<Offering> getOfferings() {
        return model;
    }

    public String title(Offering offering) {
        var titles = offering.current().content().titles();
        return titles.isEmpty() ? offering.current().title()
                : titles.preferring(LanguageCode.of(ConsoleText.locale().getLanguage()));
    }

    public void suspend(String id) {
        Offering offering = read(id);
        manage.suspend(session.actor(), new OfferingChange(offering.id(), offering.version(), reasons.remove(id)));
        done("supplierOfferings.suspended", title(offering));
    }

    public void resume(String id) {
        Offering offering = read(id);
        manage.resume(session.actor(), new OfferingChange(offering.id(), offering.version(), null));
        done("supplierOfferings.resumed", title(offering));
    }

    public void retire(String id) {
        Offering offering = read(id);
        manage.retire(session.actor(), new OfferingChange(offering.id(), offering.version(), reasons.remove(id)));
        done("supplierOfferings.retired", title(offering));
    }

    /** Starts the next draft of the offering's packaging (unless one is under way) and opens it in the editor. */
    public String revise(String id) {
        Offering offering = read(id);
        Packaging packaging = packagings.get(session.actor(), offering.packaging());
        if (packaging.status() == PackagingStatus.PUBLISHED) {
            packaging = drafts.startRevision(session.actor(), new PackagingChange(packaging.id(),
                    packaging.version()));
        }
        return "/console/supplier-packaging.xhtml?faces-redirect=true&id=" + packaging.id();
    }

    private se.esp.domain.organisation.OrganisationId ownOrganisation() {
        return session.actor().organisation().orElseThrow(() -> new se.esp.domain.shared.DomainException(
                se.esp.domain.shared.ErrorCode.ACCESS_DENIED, "supplier staff must act for their organisation"));
    }

    private Offering read(String id) {
        return offerings.get(session.actor(), OfferingId.parse(id));
    }

    private static void done(String key, Object... arguments) {
        String text = ConsoleText.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public OfferingStatus[] getStatuses() {
        return OfferingStatus.values();
    }

    public void search() {
        // the table reloads with the filter when it renders
    }

    public void clearSearch() {
        statusFilter = null;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public OfferingStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(OfferingStatus statusFilter) {
        this.statusFilter = statusFilter;
    }
}
