package se.esp.application.port.in.fee;

import java.util.List;

import se.esp.application.security.ActingUser;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.JointCostSplit;
import se.esp.domain.shared.Money;

/**
 * What each organisation would pay of a joint cost, before it is recorded, or of one already recorded: the split
 * settlement charges ({@link se.esp.domain.fee.FeeCalculator#split}), with the organisations' populations as they
 * are now. Platform administrators only; the same refusals as recording the cost (amount, key, shares, unknown
 * organisations, a population missing for the key BY_POPULATION).
 */
public interface PreviewJointCostQuery {

    JointCostSplit preview(ActingUser actor, Money amount, CostKey key, List<CostShare> shares);
}
