package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.Packaging;

/** What coordinators do: review packagings of organisations other than their own. */
public interface ReviewPackagingUseCase {

    Packaging startReview(ActingUser actor, PackagingChange change);

    /** Approves when every criterion passed, else returns the packaging to the supplier with the remarks. */
    Packaging recordReview(ActingUser actor, RecordReviewCommand command);

    Packaging reject(ActingUser actor, RejectPackagingCommand command);
}
