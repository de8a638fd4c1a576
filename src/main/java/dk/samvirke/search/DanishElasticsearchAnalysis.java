package dk.samvirke.search;

import static dk.samvirke.search.DanishAnalysis.KEYWORD;
import static dk.samvirke.search.DanishAnalysis.NAME_PARTS;
import static dk.samvirke.search.DanishAnalysis.NAME_PARTS_QUERY;
import static dk.samvirke.search.DanishAnalysis.TEXT;
import static dk.samvirke.search.DanishAnalysis.TEXT_QUERY;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link DanishAnalysis} for Elasticsearch/OpenSearch: the same chains, filter for filter, from the
 * engine's built-in components (its stop words {@code _danish_} are Lucene's Danish list, its
 * {@code snowball} Danish is Lucene's stemmer, and the other filters are Lucene's under other names),
 * written into the indexes' settings when Hibernate Search creates them.
 */
final class DanishElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String STOP = "samvirke_danish_stop";
    private static final String STEM = "samvirke_danish_stem";
    private static final String VERBAL_NOUN = "samvirke_verbal_noun";
    private static final String COMPOUNDS = "samvirke_danish_compounds";
    private static final String NAME_WORDS = "samvirke_name_words";
    private static final String BEGINNINGS = "samvirke_beginnings";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(STOP).type("stop").param("stopwords", "_danish_");
        context.tokenFilter(STEM).type("snowball").param("language", "Danish");
        context.tokenFilter(VERBAL_NOUN).type("pattern_replace")
                .param("pattern", DanishAnalysis.VERBAL_NOUN).param("replacement", "$1").param("all", false);
        context.tokenFilter(COMPOUNDS).type("dictionary_decompounder")
                .param("word_list", DanishAnalysis.compoundParts().toArray(String[]::new))
                .param("min_word_size", DanishAnalysis.MIN_COMPOUND)
                .param("min_subword_size", DanishAnalysis.MIN_PART)
                .param("max_subword_size", DanishAnalysis.MAX_PART)
                .param("only_longest_match", true);
        context.tokenFilter(NAME_WORDS).type("word_delimiter_graph")
                .param("generate_word_parts", true).param("generate_number_parts", true)
                .param("catenate_words", true).param("catenate_numbers", false).param("catenate_all", false)
                .param("split_on_case_change", true).param("split_on_numerics", true)
                .param("preserve_original", true).param("stem_english_possessive", false);
        context.tokenFilter(BEGINNINGS).type("edge_ngram")
                .param("min_gram", DanishAnalysis.MIN_GRAM).param("max_gram", DanishAnalysis.MAX_GRAM)
                .param("preserve_original", false);

        context.analyzer(TEXT).custom().tokenizer("standard")
                .tokenFilters("lowercase", STOP, COMPOUNDS, STEM, VERBAL_NOUN, "scandinavian_folding", "asciifolding");
        context.analyzer(TEXT_QUERY).custom().tokenizer("standard")
                .tokenFilters("lowercase", STOP, STEM, VERBAL_NOUN, "scandinavian_folding", "asciifolding");
        context.analyzer(NAME_PARTS).custom().tokenizer("standard")
                .tokenFilters(NAME_WORDS, "flatten_graph", "lowercase", COMPOUNDS, "scandinavian_folding", "asciifolding",
                        BEGINNINGS);
        context.analyzer(NAME_PARTS_QUERY).custom().tokenizer("standard")
                .tokenFilters("lowercase", "scandinavian_folding", "asciifolding");
        context.normalizer(KEYWORD).custom().tokenFilters("lowercase", "scandinavian_folding", "asciifolding");
    }
}
