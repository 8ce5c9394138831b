package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.Money;

/** "What does this cost at group size N": the costing model on a packaging, with today's transaction fee. */
public interface CostPackagingQuery {

    /**
     * @param price the price per participant to test; {@code null}: the packaging's own price
     * @throws se.esp.domain.shared.ValidationException naming what the packaging lacks for a costing
     */
    CostingReport costAt(ActingUser actor, PackagingId id, int groupSize, Money price);

    /**
     * The same costing of content that is not stored: what the packaging editor shows while the supplier's staff
     * change its inputs, before they save. Only supplier staff, whose drafting tool it is; nothing is stored.
     *
     * @param price the price per participant to test; {@code null}: the content's own price
     * @throws se.esp.domain.shared.ValidationException naming what the content lacks for a costing
     */
    CostingReport costContent(ActingUser actor, PackagingContent content, int groupSize, Money price);
}
