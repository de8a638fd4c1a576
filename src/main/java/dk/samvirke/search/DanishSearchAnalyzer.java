package dk.samvirke.search;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Lucene's Danish analysis (stop words, Snowball stemming) with two additions, applied alike to the
 * index and to queries:
 * <ul>
 * <li>Verbal nouns meet their verb: Snowball leaves "opgraderingen" as "opgradering" but "opgradere" as
 * "opgrad", so a search for the one would miss the other. Public-sector Danish is full of such pairs
 * (digitalisering/digitalisere, betjening/betjene), so a trailing "ering" or "ing" is dropped after
 * stemming when at least four letters remain.</li>
 * <li>Spellings without Danish letters find the Danish ones: æ, ø, å (and aa, ä, ö) fold to a and o, as
 * a visitor on a foreign keyboard or a CSV from an old system writes them ("Kobenhavn", "Arhus" and
 * "Aarhus" all find "Århus"). Folding comes after stemming, because the Danish stemmer needs the
 * letters; accents (é, ü) fold too.</li>
 * </ul>
 */
final class DanishSearchAnalyzer extends Analyzer {

    private static final Pattern VERBAL_NOUN = Pattern.compile("^(\\p{L}{4,}?)(?:er)?ing$");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, DanishAnalyzer.getDefaultStopSet());
        stream = new SnowballFilter(stream, new DanishStemmer());
        stream = new PatternReplaceFilter(stream, VERBAL_NOUN, "$1", false);
        stream = new ScandinavianFoldingFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new ScandinavianFoldingFilter(new LowerCaseFilter(in)));
    }
}
