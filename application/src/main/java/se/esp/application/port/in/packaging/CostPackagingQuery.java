package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.Money;

/** "What does this cost at group size N": the costing model on a packaging, with today's transaction fee. */
public interface CostPackagingQuery {

    /**
     * @param price the price per participant to test; {@code null}: the packaging's own price
     * @throws se.esp.domain.shared.ValidationException naming what the packaging lacks for a costing
     */
    CostingReport costAt(ActingUser actor, PackagingId id, int groupSize, Money price);
}
