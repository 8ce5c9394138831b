package se.esp.domain.packaging;

/** How a service reaches participants; digital offerings are independent of geography. */
public enum DeliveryMode {
    DIGITAL,
    PHYSICAL,
    DIGI_PHYSICAL
}
