package se.esp.adapter.persistence.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/** Translates between the aggregate and its rows; the only place that knows both. */
final class ResourceMapper {

    private ResourceMapper() {
    }

    static Resource toDomain(ResourceJpaEntity row) {
        List<WeeklySlot> slots = row.slots.stream()
                .map(s -> new WeeklySlot(DayOfWeek.of(s.dayOfWeek), LocalTime.of(s.startMinute / 60, s.startMinute % 60),
                        LocalTime.of(s.endMinute / 60, s.endMinute % 60)))
                .toList();
        ResourceProfile profile = new ResourceProfile(row.displayName,
                row.languages.stream().map(LanguageCode::new).collect(Collectors.toSet()),
                row.employerId == null ? null : new OrganisationId(UUID.fromString(row.employerId)),
                Money.ofOre(row.hourlyRateOre), new Availability(slots, row.maxHoursPerWeek));
        List<Competence> competences = row.competences.stream()
                .map(c -> new Competence(new CompetenceDeclaration(new CompetenceCode(c.code), c.evidence, c.expiresOn),
                        c.status, c.decidedBy, c.decidedAt, c.remark))
                .toList();
        return Resource.reconstitute(new ResourceId(UUID.fromString(row.id)), row.personUserId, profile, competences,
                row.status, row.version);
    }

    static ResourceJpaEntity newRow(Resource resource) {
        ResourceJpaEntity row = new ResourceJpaEntity();
        row.id = resource.id().toString();
        row.personUserId = resource.personUserId();
        copyChangeableFields(resource, row);
        return row;
    }

    static void copyChangeableFields(Resource resource, ResourceJpaEntity row) {
        ResourceProfile profile = resource.profile();
        row.displayName = profile.displayName();
        row.employerId = profile.employerIfAny().map(OrganisationId::toString).orElse(null);
        row.hourlyRateOre = profile.hourlyRate().ore();
        row.maxHoursPerWeek = profile.availability().maxHoursPerWeek();
        row.status = resource.status();
        row.languages.clear();
        profile.languages().forEach(l -> row.languages.add(l.value()));
        row.slots.clear();
        profile.availability().slots().forEach(s -> row.slots.add(new WeeklySlotEmbeddable(s.day().getValue(),
                s.start().getHour() * 60 + s.start().getMinute(), s.end().getHour() * 60 + s.end().getMinute())));
        row.competences.clear();
        for (Competence competence : resource.competences()) {
            CompetenceEmbeddable c = new CompetenceEmbeddable();
            c.code = competence.code().value();
            c.evidence = competence.declaration().evidence();
            c.expiresOn = competence.expiresOn();
            c.status = competence.status();
            c.decidedBy = competence.decidedBy();
            c.decidedAt = competence.decidedAt() == null ? null : competence.decidedAt().truncatedTo(ChronoUnit.MICROS);
            c.remark = competence.remark();
            row.competences.add(c);
        }
    }
}
