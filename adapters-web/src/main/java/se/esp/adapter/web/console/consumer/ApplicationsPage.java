package se.esp.adapter.web.console.consumer;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Labels;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.matching.WaitReason;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The organisation's applications ({@code console/applications.xhtml}): a lazy table over
 * {@link ListApplicationsQuery} (newest first, filtered by status on the server), each with its offering, how many
 * participants, its status and matching's decision in short — the delivery it is placed in or why it waits. The use
 * case lists only the signed-in user's organisation's applications and audit-logs the listing as the API's does.
 */
@Named("applications")
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "list:applications";

    @Inject
    ConsoleSession session;

    @Inject
    ListApplicationsQuery list;

    @Inject
    FindOfferingsQuery offerings;

    private ApplicationStatus statusFilter;
    private final UseCasePageModel<Application> listing = UseCasePageModel.of(
            request -> list.list(session.actor(), ApplicationFilter.byStatus(statusFilter), request),
            row -> row.id().toString());
    /** Titles by offering version, read once per view: a page shows the same few offerings again and again. */
    private final Map<OfferingVersionId, String> titles = new HashMap<>();

    public UseCasePageModel<Application> getListing() {
        return listing;
    }

    public void search() {
        UseCasePageModel.fromFirstPage(TABLE);
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public ApplicationStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ApplicationStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    /** The offering's title in the user's language, as the version applied to has it. */
    public String title(Application application) {
        return titles.computeIfAbsent(application.offeringVersion(), version -> offerings.version(session.actor(),
                version).version().content().titles().preferring(CataloguePage.language()));
    }

    /**
     * Matching's decision in short: the delivery's reference, or why it waits; empty otherwise (also once cancelled
     * or rejected: the application only remembers the delivery it was in).
     */
    public String decision(Application application) {
        ApplicationStatus status = application.status();
        if (status == ApplicationStatus.CANCELLED || status == ApplicationStatus.REJECTED) {
            return "";
        }
        if (application.delivery().isPresent()) {
            return ConsoleText.get("applications.inDelivery", reference(application.delivery().get().toString()));
        }
        return application.status().isWaiting() ? waitReason(application.waitReason().orElse(null)) : "";
    }

    /** A wait reason's label; one the console does not know by name reads as "waiting". */
    static String waitReason(String code) {
        if (code == null) {
            return ConsoleText.get("applications.waiting");
        }
        try {
            return ConsoleText.get(Labels.key(WaitReason.valueOf(code)));
        } catch (IllegalArgumentException e) {
            return ConsoleText.find(ConsoleText.locale(), "applications.waitReason." + code)
                    .orElseGet(() -> ConsoleText.get("applications.waiting"));
        }
    }

    /** The first eight characters of an id, upper case, as a person reads it out. */
    static String reference(String id) {
        return id.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
