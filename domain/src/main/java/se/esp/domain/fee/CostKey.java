package se.esp.domain.fee;

/** How a joint cost is split between the organisations that share it. */
public enum CostKey {
    /** In proportion to each organisation's population (nyckling efter invånarantal). */
    BY_POPULATION,
    /** In proportion to the number of participants each organisation has. */
    BY_PARTICIPANTS,
    /** In equal parts. */
    EQUALLY
}
