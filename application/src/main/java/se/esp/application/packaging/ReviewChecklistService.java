package se.esp.application.packaging;

import java.time.Clock;
import java.util.Objects;

import se.esp.application.port.in.packaging.ReplaceChecklistCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.packaging.ReviewChecklist;

/** The owner's review checklist; the seeded seven criteria until a platform administrator changes it. */
public final class ReviewChecklistService implements ReviewChecklistUseCase {

    private final ReviewChecklists checklists;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewChecklistService(ReviewChecklists checklists, EventOutbox outbox, Transactions transactions,
                                  Clock clock) {
        this.checklists = Objects.requireNonNull(checklists, "checklists");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReviewChecklist current(ActingUser actor) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> checklists.configured().orElseGet(ReviewChecklist::seeded));
    }

    @Override
    public ReviewChecklist replace(ActingUser actor, ReplaceChecklistCommand command) {
        Authorisation.requireAnyRole(actor, "configure the review checklist", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            ReviewChecklist checklist = checklists.configured().orElseGet(ReviewChecklist::seeded);
            checklist.requireVersion(command.expectedVersion());
            var event = checklist.replace(command.criteria(), clock.instant());
            ReviewChecklist saved = checklists.save(checklist);
            outbox.append(event);
            return saved;
        });
    }
}
