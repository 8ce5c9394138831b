package se.esp.adapter.web.resource;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.CompetenceStatus;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;

/**
 * The resource API's request and response models: what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records. Each competence in an answer says whether it counts today (verified and
 * before its expiry date), so nobody has to redo that rule in a client.
 */
final class ResourceModels {

    /** At most this many languages per resource; ISO 639-1 has under 200, nobody delivers in more than a few. */
    static final int MAX_LANGUAGES = 30;
    /** At most this many weekly slots; slots may not overlap, so even this many is a fragmented week. */
    static final int MAX_SLOTS = 100;
    /** At most this many competences declared at registration. */
    static final int MAX_COMPETENCES = 50;
    /** A cap far above any real hourly rate, so rate × hours always stays within the range of money. */
    static final String MAX_HOURLY_RATE = "100000.00";

    private ResourceModels() {
    }

    /** The profile's fields, which registering and changing a resource send alike. */
    interface ProfileFields {

        String displayName();

        List<String> languages();

        UUID employerId();

        BigDecimal hourlyRate();

        AvailabilityRequest availability();
    }

    @Schema(name = "RegisterResource", description = "A new resource: the resource person themself, or an "
            + "administrator naming the person's user id", additionalProperties = Schema.False.class)
    record RegisterRequest(
            @Schema(maxLength = 200, example = "amina.haddad", description = "The resource person's user id; only an "
                    + "administrator registering someone else sends it, a resource person registers themself")
            String personUserId,
            @Schema(required = true, minLength = 1, maxLength = ResourceProfile.MAX_NAME_LENGTH,
                    example = "Amina Haddad", description = "The name coordinators and match explanations show")
            String displayName,
            @Schema(required = true, minItems = 1, maxItems = MAX_LANGUAGES, example = "[\"ar\", \"sv\"]",
                    description = "The languages the person delivers in, ISO 639-1 codes (upper case is accepted)")
            List<String> languages,
            @Schema(format = "uuid", description = "The organisation paid for the person's hours; none when "
                    + "independent") UUID employerId,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "450.00",
                    minimum = "0.01", maximum = MAX_HOURLY_RATE, description = "SEK an hour, at most two decimals")
            BigDecimal hourlyRate,
            @Schema(description = "When the person can work; none when absent") AvailabilityRequest availability,
            @Schema(maxItems = MAX_COMPETENCES, description = "Competences to declare now; each waits for a "
                    + "coordinator of another organisation") List<DeclarationRequest> competences)
            implements ProfileFields {
    }

    @Schema(name = "ChangeResourceProfile", description = "A resource's profile. What GET answered may be sent "
            + "back: id and version are ignored, personUserId may be sent unchanged; status and competences are "
            + "refused when sent, they change through their own requests. The availability is replaced (none when "
            + "absent)", additionalProperties = Schema.False.class)
    record ChangeProfileRequest(
            @Schema(maxLength = 200, example = "amina.haddad", description = "Not changeable: may be sent back "
                    + "unchanged") String personUserId,
            @Schema(required = true, minLength = 1, maxLength = ResourceProfile.MAX_NAME_LENGTH,
                    example = "Amina Haddad") String displayName,
            @Schema(required = true, minItems = 1, maxItems = MAX_LANGUAGES, example = "[\"ar\", \"sv\"]",
                    description = "ISO 639-1 codes") List<String> languages,
            @Schema(format = "uuid", description = "The organisation paid for the person's hours; none when "
                    + "independent") UUID employerId,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "475.00",
                    minimum = "0.01", maximum = MAX_HOURLY_RATE, description = "SEK an hour, at most two decimals")
            BigDecimal hourlyRate,
            @Schema(description = "When the person can work; none when absent") AvailabilityRequest availability,
            @Schema(type = SchemaType.STRING, implementation = ResourceStatus.class, description = "Not changeable "
                    + "here: a coordinator suspends and reinstates with POST …/suspension and …/reinstatement; "
                    + "verification sets it")
            JsonValue status,
            @Schema(type = SchemaType.ARRAY, implementation = CompetenceView.class, description = "Not changeable "
                    + "here: declared with POST …/competences and decided by a coordinator") JsonValue competences)
            implements ProfileFields {
    }

    @Schema(name = "AvailabilityInput", description = "Recurring weekly slots and a cap on the hours a week",
            additionalProperties = Schema.False.class)
    record AvailabilityRequest(
            @Schema(maxItems = MAX_SLOTS, description = "Slots that must not overlap; none when absent")
            List<SlotRequest> slots,
            @Schema(required = true, minimum = "0", maximum = "" + Availability.MAX_HOURS_PER_WEEK, example = "10",
                    description = "The most hours a week the person may be given in all") Integer maxHoursPerWeek) {
    }

    @Schema(name = "AvailabilitySlotInput", description = "A recurring time in the week, within one day",
            additionalProperties = Schema.False.class)
    record SlotRequest(
            @Schema(required = true, type = SchemaType.STRING, example = "TUESDAY", enumeration = {"MONDAY",
                    "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) DayOfWeek day,
            @Schema(required = true, type = SchemaType.STRING, example = "10:00", description = "Time of day, HH:mm")
            LocalTime start,
            @Schema(required = true, type = SchemaType.STRING, example = "12:00",
                    description = "Time of day, HH:mm, after the start; 00:00 is not allowed, use 23:59")
            LocalTime end) {
    }

    @Schema(name = "CompetenceDeclaration", description = "A competence, the evidence a coordinator can check and "
            + "the date it expires; declaring a code again renews it", additionalProperties = Schema.False.class)
    record DeclarationRequest(
            @Schema(required = true, maxLength = CompetenceCode.MAX_LENGTH, example = "study-guidance",
                    description = "Lower-case letters and digits joined by hyphens") String code,
            @Schema(required = true, minLength = 1, maxLength = CompetenceDeclaration.MAX_EVIDENCE_LENGTH,
                    example = "Lärarexamen, Malmö universitet 2014", description = "A diploma, a licence number, "
                    + "an employer's statement") String evidence,
            @Schema(required = true, format = "date", example = "2029-06-30",
                    description = "The day the evidence expires; the competence stops counting on it")
            LocalDate expiresOn) {
    }

    @Schema(name = "CompetenceVerification", description = "A coordinator's verification, with an optional remark",
            additionalProperties = Schema.False.class)
    record VerificationRequest(
            @Schema(maxLength = Resource.MAX_REMARK_LENGTH, example = "Examen kontrollerad") String remark) {
    }

    @Schema(name = "CompetenceRejection", description = "A coordinator's rejection and why, so the person can send "
            + "better evidence", additionalProperties = Schema.False.class)
    record RejectionRequest(
            @Schema(required = true, minLength = 1, maxLength = Resource.MAX_REMARK_LENGTH,
                    example = "Kopian är oläslig") String remark) {
    }

    @Schema(name = "ResourceStatusChange", description = "Why a resource is suspended or reinstated",
            additionalProperties = Schema.False.class)
    record StatusChangeRequest(
            @Schema(required = true, minLength = 1, maxLength = Resource.MAX_REMARK_LENGTH, example = "Klagomål "
                    + "från deltagare utreds") String reason) {
    }

    @Schema(name = "Resource", description = "A professional in the national pool, as coordinators and the person "
            + "see it", additionalProperties = Schema.False.class)
    record ResourceView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "amina.haddad", description = "The resource person's user id")
            String personUserId,
            @Schema(required = true, example = "Amina Haddad") String displayName,
            @Schema(required = true, example = "[\"ar\", \"sv\"]", description = "ISO 639-1 codes, sorted")
            List<String> languages,
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "The organisation paid for the person's hours; null when independent")
            String employerId,
            @Schema(required = true, format = "decimal", example = "450.00", description = "SEK an hour")
            String hourlyRate,
            @Schema(required = true) AvailabilityView availability,
            @Schema(required = true) ResourceStatus status,
            @Schema(required = true) List<CompetenceView> competences,
            @Schema(required = true, description = "The version; also the ETag, sent back in If-Match to change it",
                    example = "1") long version) {

        static ResourceView of(Resource resource, LocalDate today) {
            ResourceProfile profile = resource.profile();
            return new ResourceView(resource.id().toString(), resource.personUserId(), profile.displayName(),
                    profile.languages().stream().map(LanguageCode::value).toList(),
                    profile.employerIfAny().map(Object::toString).orElse(null), profile.hourlyRate().toPlainString(),
                    AvailabilityView.of(profile.availability()), resource.status(),
                    resource.competences().stream().map(c -> CompetenceView.of(c, today)).toList(),
                    resource.version());
        }
    }

    @Schema(name = "ResourceAvailability", description = "Recurring weekly slots and a cap on the hours a week",
            additionalProperties = Schema.False.class)
    record AvailabilityView(
            @Schema(required = true, description = "In the order of the week") List<SlotView> slots,
            @Schema(required = true, example = "10") int maxHoursPerWeek) {

        static AvailabilityView of(Availability availability) {
            return new AvailabilityView(availability.slots().stream().map(SlotView::of).toList(),
                    availability.maxHoursPerWeek());
        }
    }

    @Schema(name = "AvailabilitySlot", description = "A recurring time in the week", additionalProperties =
            Schema.False.class)
    record SlotView(
            @Schema(required = true, type = SchemaType.STRING, example = "TUESDAY", enumeration = {"MONDAY",
                    "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) DayOfWeek day,
            @Schema(required = true, example = "10:00", description = "Time of day, HH:mm") String start,
            @Schema(required = true, example = "12:00", description = "Time of day, HH:mm") String end) {

        static SlotView of(WeeklySlot slot) {
            return new SlotView(slot.day(), slot.start().toString(), slot.end().toString());
        }
    }

    @Schema(name = "ResourceCompetence", description = "A declared competence and the coordinator's decision",
            additionalProperties = Schema.False.class)
    record CompetenceView(
            @Schema(required = true, example = "study-guidance") String code,
            @Schema(required = true, example = "Lärarexamen, Malmö universitet 2014") String evidence,
            @Schema(required = true, format = "date", example = "2029-06-30") String expiresOn,
            @Schema(required = true) CompetenceStatus status,
            @Schema(required = true, description = "Verified and before its expiry date today, so matching counts it")
            boolean countsToday,
            @Schema(required = true, nullable = true, description = "The coordinator's user id; null while pending")
            String decidedBy,
            @Schema(required = true, nullable = true, format = "date-time", description = "Null while pending")
            String decidedAt,
            @Schema(required = true, nullable = true, example = "Examen kontrollerad") String remark) {

        static CompetenceView of(Competence competence, LocalDate today) {
            return new CompetenceView(competence.code().value(), competence.declaration().evidence(),
                    competence.expiresOn().toString(), competence.status(), competence.countsOn(today),
                    competence.decidedBy(), competence.decidedAt() == null ? null : competence.decidedAt().toString(),
                    competence.remark());
        }
    }

    @Schema(name = "ResourcePage", description = "One page of resources", additionalProperties = Schema.False.class)
    record ResourcePage(
            @Schema(required = true) List<ResourceView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static ResourcePage of(Page<Resource> page, LocalDate today) {
            return Paging.envelope(page, r -> ResourceView.of(r, today), ResourcePage::new);
        }
    }
}
