package dk.samvirke.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis of the embedded Lucene backend; {@link DanishElasticsearchAnalysis} defines the same
 * chains for Elasticsearch/OpenSearch with the same Lucene filters under their names there, so both
 * backends match alike (the opensearch profile's {@code AnalysisParityTest} compares their tokens).
 *
 * <h2>Full text ({@link #TEXT}, searched with {@link #TEXT_QUERY})</h2>
 * Lucene's Danish analysis (stop words, Snowball stemming) with three additions:
 * <ul>
 * <li>Verbal nouns meet their verb: Snowball leaves "opgraderingen" as "opgradering" but "opgradere" as
 * "opgrad", so a search for the one would miss the other. Public-sector Danish is full of such pairs
 * (digitalisering/digitalisere, betjening/betjene), so a trailing "ering" or "ing" is dropped after
 * stemming when at least four letters remain.</li>
 * <li>Spellings without Danish letters find the Danish ones: æ, ø, å (and aa, ae, oe, ä, ö) fold to a
 * and o, as a visitor on a foreign keyboard or a CSV from an old system writes them ("Kobenhavn",
 * "Koebenhavn", "Arhus" and "Aarhus" all find "Århus"). Folding comes after stemming, because the
 * Danish stemmer needs the letters; accents (é, ü) fold too.</li>
 * <li>Compounds are split at index time into the parts listed in {@code danish-compound-parts.txt}
 * (Lucene's dictionary compound filter), so "service" finds "Borgerservice" and "løsning" finds
 * "skoleløsningen". It can split only into listed parts, at any position and across linking letters
 * ("selvbetjening|s|løsning"); it cannot split into parts it does not know (no Danish hyphenation
 * grammar ships with Lucene, and a whole dictionary would find "elev" in "relevant"), and a listed part
 * hiding inside an unrelated word is found there too. Queries are not split: "borgerservice" does not
 * find everything with "service".</li>
 * </ul>
 *
 * <h2>Names ({@link #NAME_PARTS}, searched with {@link #NAME_PARTS_QUERY})</h2>
 * A second field beside a name's full-text field, for names written as one word: split at case changes
 * and digits ("OS2borgerPC": os2borgerpc, os, borger, pc, borgerpc), compounds split as above, folded,
 * and every part indexed with its beginnings of 2 to {@value #MAX_GRAM} letters. So "loop", "borgerpc",
 * "persondata", "borg" and "data" find OS2loop, OS2borgerPC and OS2persondata; the site search weighs
 * this field below the full-text one, so a whole word ranks above a beginning.
 */
final class DanishAnalysis implements LuceneAnalysisConfigurer {

    static final String TEXT = "danish";
    static final String TEXT_QUERY = "danish_query";
    static final String NAME_PARTS = "danish_name_parts";
    static final String NAME_PARTS_QUERY = "danish_name_parts_query";
    /** Keys, codes and types: matched whole, ignoring case and Danish letters. */
    static final String KEYWORD = "lowercase";

    static final String VERBAL_NOUN = "^(\\p{L}{4,}?)(?:er)?ing$";
    static final int MIN_GRAM = 2;
    static final int MAX_GRAM = 20;
    static final String COMPOUND_PARTS = "dk/samvirke/search/danish-compound-parts.txt";
    /** Only words this long are split, into parts at least MIN_PART long. */
    static final int MIN_COMPOUND = 8;
    static final int MIN_PART = 4;
    static final int MAX_PART = 20;
    private static final String DANISH_STOP_WORDS = "org/apache/lucene/analysis/snowball/danish_stop.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).instance(text());
        context.analyzer(TEXT_QUERY).instance(textQuery());
        context.analyzer(NAME_PARTS).instance(nameParts());
        context.analyzer(NAME_PARTS_QUERY).instance(namePartsQuery());
        context.normalizer(KEYWORD).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ScandinavianFoldingFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    static Analyzer text() {
        return fullText(true);
    }

    static Analyzer textQuery() {
        return fullText(false);
    }

    private static Analyzer fullText(boolean splitCompounds) {
        return build(builder -> {
            builder.withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", DANISH_STOP_WORDS, "format", "snowball");
            if (splitCompounds) {
                compounds(builder);
            }
            return builder
                    .addTokenFilter("snowballPorter", "language", "Danish")
                    .addTokenFilter("patternReplace", "pattern", VERBAL_NOUN, "replacement", "$1", "replace", "first")
                    .addTokenFilter("scandinavianFolding")
                    .addTokenFilter("asciiFolding");
        });
    }

    static Analyzer nameParts() {
        return build(builder -> {
            builder.withTokenizer("standard")
                    // Before lower-casing, which would hide the case changes.
                    .addTokenFilter("wordDelimiterGraph", "generateWordParts", "1", "generateNumberParts", "1",
                            "catenateWords", "1", "catenateNumbers", "0", "catenateAll", "0", "splitOnCaseChange", "1",
                            "splitOnNumerics", "1", "preserveOriginal", "1", "stemEnglishPossessive", "0")
                    .addTokenFilter("flattenGraph")
                    .addTokenFilter("lowercase");
            compounds(builder);
            return builder
                    .addTokenFilter("scandinavianFolding")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("edgeNGram", "minGramSize", String.valueOf(MIN_GRAM), "maxGramSize",
                            String.valueOf(MAX_GRAM), "preserveOriginal", "false");
        });
    }

    static Analyzer namePartsQuery() {
        return build(builder -> builder.withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("scandinavianFolding")
                .addTokenFilter("asciiFolding"));
    }

    private static void compounds(CustomAnalyzer.Builder builder) throws IOException {
        builder.addTokenFilter("dictionaryCompoundWord", "dictionary", COMPOUND_PARTS,
                "minWordSize", String.valueOf(MIN_COMPOUND), "minSubwordSize", String.valueOf(MIN_PART),
                "maxSubwordSize", String.valueOf(MAX_PART), "onlyLongestMatch", "true");
    }

    /** The chain's components by their Lucene names; files (stop words, compound parts) from the class path. */
    private static Analyzer build(Chain chain) {
        try {
            return chain.on(CustomAnalyzer.builder(new ClasspathResourceLoader(DanishAnalysis.class.getClassLoader())))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Chain {
        CustomAnalyzer.Builder on(CustomAnalyzer.Builder builder) throws IOException;
    }

    /** The compound parts, for a backend that takes them as a list rather than as a file. */
    static List<String> compoundParts() {
        try (var in = DanishAnalysis.class.getClassLoader().getResourceAsStream(COMPOUND_PARTS)) {
            if (in == null) {
                throw new IllegalStateException(COMPOUND_PARTS + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
