package se.esp.domain.delivery;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/**
 * Splits a delivery's cost between its consumer organisations by the offering's rule, with the largest-remainder
 * method ({@link Money#allocate}): the shares always sum exactly to the cost, no öre created or lost.
 *
 * <p>Worked example: 19 500.00 SEK for Olofström's 2 participants and Borlänge's 1, per participant, is 13 000.00 and
 * 6 500.00.</p>
 */
public final class CostSplit {

    private CostSplit() {
    }

    /**
     * @param shareholders one entry per organisation, in the order the shares are wanted; ties in the remainders go
     *                     to the earlier one
     * @throws DomainException {@code COST_SPLIT_IMPOSSIBLE} when splitting by population and every population is 0
     */
    public static List<CostShare> split(Money cost, CostSplitRule rule, List<CostShareholder> shareholders) {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(rule, "rule");
        if (shareholders.isEmpty()) {
            throw new IllegalArgumentException("a cost is split between at least one organisation");
        }
        Set<Object> seen = new HashSet<>();
        for (CostShareholder shareholder : shareholders) {
            if (!seen.add(shareholder.organisation())) {
                throw new IllegalArgumentException("organisation " + shareholder.organisation()
                        + " appears twice; add its participants together first");
            }
        }
        List<Long> weights = shareholders.stream().map(s -> switch (rule) {
            case PER_PARTICIPANT -> (long) s.participants();
            case EQUALLY -> 1L;
            case BY_POPULATION -> s.population();
        }).toList();
        if (weights.stream().allMatch(w -> w == 0)) {
            throw new DomainException(ErrorCode.COST_SPLIT_IMPOSSIBLE,
                    "the cost cannot be split by population: no organisation in the delivery has a population");
        }
        List<Money> amounts = cost.allocate(weights);
        return java.util.stream.IntStream.range(0, shareholders.size())
                .mapToObj(i -> new CostShare(shareholders.get(i).organisation(), amounts.get(i)))
                .toList();
    }
}
