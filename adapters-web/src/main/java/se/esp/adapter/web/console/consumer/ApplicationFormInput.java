package se.esp.adapter.web.console.consumer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * What the case officer typed into an offering's application form, and its translation into the command of the one
 * submission use case every channel calls. Values are named as the API names them ({@code language},
 * {@code participants[1].personalIdentityNumber}, {@code participants[0].answers.goal}), so a refusal — whether the
 * value objects here refuse it or the use case's form and eligibility rules — lands next to the input whose id is
 * that path with {@code .}, {@code [} and {@code ]} as {@code _}. Answers are passed on as the API passes JSON: text,
 * a number, yes/no; the use case checks them against the version's form.
 */
public final class ApplicationFormInput implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One participant's part of the form. */
    public static final class ParticipantInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private String personalIdentityNumber;
        private String preferredLanguage;
        private String[] targetGroups = {};
        private final Map<String, String> answers = new LinkedHashMap<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPersonalIdentityNumber() {
            return personalIdentityNumber;
        }

        public void setPersonalIdentityNumber(String personalIdentityNumber) {
            this.personalIdentityNumber = personalIdentityNumber;
        }

        public String getPreferredLanguage() {
            return preferredLanguage;
        }

        public void setPreferredLanguage(String preferredLanguage) {
            this.preferredLanguage = preferredLanguage;
        }

        public String[] getTargetGroups() {
            return targetGroups;
        }

        public void setTargetGroups(String[] targetGroups) {
            this.targetGroups = targetGroups == null ? new String[0] : targetGroups;
        }

        /** The answers by the form field's key: text as typed, a choice's value, {@code true}/{@code false}. */
        public Map<String, String> getAnswers() {
            return answers;
        }
    }

    private String language;
    private LocalDate earliestStart;
    private boolean urgent;
    private final List<ParticipantInput> participants = new ArrayList<>();
    /** One key per form shown, so a second click on "apply" cannot apply twice. */
    private final String idempotencyKey;

    public ApplicationFormInput(String language, LocalDate earliestStart, String idempotencyKey) {
        this.language = language;
        this.earliestStart = earliestStart;
        this.idempotencyKey = idempotencyKey;
        addParticipant(language);
    }

    public void addParticipant(String preferredLanguage) {
        ParticipantInput participant = new ParticipantInput();
        participant.setPreferredLanguage(preferredLanguage);
        participants.add(participant);
    }

    public void removeParticipant(int index) {
        if (participants.size() > 1 && index >= 0 && index < participants.size()) {
            participants.remove(index);
        }
    }

    /**
     * The command for this form to {@code version}, whose form is {@code form}.
     *
     * @throws ValidationException naming every value refused here, by its path
     */
    public SubmitApplicationCommand command(OfferingVersionId version, ApplicationForm form) {
        Violations violations = new Violations();
        LanguageCode deliveryLanguage = language == null || language.isBlank() ? null
                : violations.check("language", () -> LanguageCode.of(language));
        List<ApplicantEntry> entries = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            ApplicantEntry entry = entry("participants[" + i + "].", participants.get(i), form, violations);
            if (entry != null) {
                entries.add(entry);
            }
        }
        IdempotencyKey key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey);
        violations.throwIfAny();
        return new SubmitApplicationCommand(version, deliveryLanguage, earliestStart, urgent, entries, key);
    }

    private static ApplicantEntry entry(String prefix, ParticipantInput input, ApplicationForm form,
                                        Violations violations) {
        ParticipantName name = violations.check(prefix + "name", () -> new ParticipantName(input.getName()));
        PersonalIdentityNumber number = blank(input.getPersonalIdentityNumber()) ? null
                : violations.check(prefix + PersonalIdentityNumber.FIELD,
                        () -> PersonalIdentityNumber.parse(input.getPersonalIdentityNumber()));
        PreferredLanguage preferred;
        if (blank(input.getPreferredLanguage())) {
            violations.add(prefix + "preferredLanguage", ViolationCode.REQUIRED, "choose the participant's language");
            preferred = null;
        } else {
            preferred = violations.check(prefix + "preferredLanguage",
                    () -> new PreferredLanguage(input.getPreferredLanguage()));
        }
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        Arrays.stream(input.getTargetGroups()).filter(g -> !blank(g))
                .forEach(g -> violations.check(prefix + "targetGroups", () -> groups.add(targetGroup(g))));
        Map<String, RawAnswer> answers = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String text = input.getAnswers().get(field.key());
            if (!blank(text)) {
                answers.put(field.key(), raw(field.type(), text.strip()));
            }
        }
        if (name == null || preferred == null || !blank(input.getPersonalIdentityNumber()) && number == null) {
            return null;
        }
        return new ApplicantEntry(new ParticipantDetails(name, number, preferred, null), groups, answers);
    }

    /** The answer as the API's JSON would carry it: a number as a number only when it reads as one. */
    static RawAnswer raw(FieldType type, String text) {
        switch (type) {
            case NUMBER -> {
                try {
                    return RawAnswer.number(new BigDecimal(text.replace(',', '.').replace(" ", "")
                            .replace("\u00a0", "")).toPlainString());
                } catch (NumberFormatException e) {
                    return RawAnswer.text(text);
                }
            }
            case YES_NO -> {
                return "true".equals(text) || "false".equals(text) ? RawAnswer.bool(Boolean.parseBoolean(text))
                        : RawAnswer.text(text);
            }
            default -> {
                return RawAnswer.text(text);
            }
        }
    }

    private static TargetGroup targetGroup(String name) {
        try {
            return TargetGroup.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("targetGroups", ViolationCode.UNKNOWN_VALUE, "no target group " + name);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public void setEarliestStart(LocalDate earliestStart) {
        this.earliestStart = earliestStart;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public List<ParticipantInput> getParticipants() {
        return participants;
    }
}
