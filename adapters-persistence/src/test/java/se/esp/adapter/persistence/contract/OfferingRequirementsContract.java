package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.Transactions;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OfferingVersionRef;
import se.esp.domain.matching.SessionPlan;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;

/**
 * What every implementation of {@link OfferingRequirements} guarantees. Today only the in-memory one exists; the
 * offering area adds its own by publishing versions in {@link #onOffer} and withdrawing them in {@link #withdrawn}.
 */
public abstract class OfferingRequirementsContract {

    protected abstract OfferingRequirements requirements();

    protected abstract Transactions transactions();

    /** Puts an offering version on offer with this requirement, as the backend does. */
    protected abstract void onOffer(OfferingRequirement requirement);

    /** Takes the version off offer (suspended, retired), as the backend does. */
    protected abstract void withdrawn(OfferingVersionRef version);

    private static OfferingRequirement requirement(String title) {
        return new OfferingRequirement(new OfferingVersionRef(UUID.randomUUID()), title,
                Set.of(new CompetenceCode("study-guidance"), new CompetenceCode("civic-orientation")),
                Set.of(new LanguageCode("ar"), new LanguageCode("ti")), new SessionPlan(2, 60, 10),
                new GroupSize(3, 12));
    }

    @Test
    void givesTheRequirementsOfTheAskedVersionsThatAreOnOffer() {
        OfferingRequirement arabic = requirement("Study guidance online");
        OfferingRequirement other = requirement("Civic orientation");
        onOffer(arabic);
        onOffer(other);
        OfferingVersionRef unknown = new OfferingVersionRef(UUID.randomUUID());

        assertThat(transactions().inTransaction(() -> requirements().onOffer(List.of(arabic.offeringVersion(),
                unknown)))).containsExactly(arabic);
        assertThat(transactions().inTransaction(() -> requirements().onOffer(List.of()))).isEmpty();
    }

    @Test
    void aWithdrawnVersionIsNotOnOffer() {
        OfferingRequirement arabic = requirement("Study guidance online");
        onOffer(arabic);

        withdrawn(arabic.offeringVersion());

        assertThat(transactions().inTransaction(() -> requirements().onOffer(List.of(arabic.offeringVersion()))))
                .isEmpty();
    }
}
