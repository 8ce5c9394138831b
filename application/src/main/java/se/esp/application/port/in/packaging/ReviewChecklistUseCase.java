package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.ReviewChecklist;

/** The owner's review checklist: anybody signed in may read it; platform administrators change it. */
public interface ReviewChecklistUseCase {

    ReviewChecklist current(ActingUser actor);

    ReviewChecklist replace(ActingUser actor, ReplaceChecklistCommand command);
}
