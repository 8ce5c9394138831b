package se.esp.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import se.esp.domain.matching.MatchingInput;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.MatchingScope;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.ResourceSupply;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.resource.WeeklySlot;

/**
 * The matching problem for Timefold Solver, with the engine's hard rules: an application goes into a delivery of its
 * offering version and language; a delivery is led by a resource who speaks the language and holds every required
 * competence, valid through the last day; it starts on the latest earliest start of its participants (never before
 * the day of the run); its sessions lie in the resource's free time, on different days, never overlapping another
 * delivery of the same resource, and the resource's deliveries stay within the weekly cap; a delivery holds no more
 * than the largest group, and no fewer than the smallest unless an urgent application is in it. The objective is
 * the number of participants placed. The engine's order (urgent, turns, first come) is not a constraint here: the
 * solver is the reference for how many could be placed at all.
 *
 * <p>Deliveries the solver may open are enumerated up front ({@link Slot}): per resource, offering and language,
 * every choice of the sessions on different days among the blocks its free time splits into from each slot's start
 * (a grid the engine does not need: it books the earliest free time, wherever earlier bookings ended).</p>
 */
public final class SolverModel {

    private SolverModel() {
    }

    /** A delivery the solver may open: a resource, an offering version, a language and weekly session times. */
    public static final class Slot {
        final int index;
        final int resource;
        final int cap;
        final OfferingRequirement requirement;
        final List<WeeklySlot> times;
        final int weeklyMinutes;
        /** The first day a required competence no longer counts, as an epoch day. */
        final long expires;

        Slot(int index, int resource, ResourceSupply supply, OfferingRequirement requirement, List<WeeklySlot> times) {
            this.index = index;
            this.resource = resource;
            this.cap = supply.maxMinutesPerWeek();
            this.requirement = requirement;
            this.times = times;
            this.weeklyMinutes = times.stream().mapToInt(WeeklySlot::minutes).sum();
            this.expires = requirement.competences().stream()
                    .mapToLong(c -> supply.competences().get(c).toEpochDay()).min().orElseThrow();
        }

        boolean overlaps(Slot other) {
            for (WeeklySlot a : times) {
                for (WeeklySlot b : other.times) {
                    if (a.overlaps(b)) {
                        return true;
                    }
                }
            }
            return false;
        }

        int resource() {
            return resource;
        }

        @Override
        public String toString() {
            return "slot " + index;
        }
    }

    @PlanningEntity
    public static class Request {
        WaitingApplication application;
        int participants;
        boolean urgent;
        long earliest;
        List<Slot> candidates;

        @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
        Slot slot;

        public Request() {
        }

        Request(WaitingApplication application, long asOf, List<Slot> candidates) {
            this.application = application;
            this.participants = application.participants();
            this.urgent = application.urgent();
            this.earliest = Math.max(asOf, application.earliestStart().toEpochDay());
            this.candidates = candidates;
        }

        @ValueRangeProvider(id = "candidates")
        public List<Slot> getCandidates() {
            return candidates;
        }

        public Slot getSlot() {
            return slot;
        }

        public void setSlot(Slot slot) {
            this.slot = slot;
        }
    }

    @PlanningSolution
    public static class Plan {
        @ProblemFactCollectionProperty
        List<Slot> slots;

        @PlanningEntityCollectionProperty
        List<Request> requests;

        @PlanningScore
        HardSoftLongScore score;

        public Plan() {
        }

        Plan(List<Slot> slots, List<Request> requests) {
            this.slots = slots;
            this.requests = requests;
        }

        HardSoftLongScore score() {
            return score;
        }

        /** Participants placed (meaningful when the hard score is zero). */
        long placed() {
            return requests.stream().filter(r -> r.slot != null).mapToLong(r -> r.participants).sum();
        }
    }

    public static class Rules implements ConstraintProvider {

        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            return new Constraint[] {groupAtMostItsLargest(factory), groupAtLeastItsSmallest(factory),
                    competenceValidThroughTheLastDay(factory), sessionsNeverOverlap(factory),
                    weeklyCapHolds(factory), placeParticipants(factory)};
        }

