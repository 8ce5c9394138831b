package se.esp.domain.organisation;

/** What sort of body an organisation is. */
public enum OrganisationKind {
    MUNICIPALITY,
    REGION,
    AGENCY,
    COMPANY,
    ASSOCIATION,
    INDEPENDENT_PROVIDER,
    OWNER;

    /** Municipalities and regions have inhabitants; their population drives fees and cost keys. */
    public boolean hasPopulation() {
        return this == MUNICIPALITY || this == REGION;
    }
}
