package se.esp.domain.packaging;

/** The two ways of delivering a service that the costing model compares side by side. */
public enum Variant {
    DIGITAL,
    PHYSICAL
}
