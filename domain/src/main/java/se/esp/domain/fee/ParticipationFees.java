package se.esp.domain.fee;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** The annual participation fee for each participation level; every level has one. */
public record ParticipationFees(Map<ParticipationLevel, Money> annualByLevel) {

    public ParticipationFees {
        if (annualByLevel == null) {
            throw ValidationException.of("participationFees", ViolationCode.REQUIRED, "must be given");
        }
        for (ParticipationLevel level : ParticipationLevel.values()) {
            Money fee = annualByLevel.get(level);
            if (fee == null) {
                throw ValidationException.of("participationFees." + level.name(), ViolationCode.REQUIRED,
                        "every participation level needs its annual fee");
            }
            if (fee.isNegative()) {
                throw ValidationException.of("participationFees." + level.name(), ViolationCode.OUT_OF_RANGE,
                        "must not be negative");
            }
        }
        annualByLevel = Collections.unmodifiableMap(new EnumMap<>(annualByLevel));
    }

    public Money annualFee(ParticipationLevel level) {
        return annualByLevel.get(level);
    }
}
