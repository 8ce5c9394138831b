package se.esp.domain.packaging;

import java.util.Objects;

import se.esp.domain.shared.Money;

/**
 * What a delivery costs the supplier: the resources' hourly rate, and fixed costs per variant. The resource
 * hours themselves come from the components.
 */
public record CostModel(Money hourlyRate, VariantCosts digital, VariantCosts physical) {

    public CostModel {
        VariantCosts.requirePositive("hourlyRate", hourlyRate);
        digital = Objects.requireNonNullElse(digital, VariantCosts.none());
        physical = Objects.requireNonNullElse(physical, VariantCosts.none());
    }

    public VariantCosts costsOf(Variant variant) {
        return variant == Variant.DIGITAL ? digital : physical;
    }
}
