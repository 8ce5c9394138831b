package se.esp.adapter.web.console.supplier;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Applications to the supplier's offerings ({@code console/supplier-applications.xhtml}): which organisation applied
 * for how many participants, to which offering, in which language, and where the application stands — filtered by
 * status and paged by {@link ListApplicationsQuery} (which gives supplier staff those to their own offerings and
 * logs the read); an application placed in a delivery links to it.
 */
@Named("supplierApplications")
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ListApplicationsQuery applications;

    @Inject
    FindOfferingsQuery offerings;

    @Inject
    GetOrganisationQuery organisations;

    private ApplicationStatus statusFilter;
    private final UseCasePageModel<Application> model = UseCasePageModel.of(
            request -> applications.list(session.actor(), ApplicationFilter.byStatus(statusFilter), request),
            row -> row.id().toString());
    private final Map<String, String> names = new HashMap<>();
    private final OfferingTitles titles = new OfferingTitles();

    public UseCasePageModel<Application> getApplications() {
        return model;
    }

    public String consumer(OrganisationId organisation) {
        return names.computeIfAbsent("o:" + organisation,
                key -> organisations.get(session.actor(), organisation).name().value());
    }

    /** The title of the exact version applied to, in the user's language where it has one. */
    public String offering(OfferingVersionId version) {
        return titles.of(offerings, session.actor(), version);
    }

    public String language(LanguageCode language) {
        return DiffLabels.language(language.value(), ConsoleText.locale());
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public void search() {
        // the table reloads with the filter when it renders
    }

    public void clearSearch() {
        statusFilter = null;
    }

    public ApplicationStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ApplicationStatus statusFilter) {
        this.statusFilter = statusFilter;
    }
}
