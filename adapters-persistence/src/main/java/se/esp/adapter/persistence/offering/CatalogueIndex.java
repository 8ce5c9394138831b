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
 * The catalogue's search index: each entry gets a slot; every facet value has a bit set of the slots that have it,
 * and the free text is in Apache Lucene ({@link CatalogueText}), which gives the slots matching a text with a
 * relevance score each. A search intersects bit sets (text, restriction and filters), counts each facet value by
 * one intersection count, and reads one page off a presorted order (or, by relevance, picks the best-scored page).
 * At 100 000 offerings counting eight facets is a few hundred microseconds of bit operations, where SQL took tens
 * of milliseconds.
 *
 * <p>In memory by default; {@link #onDisk} keeps the Lucene index, with every entry stored, in a directory, so a
 * restarted server reloads it ({@link #load}) instead of reading and analysing the whole catalogue again.</p>
 *
 * <p>Thread-safe: searches share a read lock, changes take the write lock. The presorted orders are rebuilt on the
 * first search after a change.</p>
 */
public final class CatalogueIndex implements AutoCloseable {

    private static final List<CatalogueDimension> ENUM_DIMENSIONS = List.of(CatalogueDimension.PHASE,
            CatalogueDimension.SERVICE_AREA, CatalogueDimension.TARGET_GROUP, CatalogueDimension.DELIVERY_MODE,
            CatalogueDimension.PRICE_BAND, CatalogueDimension.AGE_BAND);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<OfferingId, Integer> slots = new HashMap<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private CatalogueEntry[] entries = new CatalogueEntry[1024];
    /**
     * The Swedish title's collation key as bytes (compared unsigned, they order as the keys do): stored with the
     * entry on disk, so a restart does not collate 100 000 titles again.
     */
    private byte[][] titleKeys = new byte[1024][];
    /** Price and age limits per slot in plain arrays: range filters scan these, not the entries. */
    private long[] prices = new long[1024];
    private int[] minAges = new int[1024];
    private int[] maxAges = new int[1024];
    private int slotCount;
    private Bits live = new Bits(1024);
    private final Map<CatalogueDimension, Map<String, Bits>> postings = new EnumMap<>(CatalogueDimension.class);
    private final CatalogueText text;
    /** Each slot's position in the title order, for breaking ties of relevance. */
    private int[] titleRanks = new int[0];
    private final Map<String, String> supplierNames = new HashMap<>();
    /** Collating is slow; each supplier's name is collated once, not on every search's facet. */
    private final Map<String, CollationKey> supplierKeys = new HashMap<>();
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("sv"));
    private final Map<CatalogueSort, int[]> orders = new EnumMap<>(CatalogueSort.class);

    public CatalogueIndex() {
        this(CatalogueText.inMemory());
    }

    private CatalogueIndex(CatalogueText text) {
        this.text = text;
        for (CatalogueDimension dimension : CatalogueDimension.values()) {
            postings.put(dimension, new HashMap<>());
        }
    }

    /**
     * The index kept in {@code directory} (created if missing): entries put are stored there too, and
     * {@link #load} brings back what a previous run committed.
     */
    public static CatalogueIndex onDisk(java.nio.file.Path directory) {
        return new CatalogueIndex(CatalogueText.onDisk(directory));
    }

    /**
     * Reloads the entries of the last {@link #commit} (of an index {@link #onDisk}) into the facets and orders, in
     * their slots, without analysing any text again.
     *
     * @return the catalogue revision committed with them; -1 when there is nothing to reload (then the index is
     *         empty)
     */
    public long load() {
        lock.writeLock().lock();
        try {
            if (!text.persistent()) {
                return -1;
            }
            long revision = text.committedRevision();
            if (revision < 0) {
                text.clear();
                return -1;
            }
            text.forEachStored((json, slot, titleKey) -> {
                CatalogueEntry entry = CatalogueEntryJson.read(json);
                slots.put(entry.offeringId(), slot);
                slotCount = Math.max(slotCount, slot + 1);
                facet(slot, entry, titleKey);
            });
            for (int slot = 0; slot < slotCount; slot++) {
                if (!live.get(slot)) {
                    freeSlots.push(slot);
                }
            }
            orders.clear();
            return revision;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Makes the changes so far durable (on disk) as the catalogue at {@code revision}; nothing in memory. */
    public void commit(long revision) {
        lock.writeLock().lock();
        try {
            if (text.persistent()) {
                text.commit(revision);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean persistent() {
        return text.persistent();
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            text.close();
        } finally {
            lock.writeLock().unlock();
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
            byte[] titleKey = collator.getCollationKey(entry.titles().preferring(LanguageCode.SWEDISH)).toByteArray();
            facet(slot, entry, titleKey);
            text.put(slot, entry, titleKey);
            orders.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The facets, sort keys and ranges of an entry in its slot (the text is Lucene's). */
    private void facet(int slot, CatalogueEntry entry, byte[] titleKey) {
            if (slot >= entries.length) {
                int capacity = Math.max(slot + 1, entries.length * 2);
                entries = Arrays.copyOf(entries, capacity);
                titleKeys = Arrays.copyOf(titleKeys, capacity);
                prices = Arrays.copyOf(prices, capacity);
                minAges = Arrays.copyOf(minAges, capacity);
                maxAges = Arrays.copyOf(maxAges, capacity);
            }
            entries[slot] = entry;
            titleKeys[slot] = titleKey;
            prices[slot] = entry.pricePerParticipant().ore();
            minAges[slot] = entry.minAge() == null ? Integer.MIN_VALUE : entry.minAge();
            maxAges[slot] = entry.maxAge() == null ? Integer.MAX_VALUE : entry.maxAge();
            index(slot, entry);
            live.set(slot);
            String supplier = entry.supplierId().toString();
            if (!entry.supplierName().equals(supplierNames.put(supplier, entry.supplierName()))) {
                supplierKeys.put(supplier, collator.getCollationKey(entry.supplierName()));
            }
    }

    public void remove(OfferingId offering) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.remove(offering);
            if (slot != null) {
                unindex(slot);
                text.remove(offering);
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
            slots.clear();
            freeSlots.clear();
            entries = new CatalogueEntry[1024];
            titleKeys = new byte[1024][];
            prices = new long[1024];
            minAges = new int[1024];
            maxAges = new int[1024];
            slotCount = 0;
            live = new Bits(1024);
            postings.values().forEach(Map::clear);
            supplierNames.clear();
            supplierKeys.clear();
            orders.clear();
            titleRanks = new int[0];
            text.clear();
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
        // Relevance needs the title order: it breaks ties, and it is the order when there is no text.
        CatalogueSort sort = query.sort() == CatalogueSort.RELEVANCE ? CatalogueSort.TITLE : query.sort();
        while (true) {
            lock.readLock().lock();
            try {
                int[] order = orders.get(sort);
                if (order != null) {
                    return search(query, order);
                }
            } finally {
                lock.readLock().unlock();
            }
            lock.writeLock().lock();
            try {
                orders.computeIfAbsent(sort, this::sorted);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    private CatalogueResult search(CatalogueQuery query, int[] order) {
        Bits base = live.copy();
        float[] scores = null;
        if (query.textIfAny().isPresent()) {
            scores = new float[slotCount];
            base.and(text.match(query.text(), scores, slotCount));
        }
        if (!query.offerings().isEmpty()) {
            Bits restricted = new Bits(slotCount);
            for (OfferingId offering : query.offerings()) {
                Integer slot = slots.get(offering);
                if (slot != null) {
                    restricted.set(slot);
                }
            }
            base.and(restricted);
        }
        Map<CatalogueDimension, Bits> filters = filters(query);
        Bits all = base.copy();
        filters.values().forEach(all::and);

        List<CatalogueEntry> hits = query.sort() == CatalogueSort.RELEVANCE && scores != null
                ? byRelevance(all, scores, query)
                : inOrder(all, order, query);
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

    private List<CatalogueEntry> inOrder(Bits all, int[] order, CatalogueQuery query) {
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
        return hits;
    }

    /**
     * The page of the best-scored hits, ties by title: each hit as one long, score (higher first) in the upper half
     * and title rank in the lower, and the {@code offset + size} smallest kept in a bounded max-heap.
     */
    private List<CatalogueEntry> byRelevance(Bits all, float[] scores, CatalogueQuery query) {
        long wanted = query.page().offset() + query.page().size();
        if (wanted > Integer.MAX_VALUE / 2) {
            return List.of();
        }
        int limit = (int) wanted;
        long[] heap = new long[Math.max(1, limit)];
        int size = 0;
        for (int slot = all.nextSetBit(0); slot >= 0; slot = all.nextSetBit(slot + 1)) {
            long key = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(scores[slot])) << 32) | titleRanks[slot];
            if (size < limit) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (limit > 0 && key < heap[0]) {
                heap[0] = key;
                siftDown(heap, 0, size);
            }
        }
        long[] best = Arrays.copyOf(heap, size);
        Arrays.sort(best);
        int[] byRank = orders.get(CatalogueSort.TITLE);
        List<CatalogueEntry> hits = new ArrayList<>(query.page().size());
        for (int i = (int) query.page().offset(); i < best.length; i++) {
            hits.add(entries[byRank[(int) best[i]]]);
        }
        return hits;
    }

    private static void siftUp(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] >= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(long[] heap, int at, int size) {
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[at] >= heap[child]) {
                return;
            }
            long swap = heap[child];
            heap[child] = heap[at];
            heap[at] = swap;
            at = child;
        }
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
    }

    private void unindex(int slot) {
        CatalogueEntry entry = entries[slot];
        forEachValue(entry, (dimension, value) -> postings.get(dimension).get(value).clear(slot));
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
        Comparator<Integer> byTitle = (a, b) -> Arrays.compareUnsigned(titleKeys[a], titleKeys[b]);
        Comparator<Integer> byId = Comparator.comparing(slot -> entries[slot].offeringId().value());
        Comparator<Integer> byPrice = Comparator.comparingLong(slot -> entries[slot].pricePerParticipant().ore());
        Comparator<Integer> comparator = switch (sort) {
            case TITLE, RELEVANCE -> byTitle.thenComparing(byId);
            case PRICE_ASCENDING -> byPrice.thenComparing(byTitle).thenComparing(byId);
            case PRICE_DESCENDING -> byPrice.reversed().thenComparing(byTitle).thenComparing(byId);
            case NEWEST -> Comparator.<Integer, java.time.Instant>comparing(slot -> entries[slot].publishedAt())
                    .reversed().thenComparing(byId);
        };
        int[] order = slots.values().stream().sorted(comparator).mapToInt(Integer::intValue).toArray();
        if (sort == CatalogueSort.TITLE) {
            titleRanks = new int[slotCount];
            for (int rank = 0; rank < order.length; rank++) {
                titleRanks[order[rank]] = rank;
            }
        }
        return order;
    }
}
