package dk.samvirke.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the embedded Lucene backend. The names are those of Elasticsearch's and
 * OpenSearch's built-in "danish" analyser and "lowercase" normaliser, so the same mapping runs on
 * those backends without a configurer of their own (with their plainer Danish analysis).
 */
final class DanishAnalysis implements LuceneAnalysisConfigurer {

    static final String DANISH = "danish";
    /** Keys, codes and types: matched whole, ignoring case and Danish letters. */
    static final String KEYWORD = "lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DANISH).instance(new DanishSearchAnalyzer());
        context.normalizer(KEYWORD).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ScandinavianFoldingFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
