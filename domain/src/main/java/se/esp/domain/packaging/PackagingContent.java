package se.esp.domain.packaging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * What a supplier says about a service. A draft may be incomplete ({@code null} or empty parts); what each part
 * holds is always valid, and {@link #missingForReview()} says what must be added before review. A published
 * offering version keeps an immutable copy.
 *
 * @param eligibility         {@code null}: anybody
 * @param costModel           {@code null} until the supplier states the costs
 * @param pricePerParticipant the price a consumer pays per participant; {@code null} until stated
 * @param sessionsPerWeek     how many of the sessions that need a resource run in one week; {@code null}: one a week
 * @param costSplitRule       how a co-delivery's cost is split between its consumer organisations; {@code null} is
 *                            read as {@link CostSplitRule#PER_PARTICIPANT}, the default
 */
public record PackagingContent(LocalisedText titles, LocalisedText descriptions, Phase phase, ServiceArea serviceArea,
                               Set<TargetGroup> targetGroups, DeliveryMode deliveryMode,
                               Set<LanguageCode> deliveryLanguages, List<Component> components, GroupSize groupSize,
                               Eligibility eligibility, ApplicationForm applicationForm,
                               List<MicroCredentialRef> microCredentials, CostModel costModel,
                               Money pricePerParticipant, Integer sessionsPerWeek, CostSplitRule costSplitRule) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 8_000;
    public static final int MAX_COMPONENTS = 50;
    /** At most one session a day. */
    public static final int MAX_SESSIONS_PER_WEEK = 7;

    public PackagingContent {
        titles = Objects.requireNonNullElse(titles, LocalisedText.empty());
        descriptions = Objects.requireNonNullElse(descriptions, LocalisedText.empty());
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
        deliveryLanguages = deliveryLanguages == null ? Collections.emptySet()
                : Collections.unmodifiableSet(new TreeSet<>(deliveryLanguages));
        components = components == null ? List.of() : List.copyOf(components);
        applicationForm = Objects.requireNonNullElse(applicationForm, ApplicationForm.none());
        microCredentials = microCredentials == null ? List.of() : List.copyOf(microCredentials);
        costSplitRule = Objects.requireNonNullElse(costSplitRule, CostSplitRule.PER_PARTICIPANT);

        Violations violations = new Violations();
        LocalisedText checkedTitles = titles;
        violations.checkNested("titles", () -> {
            LocalisedText.requireMaxLength(checkedTitles, MAX_TITLE_LENGTH);
            return null;
        });
        if (components.size() > MAX_COMPONENTS) {
            violations.add("components", ViolationCode.OUT_OF_RANGE, "at most " + MAX_COMPONENTS + " components");
        }
        if (pricePerParticipant != null && !pricePerParticipant.isPositive()) {
            violations.add("pricePerParticipant", ViolationCode.OUT_OF_RANGE, "must be above 0");
        }
        if (sessionsPerWeek != null && (sessionsPerWeek < 1 || sessionsPerWeek > MAX_SESSIONS_PER_WEEK)) {
            violations.add("sessionsPerWeek", ViolationCode.OUT_OF_RANGE,
                    "must be between 1 and " + MAX_SESSIONS_PER_WEEK + " (at most one session a day)");
        }
        violations.throwIfAny();
    }

    /** Content with one session a week and the cost split per participant, the defaults. */
    public PackagingContent(LocalisedText titles, LocalisedText descriptions, Phase phase, ServiceArea serviceArea,
                            Set<TargetGroup> targetGroups, DeliveryMode deliveryMode,
                            Set<LanguageCode> deliveryLanguages, List<Component> components, GroupSize groupSize,
                            Eligibility eligibility, ApplicationForm applicationForm,
                            List<MicroCredentialRef> microCredentials, CostModel costModel,
                            Money pricePerParticipant) {
        this(titles, descriptions, phase, serviceArea, targetGroups, deliveryMode, deliveryLanguages, components,
                groupSize, eligibility, applicationForm, microCredentials, costModel, pricePerParticipant, null, null);
    }

    /** A draft with nothing in it yet. */
    public static PackagingContent empty() {
        return new PackagingContent(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** The same content with another cost split rule. */
    public PackagingContent withCostSplitRule(CostSplitRule rule) {
        return new PackagingContent(titles, descriptions, phase, serviceArea, targetGroups, deliveryMode,
                deliveryLanguages, components, groupSize, eligibility, applicationForm, microCredentials, costModel,
                pricePerParticipant, sessionsPerWeek, rule);
    }

    /** The same content with another number of sessions a week. */
    public PackagingContent withSessionsPerWeek(Integer perWeek) {
        return new PackagingContent(titles, descriptions, phase, serviceArea, targetGroups, deliveryMode,
                deliveryLanguages, components, groupSize, eligibility, applicationForm, microCredentials, costModel,
                pricePerParticipant, perWeek, costSplitRule);
    }

    /**
     * Whether an application must give each participant's personal identity number: when the form asks for it, and
     * when the offering has an age limit, because the age is checked from the number (and nothing else is kept that
     * could tell it).
     */
    public boolean formRequiresIdentityNumber() {
        Eligibility rules = eligibilityOrAnybody();
        return applicationForm.identityNumberRequired() || rules.minAge() != null || rules.maxAge() != null;
    }

    /** The components that need a person: their sessions are what a resource's week must hold. */
    public List<Component> resourcedComponents() {
        return components.stream().filter(c -> c.resource() != null).toList();
    }

    /** The resource hours one delivery takes in all: every resourced component's count × hours. */
    public BigDecimal resourceHoursPerDelivery() {
        BigDecimal total = BigDecimal.ZERO;
        for (Component component : resourcedComponents()) {
            total = total.add(component.resource().hours().multiply(BigDecimal.valueOf(component.count())));
        }
        return total;
    }

    /**
 * Everything a reviewer needs that is not there yet, by field; empty when the packaging can be submitted.
 */
    public List<Violation> missingForReview() {
        List<Violation> missing = new ArrayList<>();
        for (LanguageCode language : List.of(LanguageCode.SWEDISH, LanguageCode.ENGLISH)) {
            if (!titles.has(language)) {
                missing.add(required("titles." + language, "a title in " + language + " is required"));
            }
            if (!descriptions.has(language)) {
                missing.add(required("descriptions." + language, "a description in " + language + " is required"));
            }
        }
        requirePresent(missing, phase, "phase");
        requirePresent(missing, serviceArea, "serviceArea");
        if (targetGroups.isEmpty()) {
            missing.add(required("targetGroups", "at least one target group is required"));
        }
        requirePresent(missing, deliveryMode, "deliveryMode");
        if (deliveryLanguages.isEmpty()) {
            missing.add(required("deliveryLanguages", "at least one delivery language is required"));
        }
        if (components.isEmpty()) {
            missing.add(required("components", "at least one component is required"));
        }
        requirePresent(missing, groupSize, "groupSize");
        requirePresent(missing, costModel, "costModel");
        requirePresent(missing, pricePerParticipant, "pricePerParticipant");
        return List.copyOf(missing);
    }

    public Eligibility eligibilityOrAnybody() {
        return eligibility == null ? Eligibility.anybody() : eligibility;
    }

    private static void requirePresent(List<Violation> missing, Object value, String field) {
        if (value == null) {
            missing.add(required(field, "is required"));
        }
    }

    private static Violation required(String field, String message) {
        return new Violation(field, ViolationCode.REQUIRED, message);
    }
}
