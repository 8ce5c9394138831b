package se.esp.adapter.persistence.offering;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.shared.LanguageCode;

/**
 * The catalogue's free text in Apache Lucene: one document per listed offering, its titles and descriptions
 * analysed per language, and the entry's slot in {@link CatalogueIndex} (the facets and sort orders stay there, as
 * bit sets). A search gives the matching slots with a relevance score each.
 *
 * <p>Every text is indexed, for titles ({@code t…}) and descriptions ({@code d…}) alike, as:</p>
 * <ul>
 *   <li>{@code t} — folded words of every language: NFKC, lower case, Arabic letter forms and diacritics
 *       normalised (alef forms, teh marbuta, alef maksura, harakat, tatweel), Latin diacritics folded (å ä ö é →
 *       a a o e), so {@code studievagledning} finds {@code studievägledning}; Somali, Tigrinya and the other
 *       languages are matched this way only;</li>
 *   <li>{@code t_sv}, {@code t_en}, {@code t_ar} — the text of that language stemmed: Swedish light stemming,
 *       English Porter stemming (possessives removed), Arabic light stemming (the article {@code ال} and its
 *       prefixed forms, common suffixes), so inflected forms find each other;</li>
 *   <li>titles only: {@code t_part} (and {@code t_part_sv} for Swedish, from the light stems) — every ending of at
 *       least {@value #MIN_PART} letters of each folded word, so a part of a compound finds the compound: Swedish
 *       compounds end in their head, {@code vägledning} finds {@code studievägledning}, {@code orientering} finds
 *       {@code samhällsorientering}; beginnings are found by prefix.</li>
 * </ul>
 * <p>A query word matches, best first: the whole folded word in a title; its stem; the beginning of a title word
 * (three letters or more); a part of a title word; a title word one edit away (five letters or more); in the
 * descriptions, lower, the whole word, its stem or a word's beginning. Each word scores its best match in the title,
 * or else in the description (a match in both adds a tenth of the other); all words must match. Scores are constant
 * per kind of match, so the ranking is explainable and stable. Descriptions have no parts and no typo tolerance:
 * they are four times as long as titles, and their endings and near misses made indexing and searching several
 * times slower for little gain.</p>
 *
 * <p>Not thread-safe for writes; {@link CatalogueIndex} takes its write lock around them. Searches may run in
 * parallel.</p>
 */
final class CatalogueText implements AutoCloseable {

    static final int MIN_PART = 4;
    static final int MIN_PREFIX = 3;
    static final int MIN_FUZZY = 5;

    private static final String ID = "id";
    private static final String SLOT = "slot";
    private static final String ENTRY = "entry";
    private static final String TITLE_KEY = "titleKey";
    private static final String REVISION = "revision";
    /**
     * The commit data naming how entries are kept: {@value #ENTRY_FORMAT} is the entry's JSON document and its
     * title key as binary doc values. A commit without it (or with another) is not reloaded; the index is rebuilt
     * from the table, as on a first start.
     */
    private static final String FORMAT = "entryFormat";
    private static final String ENTRY_FORMAT = "json-doc-values-1";
    private static final List<String> STEMMED = List.of("sv", "en", "ar");

    private final Directory directory;
    private final boolean persistent;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean stale;

