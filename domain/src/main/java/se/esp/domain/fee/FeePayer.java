package se.esp.domain.fee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import se.esp.domain.organisation.FeeBasis;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;

/**
 * What the fee rules need to know of an organisation: its population (membership band, cost key) and its
 * participation level, as they are now and, if they ever changed with a date, as they were on each day
 * ({@code history}, oldest first; empty: the current values always applied). Population and level may be
 * {@code null}.
 */
public record FeePayer(OrganisationId id, Population population, ParticipationLevel level, List<FeeBasis> history) {

    public FeePayer {
        Objects.requireNonNull(id, "id");
        history = history.stream().sorted(Comparator.comparing(FeeBasis::validFrom)).toList();
    }

    /** An organisation whose population and level never changed with a date. */
    public FeePayer(OrganisationId id, Population population, ParticipationLevel level) {
        this(id, population, level, List.of());
    }

    /** The values in force on {@code day}; {@code null}: the current ones. */
    FeeBasis on(LocalDate day) {
        FeeBasis found = null;
        if (day != null) {
            for (FeeBasis basis : history) {
                if (!basis.validFrom().isAfter(day)) {
                    found = basis;
                }
            }
        }
        return found != null ? found : new FeeBasis(FeeBasis.SINCE_REGISTRATION, population, level);
    }

    long populationOrZeroOn(LocalDate day) {
        Population on = on(day).population();
        return on == null ? 0 : on.value();
    }

    ParticipationLevel levelOn(LocalDate day) {
        return on(day).level();
    }
}
