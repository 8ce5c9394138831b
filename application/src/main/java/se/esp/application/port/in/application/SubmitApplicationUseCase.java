package se.esp.application.port.in.application;

import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;

public interface SubmitApplicationUseCase {

    /** The stored application and whether this call created it ({@code false}: a retry with the same key). */
    record Submitted(Application application, boolean created) {
    }

    /**
     * Consumer staff apply for participants of their organisation to an exact offering version that is on offer.
     * The application is checked against the version's form and eligibility rules (every failure named by field,
     * nothing stored), its participants are registered with the participant area (the identity number kept only
     * when the version asks for it), and it is stored {@code RECEIVED} with its event; matching then runs at once,
     * so the returned application is usually {@code MATCHED} or {@code WAITLISTED} already.
     *
     * <p>With an idempotency key, a submission the organisation already made with the same key returns that
     * application and creates nothing — also when the two arrive at the same moment on different servers; the same
     * key for a different application is refused ({@code IDEMPOTENCY_KEY_REUSED}); returning the stored answers that
     * way is audit-logged for each participant ({@code submit-application-again}). This is the entry point for every
     * channel: the REST API and the inbound application queue.</p>
     */
    Submitted submit(ActingUser actor, SubmitApplicationCommand command);
}