    private CatalogueText(Directory directory, boolean persistent) {
        this.directory = directory;
        this.persistent = persistent;
        Analyzer plain = folding();
        Analyzer swedish = swedish();
        Map<String, Analyzer> fields = new HashMap<>();
        for (String kind : List.of("t", "d")) {
            fields.put(kind, plain);
            fields.put(kind + "_sv", swedish);
            fields.put(kind + "_en", english());
            fields.put(kind + "_ar", arabic());
            fields.put(kind + "_part", parts(false));
            fields.put(kind + "_part_sv", parts(true));
        }
        this.analyzer = new PerFieldAnalyzerWrapper(plain, fields);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue's text index cannot be opened", e);
        }
    }

    /** In memory: gone with the process. */
    static CatalogueText inMemory() {
        return new CatalogueText(new ByteBuffersDirectory(), false);
    }

    /** On disk in {@code directory} (created if missing), with each entry stored so a restart can reload it. */
    static CatalogueText onDisk(Path directory) {
        try {
            return new CatalogueText(FSDirectory.open(directory), true);
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue's text index cannot be opened in " + directory, e);
        }
    }

    boolean persistent() {
        return persistent;
    }

    void put(int slot, CatalogueEntry entry, byte[] titleKey) {
        Document document = new Document();
        document.add(new StringField(ID, entry.offeringId().toString(), Field.Store.NO));
        document.add(new NumericDocValuesField(SLOT, slot));
        entry.titles().texts().forEach((language, text) -> add(document, "t", language, text));
        entry.descriptions().texts().forEach((language, text) -> add(document, "d", language, text));
        if (persistent) {
            // doc values, not stored fields: a reload reads them column by column in document order, where stored
            // fields decompress a block (and its dictionary) again for every document
            document.add(new BinaryDocValuesField(ENTRY,
                    new BytesRef(CatalogueEntryJson.write(entry).getBytes(StandardCharsets.UTF_8))));
            document.add(new BinaryDocValuesField(TITLE_KEY, new BytesRef(titleKey)));
        }
        try {
            writer.updateDocument(new Term(ID, entry.offeringId().toString()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stale = true;
    }

    private static void add(Document document, String kind, LanguageCode language, String text) {
        String normalised = normalise(text);
        document.add(new TextField(kind, normalised, Field.Store.NO));
        boolean title = kind.equals("t");
        if (title) {
            document.add(new TextField(kind + "_part", normalised, Field.Store.NO));
        }
        if (STEMMED.contains(language.value())) {
            document.add(new TextField(kind + "_" + language.value(), normalised, Field.Store.NO));
            if (title && language.value().equals("sv")) {
                document.add(new TextField(kind + "_part_sv", normalised, Field.Store.NO));
            }
        }
    }

    void remove(OfferingId offering) {
        try {
            writer.deleteDocuments(new Term(ID, offering.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stale = true;
    }

    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stale = true;
    }

    /** Makes the changes durable with the catalogue revision they bring the index up to. */
    void commit(long revision) {
        try {
            writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision), FORMAT, ENTRY_FORMAT).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The revision of the last commit; -1 when nothing was committed, or committed in another entry format. */
    long committedRevision() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return -1;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                String revision = data.get(REVISION);
                return revision == null || !ENTRY_FORMAT.equals(data.get(FORMAT)) ? -1 : Long.parseLong(revision);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is stored of an entry: its JSON document, its slot and its title's collation key. */
    interface Stored {
        void accept(String json, int slot, byte[] titleKey);
    }

    /** Each stored entry as of the last commit, in document order; for reloading at start. */
    void forEachStored(Stored action) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader leafReader = leaf.reader();
                Bits live = leafReader.getLiveDocs();
                NumericDocValues slots = leafReader.getNumericDocValues(SLOT);
                BinaryDocValues entries = leafReader.getBinaryDocValues(ENTRY);
                BinaryDocValues titleKeys = leafReader.getBinaryDocValues(TITLE_KEY);
                if (slots == null || entries == null || titleKeys == null) {
                    continue;
                }
                for (int doc = entries.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = entries.nextDoc()) {
                    if ((live == null || live.get(doc)) && slots.advanceExact(doc) && titleKeys.advanceExact(doc)) {
                        BytesRef json = entries.binaryValue();
                        BytesRef titleKey = titleKeys.binaryValue();
                        action.accept(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8),
                                (int) slots.longValue(), Arrays.copyOfRange(titleKey.bytes, titleKey.offset,
                                        titleKey.offset + titleKey.length));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slots matching every word of the text, each with its score in {@code scores}. */
    se.esp.adapter.persistence.offering.Bits match(String text, float[] scores, int capacity) {
        se.esp.adapter.persistence.offering.Bits matching = new se.esp.adapter.persistence.offering.Bits(capacity);
        Query query = query(text);
        if (query == null) {
            return matching;
        }
        try {
            if (stale) {
                stale = false;
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.search(query, new SimpleCollector() {
                    private NumericDocValues slots;
                    private Scorable scorer;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        slots = context.reader().getNumericDocValues(SLOT);
                    }

                    @Override
                    public void setScorer(Scorable scorable) {
                        this.scorer = scorable;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (slots != null && slots.advanceExact(doc)) {
                            int slot = (int) slots.longValue();
                            matching.set(slot);
                            if (slot < scores.length) {
                                scores[slot] = scorer.score();
                            }
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE;
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matching;
    }

    /** All words must match; {@code null} when the text has no word at all (it then matches nothing). */
    Query query(String text) {
        List<String> words = rawWords(normalise(text));
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            List<Query> inTitle = new ArrayList<>();
            addWays(inTitle, "t", word, 1f);
            List<Query> inDescription = new ArrayList<>();
            addWays(inDescription, "d", word, 0.4f);
            if (!inTitle.isEmpty()) {
                // The best way the word matches the title, or else the description; a match in both adds a tenth.
                all.add(new DisjunctionMaxQuery(List.of(new DisjunctionMaxQuery(inTitle, 0f),
                        new DisjunctionMaxQuery(inDescription, 0f)), 0.1f), BooleanClause.Occur.MUST);
            }
        }
        return all.build();
    }

    private void addWays(List<Query> ways, String kind, String rawWord, float weight) {
        boolean title = kind.equals("t");
        for (String folded : terms(analyzer, kind, rawWord)) {
            ways.add(scored(new TermQuery(new Term(kind, folded)), 10 * weight));
            if (folded.length() >= MIN_PREFIX) {
                ways.add(scored(new PrefixQuery(new Term(kind, folded)), 6 * weight));
            }
            if (!title) {
                continue;
            }
            if (folded.length() >= MIN_PART) {
                ways.add(scored(new TermQuery(new Term(kind + "_part", folded)), 5 * weight));
            }
            if (folded.length() >= MIN_FUZZY) {
                ways.add(scored(new FuzzyQuery(new Term(kind, folded), 1, 1), 3 * weight));
            }
        }
        for (String language : STEMMED) {
            String field = kind + "_" + language;
            for (String stem : terms(analyzer, field, rawWord)) {
                ways.add(scored(new TermQuery(new Term(field, stem)), 8 * weight));
            }
        }
        // The Swedish parts are endings of Swedish stems: the query word is stemmed the same way.
        for (String stem : title ? terms(analyzer, kind + "_sv", rawWord) : List.<String>of()) {
            if (stem.length() >= MIN_PART) {
                ways.add(scored(new TermQuery(new Term(kind + "_part_sv", stem)), 5 * weight));
            }
        }
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static List<String> terms(Analyzer with, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = with.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The query's words as the tokenizer splits them, before any filter, so each is analysed per field. */
    private static List<String> rawWords(String text) {
        List<String> words = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ArabicNormalizationFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * Swedish light stemming before folding (the stemmer knows å, ä and ö), each word kept beside its stem: the
     * light stemmer cuts some base forms further than their inflections ({@code budget} → {@code budg} but
     * {@code budgeten} → {@code budget}), so a stem also matches the word as written.
     */
    private static Analyzer swedish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, swedishStems(new LowerCaseFilter(source)));
            }
        };
    }

    private static TokenStream swedishStems(TokenStream words) {
        TokenStream stream = new KeywordRepeatFilter(words);
        stream = new SwedishLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new RemoveDuplicatesTokenFilter(stream);
    }

    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer arabic() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ArabicNormalizationFilter(stream);
                stream = new ArabicStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Folded words (Swedish light stemmed first) and every ending of theirs of {@link #MIN_PART} letters or more. */
    private static Analyzer parts(boolean swedish) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if (swedish) {
                    stream = swedishStems(stream);
                } else {
                    stream = new ArabicNormalizationFilter(stream);
                    stream = new ASCIIFoldingFilter(stream);
                }
                stream = new ReverseStringFilter(stream);
                stream = new EdgeNGramTokenFilter(stream, MIN_PART, 64, true);
                stream = new ReverseStringFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
