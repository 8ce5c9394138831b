package se.esp.adapter.persistence.offering;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import se.esp.application.paging.Page;
import se.esp.application.port.in.offering.AgeBand;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.PriceBand;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;

/**
 * The catalogue's search index, in memory: each entry gets a slot; every facet value and every word of the titles
 * and descriptions has a bit set of the slots that have it. A search intersects bit sets (filters and words),
 * counts each facet value by one intersection count, and reads one page off a presorted order. At 100 000
 * offerings a search costs a few hundred microseconds of bit operations, where counting eight facets in SQL over
 * the same rows took tens of milliseconds.
 *
 * <p>Thread-safe: searches share a read lock, changes take the write lock. The presorted orders are rebuilt on the
 * first search after a change.</p>
 */
public final class CatalogueIndex {

    /** Query words shorter than this match whole words only, so one letter does not union half the dictionary. */
    static final int MIN_PREFIX_LENGTH = 3;

    private static final List<CatalogueDimension> ENUM_DIMENSIONS = List.of(CatalogueDimension.PHASE,
            CatalogueDimension.SERVICE_AREA, CatalogueDimension.TARGET_GROUP, CatalogueDimension.DELIVERY_MODE,
            CatalogueDimension.PRICE_BAND, CatalogueDimension.AGE_BAND);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<OfferingId, Integer> slots = new HashMap<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private CatalogueEntry[] entries = new CatalogueEntry[1024];
    private CollationKey[] titleKeys = new CollationKey[1024];
    /** Price and age limits per slot in plain arrays: range filters scan these, not the entries. */
    private long[] prices = new long[1024];
    private int[] minAges = new int[1024];
    private int[] maxAges = new int[1024];
    private int slotCount;
    private final Bits live = new Bits(1024);
    private final Map<CatalogueDimension, Map<String, Bits>> postings = new EnumMap<>(CatalogueDimension.class);
    /** Word postings as lists of slots: most words are rare, and a bit set each would cost memory per offering. */
    private final TreeMap<String, Slots> words = new TreeMap<>();
    private final Map<String, String> supplierNames = new HashMap<>();
    /** Collating is slow; each supplier's name is collated once, not on every search's facet. */
    private final Map<String, CollationKey> supplierKeys = new HashMap<>();
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("sv"));
    private final Map<CatalogueSort, int[]> orders = new EnumMap<>(CatalogueSort.class);

    public CatalogueIndex() {
        for (CatalogueDimension dimension : CatalogueDimension.values()) {
            postings.put(dimension, new HashMap<>());
        }
    }

    /** Adds an entry or replaces the one of the same offering. */
    public void put(CatalogueEntry entry) {
        lock.writeLock().lock();
        try {
            Integer existing = slots.get(entry.offeringId());
            int slot;
            if (existing != null) {
                unindex(existing);
                slot = existing;
            } else {
                slot = freeSlots.isEmpty() ? slotCount++ : freeSlots.pop();
                slots.put(entry.offeringId(), slot);
            }
            if (slot >= entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
                titleKeys = Arrays.copyOf(titleKeys, titleKeys.length * 2);
                prices = Arrays.copyOf(prices, prices.length * 2);
                minAges = Arrays.copyOf(minAges, minAges.length * 2);
                maxAges = Arrays.copyOf(maxAges, maxAges.length * 2);
            }
            entries[slot] = entry;
            titleKeys[slot] = collator.getCollationKey(entry.titles().preferring(LanguageCode.SWEDISH));
            prices[slot] = entry.pricePerParticipant().ore();
            minAges[slot] = entry.minAge() == null ? Integer.MIN_VALUE : entry.minAge();
            maxAges[slot] = entry.maxAge() == null ? Integer.MAX_VALUE : entry.maxAge();
            index(slot, entry);
            live.set(slot);
            String supplier = entry.supplierId().toString();
            if (!entry.supplierName().equals(supplierNames.put(supplier, entry.supplierName()))) {
                supplierKeys.put(supplier, collator.getCollationKey(entry.supplierName()));
            }
            orders.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(OfferingId offering) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.remove(offering);
            if (slot != null) {
                unindex(slot);
                live.clear(slot);
                entries[slot] = null;
                titleKeys[slot] = null;
                freeSlots.push(slot);
                orders.clear();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void clear() {
        lock.writeLock().lock();
        try {
            for (OfferingId id : List.copyOf(slots.keySet())) {
                remove(id);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public CatalogueResult search(CatalogueQuery query) {
        while (true) {
            lock.readLock().lock();
            try {
                int[] order = orders.get(query.sort());
                if (order != null) {
                    return search(query, order);
                }
            } finally {
                lock.readLock().unlock();
            }
            lock.writeLock().lock();
            try {
                orders.computeIfAbsent(query.sort(), this::sorted);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    private CatalogueResult search(CatalogueQuery query, int[] order) {
        Bits base = live.copy();
        if (query.textIfAny().isPresent()) {
            for (String word : Words.of(query.text())) {
                base.and(matching(word));
            }
        }
        if (!query.offerings().isEmpty()) {
            Bits listed = new Bits(slotCount);
            for (OfferingId offering : query.offerings()) {
                Integer slot = slots.get(offering);
                if (slot != null) {
                    listed.set(slot);
                }
            }
            base.and(listed);
        }
        Map<CatalogueDimension, Bits> filters = filters(query);
        Bits all = base.copy();
        filters.values().forEach(all::and);

        List<CatalogueEntry> hits = new ArrayList<>(query.page().size());
        long skip = query.page().offset();
        for (int slot : order) {
            if (hits.size() == query.page().size()) {
                break;
            }
            if (all.get(slot)) {
                if (skip > 0) {
                    skip--;
                } else {
                    hits.add(entries[slot]);
                }
            }
        }
        Map<CatalogueDimension, List<FacetCount>> facets = new EnumMap<>(CatalogueDimension.class);
        for (CatalogueDimension dimension : CatalogueDimension.values()) {
            Bits scope = all;
            if (filters.containsKey(dimension)) {
                scope = base.copy();
                for (Map.Entry<CatalogueDimension, Bits> filter : filters.entrySet()) {
                    if (filter.getKey() != dimension) {
                        scope.and(filter.getValue());
                    }
                }
            }
            facets.put(dimension, counts(dimension, scope, query));
        }
        return new CatalogueResult(new Page<>(hits, query.page(), all.cardinality()), facets);
    }

    private Map<CatalogueDimension, Bits> filters(CatalogueQuery query) {
        Map<CatalogueDimension, Bits> filters = new EnumMap<>(CatalogueDimension.class);
        anyOf(filters, CatalogueDimension.PHASE, names(query.phases()));
        anyOf(filters, CatalogueDimension.SERVICE_AREA, names(query.serviceAreas()));
        anyOf(filters, CatalogueDimension.TARGET_GROUP, names(query.targetGroups()));
        anyOf(filters, CatalogueDimension.DELIVERY_MODE, names(query.deliveryModes()));
        anyOf(filters, CatalogueDimension.DELIVERY_LANGUAGE,
                query.deliveryLanguages().stream().map(LanguageCode::value).toList());
        anyOf(filters, CatalogueDimension.SUPPLIER, query.suppliers().stream().map(Object::toString).toList());
        if (query.minPrice() != null || query.maxPrice() != null) {
            long min = query.minPrice() == null ? Long.MIN_VALUE : query.minPrice().ore();
            long max = query.maxPrice() == null ? Long.MAX_VALUE : query.maxPrice().ore();
            Bits priced = new Bits(slotCount);
            for (int slot = 0; slot < slotCount; slot++) {
                if (prices[slot] >= min && prices[slot] <= max) {
                    priced.set(slot);
                }
            }
            priced.and(live);
            filters.put(CatalogueDimension.PRICE_BAND, priced);
        }
        if (query.eligibleAge() != null) {
            int age = query.eligibleAge();
            Bits admitted = new Bits(slotCount);
            for (int slot = 0; slot < slotCount; slot++) {
                if (minAges[slot] <= age && age <= maxAges[slot]) {
                    admitted.set(slot);
                }
            }
            admitted.and(live);
            filters.put(CatalogueDimension.AGE_BAND, admitted);
        }
        return filters;
    }

    private void anyOf(Map<CatalogueDimension, Bits> filters, CatalogueDimension dimension, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        Bits union = new Bits(slotCount);
        for (String value : values) {
            Bits posting = postings.get(dimension).get(value);
            if (posting != null) {
                union.or(posting);
            }
        }
        filters.put(dimension, union);
    }

    private Bits matching(String word) {
        Bits matching = new Bits(slotCount);
        if (word.length() < MIN_PREFIX_LENGTH) {
            Slots exact = words.get(word);
            if (exact != null) {
                exact.addTo(matching);
            }
            return matching;
        }
        words.subMap(word, word + Character.MAX_VALUE).values().forEach(slots -> slots.addTo(matching));
        return matching;
    }

    private List<FacetCount> counts(CatalogueDimension dimension, Bits scope, CatalogueQuery query) {
        Map<String, Bits> byValue = postings.get(dimension);
        List<FacetCount> counts = new ArrayList<>();
        if (ENUM_DIMENSIONS.contains(dimension)) {
            for (String value : enumValues(dimension)) {
                Bits posting = byValue.get(value);
                counts.add(new FacetCount(value, null, posting == null ? 0 : scope.andCount(posting)));
            }
            return counts;
        }
        Set<String> selected = dimension == CatalogueDimension.SUPPLIER
                ? new java.util.HashSet<>(query.suppliers().stream().map(Object::toString).toList())
                : new java.util.HashSet<>(query.deliveryLanguages().stream().map(LanguageCode::value).toList());
        byValue.forEach((value, posting) -> {
            long count = scope.andCount(posting);
            if (count > 0 || selected.contains(value)) {
                counts.add(new FacetCount(value, label(dimension, value), count));
            }
        });
        for (String value : selected) {
            if (!byValue.containsKey(value)) {
                counts.add(new FacetCount(value, label(dimension, value), 0));
            }
        }
        CollationKey unnamed = collator.getCollationKey("");
        Comparator<FacetCount> order = dimension == CatalogueDimension.SUPPLIER
                ? Comparator.comparing((FacetCount f) -> supplierKeys.getOrDefault(f.value(), unnamed))
                        .thenComparing(FacetCount::value)
                : Comparator.comparing(FacetCount::value);
        counts.sort(order);
        return counts;
    }

    private String label(CatalogueDimension dimension, String value) {
        return dimension == CatalogueDimension.SUPPLIER ? supplierNames.get(value) : null;
    }

    private static List<String> enumValues(CatalogueDimension dimension) {
        Enum<?>[] constants = switch (dimension) {
            case PHASE -> Phase.values();
            case SERVICE_AREA -> ServiceArea.values();
            case TARGET_GROUP -> TargetGroup.values();
            case DELIVERY_MODE -> DeliveryMode.values();
            case PRICE_BAND -> PriceBand.values();
            case AGE_BAND -> AgeBand.values();
            default -> throw new IllegalArgumentException(dimension + " has no fixed values");
        };
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private void index(int slot, CatalogueEntry entry) {
        forEachValue(entry, (dimension, value) ->
                postings.get(dimension).computeIfAbsent(value, v -> new Bits(slotCount)).set(slot));
        for (String word : words(entry)) {
            words.computeIfAbsent(word, w -> new Slots()).add(slot);
        }
    }

    private void unindex(int slot) {
        CatalogueEntry entry = entries[slot];
        forEachValue(entry, (dimension, value) -> postings.get(dimension).get(value).clear(slot));
        for (String word : words(entry)) {
            Slots posting = words.get(word);
            posting.remove(slot);
            if (posting.isEmpty()) {
                words.remove(word);
            }
        }
    }

    private static Set<String> words(CatalogueEntry entry) {
        StringBuilder text = new StringBuilder();
        entry.titles().texts().values().forEach(t -> text.append(t).append(' '));
        entry.descriptions().texts().values().forEach(t -> text.append(t).append(' '));
        return Words.of(text.toString());
    }

    private static void forEachValue(CatalogueEntry entry, java.util.function.BiConsumer<CatalogueDimension, String> action) {
        action.accept(CatalogueDimension.PHASE, entry.phase().name());
        action.accept(CatalogueDimension.SERVICE_AREA, entry.serviceArea().name());
        entry.targetGroups().forEach(g -> action.accept(CatalogueDimension.TARGET_GROUP, g.name()));
        entry.deliveryLanguages().forEach(l -> action.accept(CatalogueDimension.DELIVERY_LANGUAGE, l.value()));
        action.accept(CatalogueDimension.DELIVERY_MODE, entry.deliveryMode().name());
        action.accept(CatalogueDimension.SUPPLIER, entry.supplierId().toString());
        action.accept(CatalogueDimension.PRICE_BAND, PriceBand.of(entry.pricePerParticipant()).name());
        for (AgeBand band : AgeBand.values()) {
            if (band.overlaps(entry.minAge(), entry.maxAge())) {
                action.accept(CatalogueDimension.AGE_BAND, band.name());
            }
        }
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /** Every used slot in the sort's order; built under the write lock on the first search after a change. */
    private int[] sorted(CatalogueSort sort) {
        Comparator<Integer> byTitle = (a, b) -> titleKeys[a].compareTo(titleKeys[b]);
        Comparator<Integer> byId = Comparator.comparing(slot -> entries[slot].offeringId().value());
        Comparator<Integer> byPrice = Comparator.comparingLong(slot -> entries[slot].pricePerParticipant().ore());
        Comparator<Integer> comparator = switch (sort) {
            case TITLE -> byTitle.thenComparing(byId);
            case PRICE_ASCENDING -> byPrice.thenComparing(byTitle).thenComparing(byId);
            case PRICE_DESCENDING -> byPrice.reversed().thenComparing(byTitle).thenComparing(byId);
            case NEWEST -> Comparator.<Integer, java.time.Instant>comparing(slot -> entries[slot].publishedAt())
                    .reversed().thenComparing(byId);
        };
        return slots.values().stream().sorted(comparator).mapToInt(Integer::intValue).toArray();
    }

    /** A growable list of slots. */
    private static final class Slots {

        private int[] slots = new int[2];
        private int size;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        void remove(int slot) {
            for (int i = 0; i < size; i++) {
                if (slots[i] == slot) {
                    slots[i] = slots[--size];
                    return;
                }
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        void addTo(Bits bits) {
            for (int i = 0; i < size; i++) {
                bits.set(slots[i]);
            }
        }
    }
}
