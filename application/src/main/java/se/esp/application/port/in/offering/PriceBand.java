package se.esp.application.port.in.offering;

import se.esp.domain.shared.Money;

/** Bands of price per participant, for the price facet; lower bound included, upper excluded. */
public enum PriceBand {
    UNDER_1000(0, 1_000),
    FROM_1000_TO_2500(1_000, 2_500),
    FROM_2500_TO_5000(2_500, 5_000),
    FROM_5000_TO_10000(5_000, 10_000),
    FROM_10000(10_000, Long.MAX_VALUE / 100);

    private final long fromOre;
    private final long belowOre;

    PriceBand(long fromKronor, long belowKronor) {
        this.fromOre = fromKronor * 100;
        this.belowOre = belowKronor * 100;
    }

    public static PriceBand of(Money price) {
        for (PriceBand band : values()) {
            if (price.ore() < band.belowOre) {
                return band;
            }
        }
        return FROM_10000;
    }

    public long fromOre() {
        return fromOre;
    }

    public long belowOre() {
        return belowOre;
    }
}
