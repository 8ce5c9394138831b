package se.esp.application.port.in.offering;

/** Bands of age for the eligibility facet: an offering counts in every band whose ages it admits any of. */
public enum AgeBand {
    CHILDREN(0, 15),
    YOUTH(16, 24),
    ADULTS(25, 64),
    SENIORS(65, 130);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** Whether an age range (either end open: {@code null}) admits anybody in this band. */
    public boolean overlaps(Integer minAge, Integer maxAge) {
        return (minAge == null || minAge <= to) && (maxAge == null || maxAge >= from);
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
