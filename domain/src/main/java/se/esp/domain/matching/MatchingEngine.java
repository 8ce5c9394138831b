package se.esp.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Matches waiting applications to deliveries and resources in one deterministic pass. The rules:
 *
 * <ol>
 * <li><b>Order.</b> Urgent applications before normal ones. Within each, <em>round-robin between consumer
 * organisations in each {@link MatchingQueue queue}</em> (offering version and language): every organisation's first
 * waiting application in the queue (its oldest) comes before any organisation's second there, and so on; within a
 * round, first come first served (received-at, then id). So an organisation that sends a thousand applications at
 * once cannot push another organisation's single application to the back of the queue when places are scarce, while
 * each organisation's own applications keep their order. Turns are counted per queue because that is where
 * applications compete for places: an organisation's applications elsewhere do not cost it turns here, and a
 * queue's order depends on the queue alone, which lets matching work per queue ({@link MatchingScope}).</li>
 * <li><b>Fill before opening.</b> An application joins an open delivery of the same offering version and language
 * when it has not started, has room for all its participants, starts no earlier than the application's earliest start, and its
 * resource still holds the required competences through the delivery's last day (the one starting soonest, then
 * the fullest). Only if none fits does it open a new delivery.</li>
 * <li><b>Opening.</b> A new delivery for an urgent application starts on its earliest start (or the run's day, if
 * later). For any other it starts on the first day from then on by which the minimum group waits — this application
 * with the participants still waiting for the same offering and language whose earliest start has come — rather than
 * leaving them all waiting for a group until that day; and if more wait to start within {@link #GATHERING_DAYS}
 * days after it, on the day by which the group is full, else the last such day, so a delivery does not shut out those
 * who asked to start a few days later. If no resource's competence lasts through the later last day, on the first
 * day the minimum group waits. It needs an eligible resource: verified competences the offering requires, valid
 * through the last day; the delivery language; free weekly time for every session (one a day, each at the earliest
 * free time of the earliest free day) without passing the weekly cap. Among eligible resources the lowest hourly
 * rate wins (then the resource id). It opens only if the urgent flag is set or the minimum group is reached.</li>
 * <li><b>Explanations.</b> Every placement and every waitlist entry says why, in plain language.</li>
 * <li><b>Settled.</b> The greedy pass repeats over the applications still waiting — in the queues where the last
 * round placed someone or someone waits for a group; every other wait stays once capacity only shrank — until a round
 * places nobody (a delivery opened late in a round may take an application decided earlier in it). So a run leaves
 * nothing that a next run on its stored result could still do, and a change later needs a pass over what it affects
 * only.</li>
 * </ol>
 *
 * <p>Deterministic: the same input, in any list order, gives the same result. Designed for national scale: supply is
 * indexed by (competence, language) and sorted by rate, exhausted resources are skipped for good, and a failed search
 * for an offering and language is remembered for the rest of the run (capacity only shrinks during a run), so a pass
 * is close to O(n log n).</p>
 */
public final class MatchingEngine {

    /**
     * How many days after the day its smallest group waits a new delivery may start, so that those who asked to start
     * within that time can join it too (until it is full).
     */
    public static final int GATHERING_DAYS = 14;

    private MatchingEngine() {
    }

    public static MatchingResult match(MatchingInput input) {
        return new Run(input).run();
    }

    private record SupplyKey(CompetenceCode competence, LanguageCode language) {
    }

    /**
     * A queue's state during the run, reached from each of its applications directly: the run asks for it again and
     * again, and hashing the queue's key for every question was a large part of a pass over a long queue.
     */
    private static final class QueueState {
        final int index;
        /** Its open deliveries with room, if any. */
        List<DeliveryState> open;
        /** Why no resource was found this round, if a search failed. */
        NoResource noResource;
        /** Who still waits this round, by earliest start; null if nobody could join a delivery. */
        PendingDemand.Queue pending;

        QueueState(int index) {
            this.index = index;
        }
    }

    /** One application on its way through the run; its sort keys are primitives, compared without boxing. */
    private static final class Item {
        final WaitingApplication application;
        final OfferingRequirement requirement;
        final Requirement info;
        final MatchingQueue key;
        final QueueState queue;
        /** The turn this application's organisation takes in its queue at its urgency, as one number. */
        final long turnKey;
        final long earliestDay;
        /** Whether it could join a delivery at all: on offer, in an offered language, not too large a group. */
        final boolean joinable;
        final boolean urgent;
        final long receivedSecond;
        final int receivedNano;
        final long idHigh;
        final long idLow;
        int round;
        int pendingIndex = -1;
        /** The place in the first round's order, which the result's waitlist keeps. */
        int order;
        /** The latest wait decided for it, if it waits. */
        WaitlistEntry wait;

        Item(WaitingApplication application, Requirement info, MatchingQueue key, QueueState queue, int consumer) {
            this.application = application;
            this.info = info;
            this.requirement = info == null ? null : info.requirement;
            this.key = key;
            this.queue = queue;
            this.urgent = application.urgent();
            this.turnKey = ((long) queue.index << 32) | ((long) consumer << 1) | (urgent ? 1 : 0);
            this.earliestDay = application.earliestStart().toEpochDay();
            this.joinable = requirement != null && info.languages.contains(application.language())
                    && application.participants() <= requirement.groupSize().max();
            this.receivedSecond = application.receivedAt().getEpochSecond();
            this.receivedNano = application.receivedAt().getNano();
            this.idHigh = application.id().value().getMostSignificantBits();
            this.idLow = application.id().value().getLeastSignificantBits();
        }

        /** First come first served: received-at, then the id (as {@link java.util.UUID#compareTo} orders). */
        static int firstComeFirstServed(Item a, Item b) {
            int c = Long.compare(a.receivedSecond, b.receivedSecond);
            if (c == 0) {
                c = Integer.compare(a.receivedNano, b.receivedNano);
            }
            if (c == 0) {
                c = Long.compare(a.idHigh, b.idHigh);
            }
            return c != 0 ? c : Long.compare(a.idLow, b.idLow);
        }

        static int urgentFirst(Item a, Item b) {
            return Boolean.compare(b.urgent, a.urgent);
        }
    }

    /** An offering's requirement with what the run asks of it again and again, worked out once. */
    private static final class Requirement {
        final OfferingRequirement requirement;
        final CompetenceCode[] competences;
        final java.util.Set<LanguageCode> languages;
        final String competencesInWords;

        Requirement(OfferingRequirement requirement) {
            this.requirement = requirement;
            this.competences = requirement.competences().toArray(new CompetenceCode[0]);
            this.languages = new java.util.HashSet<>(requirement.languages());
            this.competencesInWords = requirement.competencesInWords();
        }
    }

    private record Found(ResourceState resource, List<WeeklySlot> slots) {
    }

    /** Why no resource was found for an offering and language from some last day on; true for later days too. */
    private record NoResource(LocalDate fromLastDay, String detail) {
    }

    private static final class Run {

        private final MatchingInput input;
        private final Map<OfferingVersionId, Requirement> requirements = new HashMap<>();
        private final Map<ResourceId, ResourceState> resources = new HashMap<>();
        private final Map<SupplyKey, Bucket> buckets = new HashMap<>();
        private final Map<MatchingQueue, QueueState> queues = new HashMap<>();
        private final Map<DeliveryKey, DeliveryState> touched = new LinkedHashMap<>();
        private final Map<LanguageCode, String> languageNames = new HashMap<>();
        private PendingDemand pending;
        private final int shortestSession;
        private int opened;

        Run(MatchingInput input) {
            this.input = input;
            for (OfferingRequirement requirement : input.requirements()) {
                requirements.put(requirement.offeringVersion(), new Requirement(requirement));
            }
            shortestSession = input.requirements().stream()
                    .mapToInt(r -> r.sessions().minutesPerSession()).min().orElse(Integer.MAX_VALUE);
            indexSupply();
            bookOpenDeliveries();
        }

        private void indexSupply() {
            List<ResourceSupply> supply = new ArrayList<>(input.resources());
            supply.sort(Comparator.comparing(ResourceSupply::hourlyRate).thenComparing(ResourceSupply::id));
            for (ResourceSupply resource : supply) {
                ResourceState state = new ResourceState(resource);
                resources.put(resource.id(), state);
                for (CompetenceCode competence : resource.competences().keySet()) {
                    for (LanguageCode language : resource.languages()) {
                        buckets.computeIfAbsent(new SupplyKey(competence, language), k -> new Bucket()).add(state);
                    }
                }
            }
        }

        /** Open deliveries keep their resources' time whatever this run decides. */
        private void bookOpenDeliveries() {
            // Every planned or running delivery books its resource's time; only those not started take participants.
            List<OpenDelivery> deliveries = new ArrayList<>(input.openDeliveries());
            deliveries.sort(Comparator.comparing(OpenDelivery::id));
            for (OpenDelivery delivery : deliveries) {
                ResourceState resource = resources.get(delivery.resource());
                if (resource != null) {
                    resource.book(delivery.sessionSlots());
                }
                Requirement info = requirements.get(delivery.offeringVersion());
                OfferingRequirement requirement = info == null ? null : info.requirement;
                if (requirement == null || resource == null
                        || !info.languages.contains(delivery.language())
                        || !resource.supply.languages().contains(delivery.language())) {
                    continue;
                }
                LocalDate lastDay = requirement.sessions().lastDay(delivery.startsOn());
                if (!holdsAll(resource, info, lastDay)) {
                    continue;
                }
                if (delivery.startsOn().isBefore(input.asOf())) {
                    continue;
                }
                DeliveryState state = new DeliveryState(DeliveryKey.existing(delivery.id()), requirement,
                        delivery.language(), resource, delivery.sessionSlots(), delivery.startsOn(), lastDay,
                        delivery.participants());
                if (state.room() > 0) {
                    QueueState queue = queue(new MatchingQueue(delivery.offeringVersion(), delivery.language()));
                    if (queue.open == null) {
                        queue.open = new ArrayList<>();
                    }
                    queue.open.add(state);
                }
            }
        }

        /**
         * Rounds of the greedy pass until one places nobody: a placement can make room for an application decided
         * earlier in the round (a delivery opened later with an earlier start it may join, a minimum group reached
         * once others are placed). Each round decides those still waiting afresh, as a new run on the stored result
         * would, so the result leaves nothing a later run could still do: its waits are those of its last round.
         */
        MatchingResult run() {
            List<Item> remaining = items();
            int waiting = 0;
            for (Item item : remaining) {
                waiting += item.application.participants();
            }
            List<Item> all = inFairOrder(remaining);
            for (int i = 0; i < all.size(); i++) {
                all.get(i).order = i;
            }
            List<Placement> placements = new ArrayList<>();
            int placed = 0;
            while (true) {
                List<Item> items = inFairOrder(remaining);
                pending = new PendingDemand();
                for (QueueState queue : queues.values()) {
                    queue.noResource = null;
                    queue.pending = null;
                }
                for (Item item : items) {
                    item.pendingIndex = -1;
                    if (item.joinable) {
                        pending.add(item);
                    }
                }
                pending.seal();
                List<Item> stillWaiting = new ArrayList<>();
                java.util.Set<QueueState> again = new java.util.HashSet<>();
                int placedThisRound = 0;
                for (Item item : items) {
                    if (item.pendingIndex >= 0) {
                        pending.remove(item);
                    }
                    // Java 17 has no pattern switch; the sealed type leaves these two cases only.
                    MatchingDecision decision = decide(item);
                    if (decision instanceof Placement placement) {
                        placements.add(placement);
                        placedThisRound += item.application.participants();
                        item.wait = null;
                        again.add(item.queue);
                    } else if (decision instanceof WaitlistEntry wait) {
                        item.wait = wait;
                        stillWaiting.add(item);
                        if (wait.reason() == WaitReason.MINIMUM_GROUP_NOT_REACHED) {
                            again.add(item.queue);
                        }
                    }
                }
                placed += placedThisRound;
                if (placedThisRound == 0) {
                    List<WaitlistEntry> waitlist = new ArrayList<>();
                    for (Item item : all) {
                        if (item.wait != null) {
                            waitlist.add(item.wait);
                        }
                    }
                    List<PlannedDelivery> deliveries = touched.values().stream().map(DeliveryState::planned).toList();
                    return new MatchingResult(placements, waitlist, deliveries, waiting, placed);
                }
                // Only queues where someone was placed, or someone waits for a group, can decide otherwise next
                // round: any other wait (no resource, not on offer, language, group too large) stays as it is once
                // capacity has only shrunk.
                remaining = stillWaiting.stream().filter(item -> again.contains(item.queue)).toList();
            }
        }

        private QueueState queue(MatchingQueue key) {
            return queues.computeIfAbsent(key, k -> new QueueState(queues.size()));
        }

        private List<Item> items() {
            List<Item> items = new ArrayList<>(input.applications().size());
            Map<OrganisationId, Integer> consumers = new HashMap<>();
            for (WaitingApplication application : input.applications()) {
                MatchingQueue key = new MatchingQueue(application.offeringVersion(), application.language());
                int consumer = consumers.computeIfAbsent(application.consumer(), c -> consumers.size());
                items.add(new Item(application, requirements.get(application.offeringVersion()), key, queue(key),
                        consumer));
            }
            return items;
        }

        /**
         * Urgent first; within each, round-robin between consumers in each queue (offering version and language);
         * within a round, first come first served. The turns are counted afresh over the applications given, so a
         * later round of the same run orders those still waiting as a new run would.
         */
        private static List<Item> inFairOrder(List<Item> waiting) {
            Item[] items = waiting.toArray(new Item[0]);
            Arrays.sort(items, (a, b) -> {
                int c = Item.urgentFirst(a, b);
                return c != 0 ? c : Item.firstComeFirstServed(a, b);
            });
            Map<Long, int[]> turns = new HashMap<>();
            for (Item item : items) {
                item.round = turns.computeIfAbsent(item.turnKey, t -> new int[1])[0]++;
            }
            Arrays.sort(items, (a, b) -> {
                int c = Item.urgentFirst(a, b);
                if (c == 0) {
                    c = Integer.compare(a.round, b.round);
                }
                return c != 0 ? c : Item.firstComeFirstServed(a, b);
            });
            return Arrays.asList(items);
        }

        private MatchingDecision decide(Item item) {
            WaitingApplication application = item.application;
            OfferingRequirement requirement = item.requirement;
            if (requirement == null) {
                return wait(application, WaitReason.OFFERING_NOT_ON_OFFER, "The offering version "
                        + application.offeringVersion() + " is not on offer, so no delivery can take the application.");
            }
            String language = name(application.language());
            if (!item.info.languages.contains(application.language())) {
                return wait(application, WaitReason.LANGUAGE_NOT_OFFERED, "\"" + requirement.title()
                        + "\" is not delivered in " + language + "; it is delivered in " + names(requirement) + ".");
            }
            if (application.participants() > requirement.groupSize().max()) {
                return wait(application, WaitReason.GROUP_TOO_LARGE, "The application has "
                        + application.participants() + " participants, more than the largest group of \""
                        + requirement.title() + "\" (" + requirement.groupSize().max()
                        + "); split it into smaller applications.");
            }
            DeliveryState joined = openDeliveryFor(item);
            if (joined != null) {
                joined.participants += application.participants();
                touched.putIfAbsent(joined.key, joined);
                if (joined.room() == 0) {
                    item.queue.open.remove(joined);
                }
                return new Placement(application.id(), joined.key, joined.resource.supply.id(), false,
                        "Placed in the open " + language + " delivery of \"" + requirement.title() + "\" led by "
                                + joined.resource.description + ", starting " + joined.startsOn
                                + ": it had room for all " + application.participants() + " participant(s) (now "
                                + joined.participants + " of at most " + requirement.groupSize().max()
                                + "), and its resource holds a verified " + item.info.competencesInWords
                                + " competence valid through its last day, " + joined.lastDay + ".");
            }
            return openNewDelivery(item, language);
        }

        private DeliveryState openDeliveryFor(Item item) {
            List<DeliveryState> candidates = item.queue.open;
            if (candidates == null) {
                return null;
            }
            DeliveryState best = null;
            for (DeliveryState delivery : candidates) {
                if (delivery.room() < item.application.participants()
                        || delivery.startsOn.isBefore(item.application.earliestStart())) {
                    continue;
                }
                if (best == null || delivery.startsOn.isBefore(best.startsOn)
                        || delivery.startsOn.equals(best.startsOn) && (delivery.participants > best.participants
                        || delivery.participants == best.participants && delivery.comesBefore(best))) {
                    best = delivery;
                }
            }
            return best;
        }

        private MatchingDecision openNewDelivery(Item item, String language) {
            WaitingApplication application = item.application;
            OfferingRequirement requirement = item.requirement;
            LocalDate earliest = application.earliestStart().isAfter(input.asOf()) ? application.earliestStart()
                    : input.asOf();
            int min = requirement.groupSize().min();
            int max = requirement.groupSize().max();
            int own = application.participants();
            // Not urgent: the first day by which the smallest group waits, then up to GATHERING_DAYS later while
            // more who could join want to start, until the group is full. Urgent: at once.
            LocalDate viable = application.urgent() ? null : PendingDemand.firstDateReaching(item.queue, earliest,
                    null, min - own);
            LocalDate start = viable == null ? earliest
                    : PendingDemand.firstDateReaching(item.queue, viable, viable.plusDays(GATHERING_DAYS), max - own);
            LocalDate lastDay = requirement.sessions().lastDay(start);
            String wanted = "a verified " + item.info.competencesInWords + " competence valid through " + lastDay
                    + " and free hours for " + requirement.sessions().describeWeek() + " within their weekly cap";
            NoResource known = item.queue.noResource;
            Found found = known != null && !lastDay.isBefore(known.fromLastDay) ? null
                    : findResource(item.info, application.language(), lastDay);
            if (found == null && !start.equals(viable) && viable != null
                    && (known == null || requirement.sessions().lastDay(viable).isBefore(known.fromLastDay))) {
                // A competence that ends before the gathered group's last day: start when the smallest group waits.
                start = viable;
                lastDay = requirement.sessions().lastDay(start);
                wanted = "a verified " + item.info.competencesInWords + " competence valid through " + lastDay
                        + " and free hours for " + requirement.sessions().describeWeek() + " within their weekly cap";
                found = findResource(item.info, application.language(), lastDay);
            }
            if (found == null) {
                if (known == null || lastDay.isBefore(known.fromLastDay)) {
                    known = new NoResource(lastDay, whyNoResource(item.info, application.language(), lastDay));
                    item.queue.noResource = known;
                }
                return wait(application, WaitReason.NO_ELIGIBLE_RESOURCE, "No verified resource speaks " + language
                        + " with " + wanted + " for a delivery of \"" + requirement.title() + "\" starting " + start
                        + " (" + known.detail + ").");
            }
            long reachable = own + PendingDemand.waitingUpTo(item.queue, start);
            boolean belowMinimum = reachable < min;
            if (belowMinimum && !application.urgent()) {
                return wait(application, WaitReason.MINIMUM_GROUP_NOT_REACHED, "Waiting for more participants: a new "
                        + language + " delivery of \"" + requirement.title() + "\" needs at least " + min
                        + " participants and only " + reachable + " wait for one starting " + start
                        + "; a resource is free (" + found.resource.description
                        + "), and an urgent application would open it at once.");
            }
            found.resource.book(found.slots);
            DeliveryState delivery = new DeliveryState(DeliveryKey.proposed(++opened), requirement,
                    application.language(), found.resource, found.slots, start, lastDay, application.participants());
            touched.put(delivery.key, delivery);
            if (delivery.room() > 0) {
                if (item.queue.open == null) {
                    item.queue.open = new ArrayList<>();
                }
                item.queue.open.add(delivery);
            }
            ResourceSupply resource = found.resource.supply;
            return new Placement(application.id(), delivery.key, resource.id(), true,
                    "Opened a new " + language + " delivery of \"" + requirement.title() + "\" led by "
                            + found.resource.description + ", starting " + start + ", sessions " + describe(found.slots)
                            + ": no open " + language + " delivery of this offering had room from "
                            + application.earliestStart() + ". " + resource.displayName()
                            + " is the lowest-rate resource (" + resource.hourlyRate().toPlainString()
                            + " SEK/h) who speaks " + language + " with " + wanted + " ("
                            + resource.maxMinutesPerWeek() / 60 + " h)"
                            + (belowMinimum ? "; opened for an urgent application although the minimum group of "
                            + min + " is not reached yet." : "; " + reachable + " waiting participant(s) reach the "
                            + "minimum group of " + min + "."));
        }

        private Found findResource(Requirement requirement, LanguageCode language, LocalDate lastDay) {
            Bucket bucket = buckets.get(new SupplyKey(requirement.competences[0], language));
            if (bucket == null) {
                return null;
            }
            List<ResourceState> members = bucket.members;
            for (int i = bucket.head; i < members.size(); i++) {
                ResourceState resource = members.get(i);
                if (resource.exhausted(shortestSession)) {
                    if (i == bucket.head) {
                        bucket.head++;
                    }
                    continue;
                }
                if (!holdsAll(resource, requirement, lastDay)) {
                    continue;
                }
                List<WeeklySlot> slots = resource.fit(requirement.requirement.sessions());
                if (slots != null) {
                    return new Found(resource, slots);
                }
            }
            return null;
        }

        /** The detail of a failed search, counted once per offering and language (it is only read then). */
        private String whyNoResource(Requirement requirement, LanguageCode language, LocalDate lastDay) {
            Bucket bucket = buckets.get(new SupplyKey(requirement.competences[0], language));
            int speaking = 0;
            int valid = 0;
            for (ResourceState resource : bucket == null ? List.<ResourceState>of() : bucket.members) {
                if (requirement.requirement.competences().stream()
                        .allMatch(c -> resource.supply.competences().containsKey(c))) {
                    speaking++;
                    if (holdsAll(resource, requirement, lastDay)) {
                        valid++;
                    }
                }
            }
            if (speaking == 0) {
                return "none with the competence speaks " + name(language);
            }
            if (valid == 0) {
                return speaking + " with the competence speak " + name(language) + ", but every one's competence "
                        + "expires before the delivery would end";
            }
            return valid + " with the competence speak " + name(language) + ", but none has enough free hours left";
        }

        private static boolean holdsAll(ResourceState resource, Requirement requirement, LocalDate lastDay) {
            long day = lastDay.toEpochDay();
            for (CompetenceCode code : requirement.competences) {
                Long expires = resource.expiryDays.get(code);
                if (expires == null || day >= expires) {
                    return false;
                }
            }
            return true;
        }

        private static WaitlistEntry wait(WaitingApplication application, WaitReason reason, String explanation) {
            return new WaitlistEntry(application.id(), reason, explanation);
        }

        private String name(LanguageCode language) {
            return languageNames.computeIfAbsent(language, LanguageCode::englishName);
        }

        private String names(OfferingRequirement requirement) {
            return String.join(", ", requirement.languages().stream().map(this::name).toList());
        }

        private static String describe(List<WeeklySlot> slots) {
            return String.join(", ", slots.stream().map(WeeklySlot::toString).toList());
        }
    }

    /** Resources holding one competence and speaking one language, cheapest first; exhausted ones fall off the head. */
    private static final class Bucket {
        final List<ResourceState> members = new ArrayList<>();
        int head;

        void add(ResourceState resource) {
            members.add(resource);
        }
    }

    /** A resource's week during the run: its free time per day and the minutes already booked. */
    private static final class ResourceState {
        private static final int DAY = 24 * 60;

        final ResourceSupply supply;
        final String description;
        /** Each verified competence's expiry date as an epoch day: the first day it no longer counts. */
        final Map<CompetenceCode, Long> expiryDays = new HashMap<>();
        /** Per day (Monday = 0) the free intervals as minutes of the day: start0, end0, start1, end1, … sorted. */
        private final int[][] free = new int[7][];
        private int booked;
        private int longestFree;

        ResourceState(ResourceSupply supply) {
            this.supply = supply;
            this.description = supply.describe();
            supply.competences().forEach((code, expires) -> expiryDays.put(code, expires.toEpochDay()));
            List<List<Integer>> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                days.add(new ArrayList<>());
            }
            List<WeeklySlot> slots = new ArrayList<>(supply.availability());
            Collections.sort(slots);
            for (WeeklySlot slot : slots) {
                int day = slot.day().getValue() - 1;
                days.get(day).add(slot.startMinuteOfWeek() - day * DAY);
                days.get(day).add(slot.endMinuteOfWeek() - day * DAY);
            }
            for (int d = 0; d < 7; d++) {
                free[d] = days.get(d).stream().mapToInt(Integer::intValue).toArray();
            }
            longestFree = computeLongestFree();
        }

        int remainingCap() {
            return supply.maxMinutesPerWeek() - booked;
        }

        boolean exhausted(int shortestSession) {
            return remainingCap() < shortestSession || longestFree < shortestSession;
        }

        /** One session a day, at the earliest free time of the earliest days; null if the week or cap cannot hold it. */
        List<WeeklySlot> fit(SessionPlan plan) {
            int minutes = plan.minutesPerSession();
            if (remainingCap() < plan.weeklyMinutes() || longestFree < minutes) {
                return null;
            }
            List<WeeklySlot> slots = new ArrayList<>(plan.sessionsPerWeek());
            for (int d = 0; d < 7 && slots.size() < plan.sessionsPerWeek(); d++) {
                int[] intervals = free[d];
                for (int i = 0; i < intervals.length; i += 2) {
                    if (intervals[i + 1] - intervals[i] >= minutes) {
                        slots.add(slot(d, intervals[i], intervals[i] + minutes));
                        break;
                    }
                }
            }
            return slots.size() == plan.sessionsPerWeek() ? slots : null;
        }

        /** Takes the slots out of the free time and counts them against the cap (all of them, even outside it). */
        void book(List<WeeklySlot> slots) {
            for (WeeklySlot slot : slots) {
                int d = slot.day().getValue() - 1;
                int start = slot.startMinuteOfWeek() - d * DAY;
                int end = slot.endMinuteOfWeek() - d * DAY;
                free[d] = subtract(free[d], start, end);
                booked += end - start;
            }
            longestFree = computeLongestFree();
        }

        private static int[] subtract(int[] intervals, int start, int end) {
            int[] result = new int[intervals.length + 2];
            int n = 0;
            for (int i = 0; i < intervals.length; i += 2) {
                int s = intervals[i];
                int e = intervals[i + 1];
                if (e <= start || s >= end) {
                    result[n++] = s;
                    result[n++] = e;
                    continue;
                }
                if (s < start) {
                    result[n++] = s;
                    result[n++] = start;
                }
                if (e > end) {
                    result[n++] = end;
                    result[n++] = e;
                }
            }
            return Arrays.copyOf(result, n);
        }

        private int computeLongestFree() {
            int longest = 0;
            for (int[] intervals : free) {
                for (int i = 0; i < intervals.length; i += 2) {
                    longest = Math.max(longest, intervals[i + 1] - intervals[i]);
                }
            }
            return longest;
        }

        private static WeeklySlot slot(int day, int start, int end) {
            return new WeeklySlot(java.time.DayOfWeek.of(day + 1), java.time.LocalTime.of(start / 60, start % 60),
                    java.time.LocalTime.of(end / 60, end % 60));
        }
    }

    /** A delivery during the run: an open one given as input, or one this run opened. */
    private static final class DeliveryState {
        final DeliveryKey key;
        final OfferingRequirement requirement;
        final LanguageCode language;
        final ResourceState resource;
        final List<WeeklySlot> slots;
        final LocalDate startsOn;
        final LocalDate lastDay;
        int participants;

        DeliveryState(DeliveryKey key, OfferingRequirement requirement, LanguageCode language, ResourceState resource,
                      List<WeeklySlot> slots, LocalDate startsOn, LocalDate lastDay, int participants) {
            this.key = key;
            this.requirement = requirement;
            this.language = language;
            this.resource = resource;
            this.slots = slots;
            this.startsOn = startsOn;
            this.lastDay = lastDay;
            this.participants = participants;
        }

        int room() {
            return requirement.groupSize().max() - participants;
        }

        /**
         * The last tie-break between equally soon and full deliveries: by what the delivery is (its resource, then its
         * first session), never by its key, so a run decides alike whether a delivery was opened in it or stored
         * with its id by an earlier run.
         */
        boolean comesBefore(DeliveryState other) {
            int c = resource.supply.id().value().compareTo(other.resource.supply.id().value());
            if (c == 0) {
                c = Integer.compare(firstMinute(), other.firstMinute());
            }
            return c != 0 ? c < 0 : key.compareTo(other.key) < 0;
        }

        private int firstMinute() {
            return slots.isEmpty() ? -1 : Collections.min(slots).startMinuteOfWeek();
        }

        PlannedDelivery planned() {
            return new PlannedDelivery(key, requirement.offeringVersion(), language, resource.supply.id(), slots,
                    startsOn, lastDay, participants);
        }
    }

    /**
     * Participants still waiting per offering and language, by earliest start, for "can the minimum group be
     * reached": a Fenwick tree per queue answers "how many wait with an earliest start up to D" in O(log n). Each
     * queue's tree hangs off its {@link QueueState} for the round.
     */
    private static final class PendingDemand {
        private final List<Queue> queues = new ArrayList<>();

        void add(Item item) {
            Queue queue = item.queue.pending;
            if (queue == null) {
                queue = new Queue();
                item.queue.pending = queue;
                queues.add(queue);
            }
            queue.items.add(item);
        }

        void seal() {
            queues.forEach(Queue::seal);
        }

        void remove(Item item) {
            item.queue.pending.add(item.pendingIndex, -item.application.participants());
        }

        /**
         * The first day from {@code from} on by which {@code wanted} participants of the queue wait (earliest start up
         * to that day). With a {@code limit}, no later than it: then the day by which as many wait as by the limit,
         * if fewer than wanted do. Without one, null if fewer than wanted wait at all. {@code from} itself if enough
         * wait by then.
         */
        static LocalDate firstDateReaching(QueueState state, LocalDate from, LocalDate limit, long wanted) {
            Queue queue = state.pending;
            if (queue == null) {
                return limit == null && wanted > 0 ? null : from;
            }
            long all = queue.upTo(Long.MAX_VALUE);
            if (limit == null && all < wanted) {
                return null;
            }
            long target = limit == null ? wanted : Math.min(wanted, queue.upTo(limit.toEpochDay()));
            if (queue.upTo(from.toEpochDay()) >= target) {
                return from;
            }
            return LocalDate.ofEpochDay(queue.firstDayReaching(target));
        }

        static long waitingUpTo(QueueState state, LocalDate date) {
            Queue queue = state.pending;
            return queue == null ? 0 : queue.upTo(date.toEpochDay());
        }

        private static final class Queue {
            final List<Item> items = new ArrayList<>();
            long[] days;
            long[] tree;

            void seal() {
                items.sort((a, b) -> Long.compare(a.earliestDay, b.earliestDay));
                days = new long[items.size()];
                tree = new long[items.size() + 1];
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    item.pendingIndex = i;
                    days[i] = item.earliestDay;
                    tree[i + 1] = item.application.participants();
                }
                // Built in O(n): each node passes its sum on to its parent.
                for (int i = 1; i < tree.length; i++) {
                    int parent = i + (i & -i);
                    if (parent < tree.length) {
                        tree[parent] += tree[i];
                    }
                }
            }

            void add(int index, long amount) {
                for (int i = index + 1; i < tree.length; i += i & -i) {
                    tree[i] += amount;
                }
            }

            /** The earliest of the days by which {@code target} participants wait (some day does). */
            long firstDayReaching(long target) {
                int low = 0;
                int high = days.length - 1;
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (prefix(mid + 1) >= target) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                return days[low];
            }

            private long prefix(int count) {
                long sum = 0;
                for (int i = count; i > 0; i -= i & -i) {
                    sum += tree[i];
                }
                return sum;
            }

            /** Participants waiting with an earliest start up to the epoch day. */
            long upTo(long day) {
                int low = 0;
                int high = days.length;
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (days[mid] > day) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                return prefix(low);
            }
        }
    }
}
