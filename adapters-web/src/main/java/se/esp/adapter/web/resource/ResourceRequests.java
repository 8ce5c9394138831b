package se.esp.adapter.web.resource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.esp.adapter.web.json.JsonRequest;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Reads the parts of resource requests into value objects, recording every refused field by its JSON path. */
final class ResourceRequests {

    private ResourceRequests() {
    }

    /** The profile fields, or {@code null} when any of them was refused (the violations say which). */
    static ResourceProfile profile(JsonRequest request) {
        boolean refused = false;
        String nameText = request.requiredString("displayName");
        String displayName = nameText == null ? null : request.check("displayName",
                () -> Text.requireText("displayName", nameText, ResourceProfile.MAX_NAME_LENGTH));
        refused |= displayName == null;
        Set<LanguageCode> languages = new LinkedHashSet<>();
        List<String> languageTexts = request.stringList("languages");
        refused |= request.violations().concerns("languages");
        for (int i = 0; i < languageTexts.size(); i++) {
            String text = languageTexts.get(i);
            LanguageCode language = request.check("languages[" + i + "]", () -> LanguageCode.of(text));
            refused |= language == null;
            if (language != null) {
                languages.add(language);
            }
        }
        String employerText = request.optionalString("employerId");
        OrganisationId employer = employerText == null ? null
                : request.check("employerId", () -> OrganisationId.parse(employerText));
        refused |= request.violations().concerns("employerId");
        String rateText = request.optionalDecimalText("hourlyRate");
        Money rate = rateText == null ? null : request.check("hourlyRate", () -> Money.parse(rateText));
        refused |= request.violations().concerns("hourlyRate");
        boolean sentAvailability = request.has("availability");
        Availability availability = availability(request);
        refused |= sentAvailability && availability == null || request.violations().concerns("availability");
        if (refused) {
            return null;
        }
        return attempt(request, () -> new ResourceProfile(displayName, languages, employer, rate,
                availability == null ? Availability.none() : availability));
    }

    /** The competences declared in a registration; {@code null} when any was refused. */
    static List<CompetenceDeclaration> competences(JsonRequest request) {
        List<CompetenceDeclaration> declarations = new ArrayList<>();
        boolean refused = false;
        for (JsonRequest competence : request.objectList("competences")) {
            CompetenceDeclaration declaration = declaration(competence);
            if (declaration == null) {
                refused = true;
            } else {
                declarations.add(declaration);
            }
        }
        return refused ? null : declarations;
    }

    /** One competence declaration ({@code code}, {@code evidence}, {@code expiresOn}); {@code null} when refused. */
    static CompetenceDeclaration declaration(JsonRequest request) {
        String codeText = request.requiredString("code");
        CompetenceCode code = codeText == null ? null : request.check("code", () -> CompetenceCode.of(codeText));
        String evidence = request.requiredString("evidence");
        LocalDate expiresOn = date(request, "expiresOn");
        if (code == null || evidence == null || expiresOn == null) {
            return null;
        }
        return attempt(request, () -> new CompetenceDeclaration(code, evidence, expiresOn));
    }

    private static Availability availability(JsonRequest request) {
        JsonRequest availability = request.optionalObject("availability");
        if (availability == null) {
            return null;
        }
        List<WeeklySlot> slots = new ArrayList<>();
        boolean refused = false;
        for (JsonRequest slot : availability.objectList("slots")) {
            DayOfWeek day = slot.requiredEnum("day", DayOfWeek.class);
            LocalTime start = time(slot, "start");
            LocalTime end = time(slot, "end");
            WeeklySlot parsed = day == null || start == null || end == null ? null
                    : attempt(slot, () -> new WeeklySlot(day, start, end));
            if (parsed == null) {
                refused = true;
            } else {
                slots.add(parsed);
            }
        }
        Long maxHours = availability.optionalLong("maxHoursPerWeek");
        if (maxHours == null && !availability.violations().concerns("maxHoursPerWeek")) {
            availability.violations().add("maxHoursPerWeek", ViolationCode.REQUIRED, "is required, e.g. 10");
        }
        if (refused || maxHours == null) {
            return null;
        }
        if (maxHours < 0 || maxHours > Availability.MAX_HOURS_PER_WEEK) {
            availability.violations().add("maxHoursPerWeek", ViolationCode.OUT_OF_RANGE,
                    "must be between 0 and " + Availability.MAX_HOURS_PER_WEEK);
            return null;
        }
        try {
            return new Availability(slots, maxHours.intValue());
        } catch (ValidationException e) {
            // Its fields are named from the body ("availability.slots"), so they go to the body's violations.
            request.violations().addAll(e);
            return null;
        }
    }

    static LocalDate date(JsonRequest request, String field) {
        String text = request.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            request.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a date like 2028-01-31");
            return null;
        }
    }

    private static LocalTime time(JsonRequest request, String field) {
        String text = request.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            request.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a time like 09:30");
            return null;
        }
    }

    /** Builds a value object whose own validation names its fields; they are recorded as they are. */
    private static <T> T attempt(JsonRequest request, java.util.function.Supplier<T> construction) {
        try {
            return construction.get();
        } catch (ValidationException e) {
            request.violations().addAll(e);
            return null;
        }
    }
}
