package se.esp.application.port.in.packaging;

import se.esp.domain.offering.Offering;
import se.esp.domain.packaging.Packaging;

/** A published packaging and the offering whose current version it now is. */
public record Publication(Packaging packaging, Offering offering) {
}
