package se.esp.domain.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Checks an application against the exact offering version it is made for: the delivery language, the earliest
 * start, the number of participants, and for every participant the identity number (asked for exactly when the form
 * or an age limit needs it), the age range, the target groups and the answers to the form (types, required fields,
 * choice lists). Every failure is named by its field — {@code participants[1].answers.level} — with a reason in
 * plain language, and all of them are reported at once.
 */
public final class ApplicationRules {

    public static final int MAX_TEXT_ANSWER = 2_000;

    private ApplicationRules() {
    }

    /**
     * @param today         the platform's date: an application cannot ask to start in the past
     * @param earliestStart the day ages are checked on: a participant must be eligible when the delivery can start
     * @return each applicant's valid answers, in the applicants' order
     * @throws se.esp.domain.shared.ValidationException naming every failure
     */
    public static List<Answers> check(PackagingContent content, LocalDate today, LanguageCode language,
                                      LocalDate earliestStart, List<Applicant> applicants) {
        Violations violations = new Violations();
        if (language != null && !content.deliveryLanguages().contains(language)) {
            violations.add("language", ViolationCode.UNKNOWN_VALUE, "this offering is not delivered in "
                    + language.englishName() + " (" + language + "); it is delivered in "
                    + content.deliveryLanguages().stream().map(l -> l.englishName() + " (" + l + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (earliestStart != null && earliestStart.isBefore(today)) {
            violations.add("earliestStart", ViolationCode.OUT_OF_RANGE, "must not be before today, " + today);
        }
        if (applicants.isEmpty()) {
            violations.add("participants", ViolationCode.REQUIRED, "an application is for at least one participant");
        } else if (content.groupSize() != null && applicants.size() > content.groupSize().max()) {
            violations.add("participants", ViolationCode.OUT_OF_RANGE, "at most " + content.groupSize().max()
                    + " participants: a delivery of this offering takes no more");
        }
        LocalDate ageDay = earliestStart == null ? today : earliestStart;
        List<Answers> answers = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            String prefix = "participants[" + i + "].";
            Applicant applicant = applicants.get(i);
            identityAndAge(content, applicant.identityNumber(), ageDay, prefix, violations);
            targetGroups(content.eligibilityOrAnybody(), applicant.targetGroups(), prefix, violations);
            answers.add(answers(content, applicant.answers(), prefix + "answers.", violations));
        }
        violations.throwIfAny();
        return answers;
    }

    private static void identityAndAge(PackagingContent content, PersonalIdentityNumber number, LocalDate on,
                                       String prefix, Violations violations) {
        String field = prefix + PersonalIdentityNumber.FIELD;
        Eligibility rules = content.eligibilityOrAnybody();
        boolean required = content.formRequiresIdentityNumber();
        if (required && number == null) {
            violations.add(field, ViolationCode.REQUIRED, "the offering asks for the personal identity number"
                    + (hasAgeLimit(rules) ? " to check the age range, " + ageRange(rules) : ""));
            return;
        }
        if (!required && number != null) {
            violations.add(field, ViolationCode.NOT_ALLOWED,
                    "the offering's form does not ask for it, so it is not stored; leave it out");
            return;
        }
        if (number != null && hasAgeLimit(rules)) {
            int age = number.ageOn(on);
            if (!rules.admitsAge(age)) {
                violations.add(field, ViolationCode.NOT_ELIGIBLE, "the participant is " + age + " on " + on
                        + ", the earliest start; the offering is for " + ageRange(rules));
            }
        }
    }

    private static boolean hasAgeLimit(Eligibility rules) {
        return rules.minAge() != null || rules.maxAge() != null;
    }

    private static String ageRange(Eligibility rules) {
        if (rules.minAge() != null && rules.maxAge() != null) {
            return "ages " + rules.minAge() + " to " + rules.maxAge();
        }
        return rules.minAge() != null ? "ages " + rules.minAge() + " and over" : "ages up to " + rules.maxAge();
    }

    private static void targetGroups(Eligibility rules, Set<TargetGroup> stated, String prefix,
                                     Violations violations) {
        if (rules.targetGroups().isEmpty() || stated.stream().anyMatch(rules.targetGroups()::contains)) {
            return;
        }
        String wanted = rules.targetGroups().stream().map(ApplicationRules::words).collect(Collectors.joining(" or "));
        violations.add(prefix + "targetGroups", stated.isEmpty() ? ViolationCode.REQUIRED : ViolationCode.NOT_ELIGIBLE,
                "the offering is for " + wanted + (stated.isEmpty() ? "; state which of these the participant is"
                        : "; the participant is stated to be " + stated.stream().map(ApplicationRules::words)
                        .collect(Collectors.joining(" and "))));
    }

    private static String words(TargetGroup group) {
        return group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Answers answers(PackagingContent content, Map<String, RawAnswer> raw, String prefix,
                                   Violations violations) {
        Map<String, String> valid = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (content.applicationForm().field(key).isEmpty()) {
                violations.add(prefix + key, ViolationCode.NOT_ALLOWED, "the offering's form has no field '" + key
                        + "'");
            }
        }
        for (FormField field : content.applicationForm().fields()) {
            RawAnswer answer = raw.get(field.key());
            String name = prefix + field.key();
            String label = field.label().preferring(LanguageCode.ENGLISH);
            if (answer == null || answer.kind() == RawAnswer.Kind.TEXT && answer.text().isBlank()) {
                if (field.required()) {
                    violations.add(name, ViolationCode.REQUIRED, "\"" + label + "\" must be answered");
                }
                continue;
            }
            String normal = normal(field, label, answer, name, violations);
            if (normal != null) {
                valid.put(field.key(), normal);
            }
        }
        return new Answers(valid);
    }

    private static String normal(FormField field, String label, RawAnswer answer, String name,
                                 Violations violations) {
        switch (field.type()) {
            case TEXT -> {
                if (answer.kind() != RawAnswer.Kind.TEXT) {
                    violations.add(name, ViolationCode.INVALID_FORMAT, "\"" + label + "\" is answered with text");
                    return null;
                }
                String text = answer.text().strip();
                if (text.length() > MAX_TEXT_ANSWER) {
                    violations.add(name, ViolationCode.TOO_LONG, "\"" + label + "\" is answered in at most "
                            + MAX_TEXT_ANSWER + " characters");
                    return null;
                }
                return text;
            }
            case NUMBER -> {
                if (answer.kind() != RawAnswer.Kind.NUMBER) {
                    violations.add(name, ViolationCode.INVALID_FORMAT, "\"" + label + "\" is answered with a number");
                    return null;
                }
                return new BigDecimal(answer.text()).stripTrailingZeros().toPlainString();
            }
            case DATE -> {
                try {
                    if (answer.kind() == RawAnswer.Kind.TEXT) {
                        return LocalDate.parse(answer.text().strip()).toString();
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
                violations.add(name, ViolationCode.INVALID_FORMAT, "\"" + label
                        + "\" is answered with a date such as 2026-12-07");
                return null;
            }
            case CHOICE -> {
                List<String> options = field.choices().stream().map(c -> c.value()).toList();
                if (answer.kind() == RawAnswer.Kind.TEXT && options.contains(answer.text().strip())) {
                    return answer.text().strip();
                }
                violations.add(name, ViolationCode.UNKNOWN_VALUE, "\"" + label + "\" is answered with one of "
                        + String.join(", ", options));
                return null;
            }
            case YES_NO -> {
                if (answer.kind() != RawAnswer.Kind.BOOLEAN) {
                    violations.add(name, ViolationCode.INVALID_FORMAT, "\"" + label
                            + "\" is answered with true (yes) or false (no)");
                    return null;
                }
                return answer.text();
            }
            default -> throw new IllegalStateException("unknown field type " + field.type());
        }
    }
}
