package se.esp.domain.fee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** An organisation's membership: it pays the entry fee once and the annual fee of its population band. */
public record Membership(FeeItemId id, OrganisationId member, LocalDate joinedOn, LocalDate leftOn) {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        if (joinedOn == null) {
            throw ValidationException.of("joinedOn", ViolationCode.REQUIRED, "must be given");
        }
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            throw ValidationException.of("leftOn", ViolationCode.OUT_OF_RANGE, "must not be before joinedOn");
        }
    }

    public Optional<LocalDate> leftOnIfAny() {
        return Optional.ofNullable(leftOn);
    }

    public Membership leavingOn(LocalDate day) {
        return new Membership(id, member, joinedOn, day);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
    }
}
