package se.esp.adapter.web.console.supplier;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.shared.LanguageCode;

/**
 * The supplier staff's packagings ({@code console/supplier-packagings.xhtml}): every packaging of their organisation
 * with its status, filtered by status and paged by {@link FindPackagingsQuery} (which lists only the user's own
 * organisation's), each opening the editor; and a new one.
 */
@Named("supplierPackagings")
@ViewScoped
public class PackagingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    FindPackagingsQuery find;

    private PackagingStatus statusFilter;
    private final UseCasePageModel<Packaging> model = UseCasePageModel.of(
            request -> find.list(session.actor(), new PackagingFilter(null, statusFilter), request),
            row -> row.id().toString());

    public UseCasePageModel<Packaging> getPackagings() {
        return model;
    }

    /** Its title in the user's language where it has one; a draft may have none yet. */
    public String title(Packaging packaging) {
        return packaging.content().titles().isEmpty() ? ConsoleText.get("packagingEditor.untitled")
                : packaging.content().titles().preferring(LanguageCode.of(ConsoleText.locale().getLanguage()));
    }

    public PackagingStatus[] getStatuses() {
        return PackagingStatus.values();
    }

    public void search() {
        // the table reloads with the filter when it renders
    }

    public void clearSearch() {
        statusFilter = null;
    }

    public PackagingStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(PackagingStatus statusFilter) {
        this.statusFilter = statusFilter;
    }
}
