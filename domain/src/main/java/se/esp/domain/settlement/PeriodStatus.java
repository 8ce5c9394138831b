package se.esp.domain.settlement;

/** An open period can be settled again; a closed one never changes. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
