package se.esp.adapter.web.console.resource;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The profile form as typed (name, languages, employer, rate, weekly slots and the weekly cap) and how it becomes
 * the {@link ResourceProfile} the use cases take. Every refusal is named like the input it belongs to, so the
 * console's error rule shows it there: {@code displayName}, {@code languages}, {@code employerId},
 * {@code hourlyRate}, {@code slots[<i>].day|start|end}, {@code availability.maxHoursPerWeek}; overlapping slots
 * ({@code availability.slots}) belong to no single input and show among the page's messages.
 *
 * <p>The form shows the stored slots and {@value #SPARE_SLOTS} empty rows for new ones; a row left or made empty is
 * no slot.</p>
 */
public final class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Empty rows offered below the stored slots. */
    public static final int SPARE_SLOTS = 2;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One row of the availability: a day, a start and an end, as typed. */
    public static final class SlotRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private DayOfWeek day;
        private String start;
        private String end;

        public SlotRow() {
        }

        SlotRow(DayOfWeek day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        boolean isEmpty() {
            return day == null && blank(start) && blank(end);
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    private String displayName;
    private String[] languages = {};
    private String employerId;
    private Money hourlyRate;
    private final List<SlotRow> slots = new ArrayList<>();
    private Integer maxHoursPerWeek;

    /** A new person's form: the name they signed in with, employed by the organisation they act for, if any. */
    public static ProfileForm empty(String displayName, OrganisationId employer) {
        ProfileForm form = new ProfileForm();
        form.displayName = displayName;
        form.employerId = employer == null ? null : employer.toString();
        form.addSpareSlots();
        return form;
    }

    /** The stored profile, to change. */
    public static ProfileForm of(ResourceProfile profile) {
        ProfileForm form = new ProfileForm();
        form.displayName = profile.displayName();
        form.languages = profile.languages().stream().map(LanguageCode::value).toArray(String[]::new);
        form.employerId = profile.employerIfAny().map(OrganisationId::toString).orElse(null);
        form.hourlyRate = profile.hourlyRate();
        profile.availability().slots().forEach(slot -> form.slots.add(new SlotRow(slot.day(),
                TIME.format(slot.start()), TIME.format(slot.end()))));
        form.maxHoursPerWeek = profile.availability().maxHoursPerWeek();
        form.addSpareSlots();
        return form;
    }

    private void addSpareSlots() {
        for (int i = 0; i < SPARE_SLOTS; i++) {
            slots.add(new SlotRow());
        }
    }

    /**
     * The profile the form describes.
     *
     * @throws ValidationException every refused field at once, named by its input
     */
    public ResourceProfile toProfile() {
        Violations violations = new Violations();
        Set<LanguageCode> codes = new LinkedHashSet<>();
        for (String code : languages == null ? new String[0] : languages) {
            LanguageCode language = violations.check("languages", () -> LanguageCode.of(code));
            if (language != null) {
                codes.add(language);
            }
        }
        OrganisationId employer = blank(employerId) ? null
                : violations.check("employerId", () -> OrganisationId.parse(employerId.strip()));
        List<WeeklySlot> weekly = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            SlotRow row = slots.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String path = "slots[" + i + "]";
            LocalTime start = time(violations, path + ".start", row.start);
            LocalTime end = time(violations, path + ".end", row.end);
            if (!violations.concernsBelow(path)) {
                WeeklySlot slot = violations.checkNested(path, () -> new WeeklySlot(row.day, start, end));
                if (slot != null) {
                    weekly.add(slot);
                }
            }
        }
        Availability availability = null;
        if (maxHoursPerWeek == null) {
            violations.add("availability.maxHoursPerWeek", ViolationCode.REQUIRED, "must be given");
        } else {
            // the cap is checked even when a slot was refused (then without the slots, whose refusals stand)
            List<WeeklySlot> checked = violations.concernsBelow("slots") ? List.of() : weekly;
            try {
                availability = new Availability(checked, maxHoursPerWeek);
            } catch (ValidationException e) { // named availability.slots, availability.maxHoursPerWeek
                violations.addAll(e);
            }
        }
        // the profile's own rules (languages, rate) are checked even when the name was refused, so every refusal
        // shows at once
        String name = violations.check("displayName",
                () -> Text.requireText("displayName", displayName, ResourceProfile.MAX_NAME_LENGTH));
        ResourceProfile profile = null;
        try {
            profile = new ResourceProfile(name != null ? name : "-", codes, employer, hourlyRate,
                    availability != null ? availability : Availability.none());
        } catch (ValidationException e) {
            violations.addAll(e);
        }
        violations.throwIfAny();
        return profile;
    }

    /** A time as people write it: {@code 10:00}, {@code 10.00} or {@code 9:30}; empty is none. */
    private static LocalTime time(Violations violations, String field, String typed) {
        if (blank(typed)) {
            return null;
        }
        String text = typed.strip().replace('.', ':');
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, TIME);
        } catch (DateTimeParseException e) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "write the time as HH:MM, e.g. 10:00");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String[] getLanguages() {
        return languages;
    }

    public void setLanguages(String[] languages) {
        this.languages = languages;
    }

    public String getEmployerId() {
        return employerId;
    }

    public void setEmployerId(String employerId) {
        this.employerId = employerId;
    }

    public Money getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(Money hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public List<SlotRow> getSlots() {
        return slots;
    }

    public Integer getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(Integer maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }
}
