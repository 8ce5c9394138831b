package se.esp.adapter.web.console.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.CompetenceInQueue;
import se.esp.application.port.in.resource.CompetenceQueueQuery;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.RejectCompetenceUseCase;
import se.esp.application.port.in.resource.SuspendResourceUseCase;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceStatus;

/**
 * The verification queue ({@code console/verification-queue.xhtml}): pending competences of other organisations'
 * resources with their evidence, to verify or reject with a remark, and verified ones expiring within
 * {@value #DAYS_AHEAD} days; a resource can be suspended or reinstated from either list. The resource use cases
 * decide; the page sends the version it showed, so a decision on a changed resource is refused, not overwritten.
 */
@Named("verificationQueue")
@ViewScoped
public class VerificationQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far ahead the page looks for competences about to stop counting. */
    public static final int DAYS_AHEAD = 60;

    /** One competence as a row shows it. */
    public record Row(String key, String resourceId, long version, String name, ResourceStatus resourceStatus,
                      String competence, String evidence, LocalDate expiresOn) {

        public boolean isSuspended() {
            return resourceStatus == ResourceStatus.SUSPENDED;
        }
    }

    @Inject
    ConsoleSession session;

    @Inject
    CompetenceQueueQuery queue;

    @Inject
    VerifyCompetenceUseCase verify;

    @Inject
    RejectCompetenceUseCase reject;

    @Inject
    SuspendResourceUseCase suspension;

    /** The remark (or reason) typed on each row, by the row's key. */
    private final Map<String, String> remarks = new HashMap<>();

    private transient List<Row> pending;
    private transient List<Row> expiring;

    public List<Row> getPending() {
        if (pending == null) {
            pending = queue.pending(session.actor()).stream().map(VerificationQueuePage::row).toList();
        }
        return pending;
    }

    public List<Row> getExpiring() {
        if (expiring == null) {
            expiring = queue.expiringWithin(session.actor(), DAYS_AHEAD).stream().map(VerificationQueuePage::row)
                    .toList();
        }
        return expiring;
    }

    public int getDaysAhead() {
        return DAYS_AHEAD;
    }

    public Map<String, String> getRemarks() {
        return remarks;
    }

    public String verify(Row row) {
        verify.verifyCompetence(session.actor(), decision(row));
        done(row, "verification.verified", row.competence(), row.name());
        return null;
    }

    public String reject(Row row) {
        reject.rejectCompetence(session.actor(), decision(row));
        done(row, "verification.rejected", row.competence(), row.name());
        return null;
    }

    public String suspend(Row row) {
        suspension.suspend(session.actor(), statusChange(row));
        done(row, "verification.suspended", row.name());
        return null;
    }

    public String reinstate(Row row) {
        suspension.reinstate(session.actor(), statusChange(row));
        done(row, "verification.reinstated", row.name());
        return null;
    }

    private DecideCompetenceCommand decision(Row row) {
        return new DecideCompetenceCommand(ResourceId.parse(row.resourceId()), row.version(),
                new CompetenceCode(row.competence()), remarks.get(row.key()));
    }

    private ChangeResourceStatusCommand statusChange(Row row) {
        return new ChangeResourceStatusCommand(ResourceId.parse(row.resourceId()), row.version(),
                remarks.get(row.key()));
    }

    private void done(Row row, String key, Object... arguments) {
        remarks.remove(row.key());
        pending = null;
        expiring = null;
        String text = ConsoleText.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static Row row(CompetenceInQueue q) {
        var r = q.resource();
        var c = q.competence();
        return new Row(r.id() + "-" + c.code().value(), r.id().toString(), r.version(), r.profile().displayName(),
                r.status(), c.code().value(), c.declaration().evidence(), c.expiresOn());
    }
}
