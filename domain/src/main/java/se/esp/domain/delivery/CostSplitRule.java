package se.esp.domain.delivery;

/** How a co-delivery's cost is shared between the consumer organisations in it; the offering states which. */
public enum CostSplitRule {
    /** In proportion to each organisation's participants in the delivery (the default). */
    PER_PARTICIPANT,
    /** The same share for each organisation, whatever its number of participants. */
    EQUALLY,
    /** In proportion to each organisation's population (the cost key of municipalities and regions). */
    BY_POPULATION
}