        Constraint groupAtMostItsLargest(ConstraintFactory factory) {
            return factory.forEach(Request.class)
                    .groupBy(r -> r.slot, ConstraintCollectors.sum(r -> r.participants))
                    .filter((slot, n) -> n > slot.requirement.groupSize().max())
                    .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, n) -> n - slot.requirement.groupSize().max())
                    .asConstraint("group at most its largest");
        }

        Constraint groupAtLeastItsSmallest(ConstraintFactory factory) {
            return factory.forEach(Request.class)
                    .groupBy(r -> r.slot, ConstraintCollectors.sum(r -> r.participants),
                            ConstraintCollectors.sum(r -> r.urgent ? 1 : 0))
                    .filter((slot, n, urgent) -> urgent == 0 && n < slot.requirement.groupSize().min())
                    .penalizeLong(HardSoftLongScore.ONE_HARD,
                            (slot, n, urgent) -> slot.requirement.groupSize().min() - n)
                    .asConstraint("group at least its smallest unless urgent");
        }

        Constraint competenceValidThroughTheLastDay(ConstraintFactory factory) {
            return factory.forEach(Request.class)
                    .groupBy(r -> r.slot, ConstraintCollectors.max((Request r) -> r.earliest))
                    .filter((slot, start) -> start + slot.requirement.sessions().weeks() * 7L - 1 >= slot.expires)
                    .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, start) -> 1)
                    .asConstraint("competence valid through the last day");
        }

        Constraint sessionsNeverOverlap(ConstraintFactory factory) {
            return factory.forEach(Request.class).groupBy(r -> r.slot)
                    .join(factory.forEach(Request.class).groupBy(r -> r.slot),
                            Joiners.equal(Slot::resource), Joiners.lessThan(s -> s.index))
                    .filter(Slot::overlaps)
                    .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b) -> 1)
                    .asConstraint("sessions never overlap");
        }

        Constraint weeklyCapHolds(ConstraintFactory factory) {
            return factory.forEach(Request.class).groupBy(r -> r.slot)
                    .groupBy(Slot::resource, ConstraintCollectors.sum((Slot s) -> s.weeklyMinutes),
                            ConstraintCollectors.max((Slot s) -> s.cap))
                    .filter((resource, minutes, cap) -> minutes > cap)
                    .penalizeLong(HardSoftLongScore.ONE_HARD, (resource, minutes, cap) -> minutes - cap)
                    .asConstraint("weekly cap holds");
        }

        Constraint placeParticipants(ConstraintFactory factory) {
            return factory.forEach(Request.class)
                    .rewardLong(HardSoftLongScore.ONE_SOFT, r -> r.participants)
                    .asConstraint("participants placed");
        }
    }

    /** The problem for an engine input: every delivery the solver may open, and every application to place. */
    static Plan of(MatchingInput input) {
        Map<MatchingQueue, List<Slot>> byQueue = new HashMap<>();
        Map<MatchingQueue, Boolean> demanded = new HashMap<>();
        input.applications().forEach(a -> demanded.put(MatchingQueue.of(a), true));
        List<Slot> slots = new ArrayList<>();
        int r = 0;
        for (ResourceSupply resource : input.resources()) {
            for (OfferingRequirement requirement : input.requirements()) {
                for (var language : resource.languages()) {
                    MatchingQueue queue = new MatchingQueue(requirement.offeringVersion(), language);
                    if (!demanded.containsKey(queue) || !MatchingScope.serves(resource, requirement, language)) {
                        continue;
                    }
                    for (List<WeeklySlot> times : patterns(resource, requirement)) {
                        Slot slot = new Slot(slots.size(), r, resource, requirement, times);
                        slots.add(slot);
                        byQueue.computeIfAbsent(queue, q -> new ArrayList<>()).add(slot);
                    }
                }
            }
            r++;
        }
        long asOf = input.asOf().toEpochDay();
        List<Request> requests = input.applications().stream()
                .map(a -> new Request(a, asOf, byQueue.getOrDefault(MatchingQueue.of(a), List.of()))).toList();
        return new Plan(slots, new ArrayList<>(requests));
    }

    /** The sessions on different days, each a block of the free time cut from its slot's start. */
    private static List<List<WeeklySlot>> patterns(ResourceSupply resource, OfferingRequirement requirement) {
        int minutes = requirement.sessions().minutesPerSession();
        int perWeek = requirement.sessions().sessionsPerWeek();
        if (perWeek * minutes > resource.maxMinutesPerWeek()) {
            return List.of();
        }
        List<WeeklySlot> blocks = new ArrayList<>();
        for (WeeklySlot free : resource.availability()) {
            for (var start = free.start(); !start.plusMinutes(minutes).isAfter(free.end())
                    && start.plusMinutes(minutes).isAfter(start); start = start.plusMinutes(minutes)) {
                blocks.add(new WeeklySlot(free.day(), start, start.plusMinutes(minutes)));
            }
        }
        List<List<WeeklySlot>> patterns = new ArrayList<>();
        choose(blocks, 0, perWeek, new ArrayList<>(), patterns);
        return patterns;
    }

    private static void choose(List<WeeklySlot> blocks, int from, int left, List<WeeklySlot> chosen,
                               List<List<WeeklySlot>> patterns) {
        if (left == 0) {
            patterns.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < blocks.size(); i++) {
            WeeklySlot block = blocks.get(i);
            if (chosen.stream().anyMatch(c -> c.day() == block.day())) {
                continue;
            }
            chosen.add(block);
            choose(blocks, i + 1, left - 1, chosen, patterns);
            chosen.remove(chosen.size() - 1);
        }
    }

}
