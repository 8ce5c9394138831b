package se.esp.domain.settlement;

import java.math.BigDecimal;

import se.esp.domain.shared.Money;

/**
 * The VAT category of a settlement line on a document (EN 16931 code list), with its rate. Settlement amounts are
 * net of VAT. The welfare services bought and sold through the platform (education, social care; and the staff hours
 * that deliver them) are exempt under the Swedish VAT Act (mervärdesskattelagen 2023:200, chapter 10): {@code E}.
 * The owner's own services — every fee and the joint costs it recovers — are standard rated at 25 %: {@code S}.
 * The owner confirms these choices with its tax adviser; they are here and nowhere else.
 */
public enum VatCategory {
    STANDARD("S", new BigDecimal("25")),
    EXEMPT("E", BigDecimal.ZERO);

    /** Why {@link #EXEMPT} lines carry no VAT, as the documents state it. */
    public static final String EXEMPTION_REASON = "Undantaget från skatteplikt: utbildning och social omsorg "
            + "(10 kap. mervärdesskattelagen 2023:200)";

    private final String code;
    private final BigDecimal percent;

    VatCategory(String code, BigDecimal percent) {
        this.code = code;
        this.percent = percent;
    }

    public static VatCategory of(LineKind kind) {
        return switch (kind) {
            case DELIVERY_BOUGHT, DELIVERY_SOLD, RESOURCE_HOURS -> EXEMPT;
            default -> STANDARD;
        };
    }

    /** The VAT on a taxable amount of this category, rounded once to the öre by {@link Money#ROUNDING}. */
    public Money taxOn(Money taxable) {
        return taxable.percent(percent);
    }

    public String code() {
        return code;
    }

    public BigDecimal percent() {
        return percent;
    }
}
