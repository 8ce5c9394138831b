package se.esp.domain.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A cost the organisations share (e.g. a joint development), owed to the owner and split by a cost key in the
 * settlement of {@code chargedIn}. A cancelled joint cost is no longer due; if it was already settled in a closed
 * period, the settlement credits it back in the next open one.
 */
public record JointCost(FeeItemId id, String description, Money amount, CostKey key, List<CostShare> shares,
                        YearMonth chargedIn, LocalDate cancelledOn) {

    public JointCost {
        Objects.requireNonNull(id, "id");
        description = Text.requireText("description", description, 200);
        if (amount == null) {
            throw ValidationException.of("amount", ViolationCode.REQUIRED, "must be given");
        }
        if (!amount.isPositive()) {
            throw ValidationException.of("amount", ViolationCode.OUT_OF_RANGE, "must be more than 0");
        }
        if (key == null) {
            throw ValidationException.of("costKey", ViolationCode.REQUIRED,
                    "must be BY_POPULATION, BY_PARTICIPANTS or EQUALLY");
        }
        if (shares == null || shares.isEmpty()) {
            throw ValidationException.of("shares", ViolationCode.REQUIRED, "at least one organisation shares it");
        }
        shares = List.copyOf(shares);
        if (new HashSet<>(shares.stream().map(CostShare::organisation).toList()).size() != shares.size()) {
            throw ValidationException.of("shares", ViolationCode.NOT_ALLOWED, "an organisation is listed twice");
        }
        if (key == CostKey.BY_PARTICIPANTS && shares.stream().allMatch(s -> s.participants() == 0)) {
            throw ValidationException.of("shares", ViolationCode.OUT_OF_RANGE,
                    "splitting by participants needs at least one participant");
        }
        if (chargedIn == null) {
            throw ValidationException.of("chargedIn", ViolationCode.REQUIRED, "must be a month, e.g. 2026-11");
        }
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    public Optional<LocalDate> cancelledOnIfAny() {
        return Optional.ofNullable(cancelledOn);
    }

    public JointCost cancelledOn(LocalDate day) {
        return new JointCost(id, description, amount, key, shares, chargedIn, day);
    }
}
