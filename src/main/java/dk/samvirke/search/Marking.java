package dk.samvirke.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks what a search found in a result's text, and picks the passage a snippet shows: the sentence (a block of
 * Markdown ends one too) with the most of the query's words, early ones first — as Lucene's unified highlighter
 * scores passages. The text is analysed as the index analysed it, and a word is marked where one of its tokens
 * is one of the query's terms, so a compound's part ("system" in "Datasystem") or a name's part or beginning
 * ("loop" in "OS2loop") is marked as it was found, on either backend.
 * <p>
 * Why not the index's highlighter: Hibernate Search asks it once per field and hit, and each time it decodes that
 * document's stored fields and term vectors again — four fifths of a search's time with 45 000 documents
 * (docs/performance.md). The stored text of a result's page is short, and analysing it again costs little.
 * <p>
 * Only the fields the kind searches are marked, each with the terms the query made in that field's analysis.
 */
final class Marking {

    private static final Analyzers ANALYZERS = new Analyzers();
    /** How much of a text is read for matches, as Lucene's highlighter reads by default: a long post costs no more. */
    static final int ANALYSED_LENGTH = 10_000;

    private final Map<String, Terms> termsByField = new HashMap<>();

    private Marking(Set<String> textFields, Set<String> partFields, QueryWords words) {
        Terms text = new Terms(words, ANALYZERS.text, ANALYZERS.textQuery);
        Terms parts = new Terms(words, ANALYZERS.nameParts, ANALYZERS.namePartsQuery);
        textFields.forEach(field -> termsByField.put(field, text));
        partFields.forEach(field -> termsByField.put(SearchFields.parts(field), parts));
    }

    static Marking of(SearchableKind kind, String query) {
        return of(kind.textFields().keySet(), kind.partFields().keySet(), query);
    }

    /** For a query searching these full-text fields and the parts twins of these names. */
    static Marking of(Set<String> textFields, Set<String> partFields, String query) {
        return new Marking(textFields, partFields, QueryWords.of(query));
    }

    /**
     * The best passage of a field's values with its matches marked; when nothing in them matched, the first
     * value as it is (empty when the field has no text).
     */
    Highlighted mark(String field, List<String> values) {
        List<String> texts = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (texts.isEmpty()) {
            return Highlighted.plain(null);
        }
        Terms terms = termsByField.get(field);
        Passage best = null;
        if (terms != null) {
            List<List<Token>> found = texts.stream().map(terms::found).toList();
            Set<String> present = new HashSet<>();
            found.forEach(tokens -> tokens.forEach(token -> present.add(token.term())));
            for (int i = 0; i < texts.size(); i++) {
                Passage passage = Passage.best(texts.get(i), terms.marked(found.get(i), present));
                if (passage != null && (best == null || passage.score() > best.score())) {
                    best = passage;
                }
            }
        }
        return best == null ? Highlighted.plain(texts.get(0)) : best.highlighted();
    }

    /** A token of a text that is one of the query's terms, or begins with one of its prefixes. */
    private record Token(String term, int start, int end) {
    }

    /**
     * The terms a query makes in one analysis. A word the analysis splits ("product-1": product, 1) matches a
     * field only with all its parts, as the query asks; a prefix matches every token it begins.
     */
    private static final class Terms {

        private final Analyzer index;
        private final List<Set<String>> words = new ArrayList<>();
        private final Set<String> exact = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();

        Terms(QueryWords query, Analyzer index, Analyzer search) {
            this.index = index;
            for (String word : query.words()) {
                Set<String> parts = new HashSet<>();
                tokens(search, word).forEach(token -> parts.add(token.term()));
                if (!parts.isEmpty()) {
                    words.add(parts);
                    exact.addAll(parts);
                }
            }
            query.prefixes().forEach(prefix -> {
                String normalized = search.normalize("", prefix).utf8ToString();
                if (!normalized.isEmpty()) {
                    prefixes.add(normalized);
                }
            });
        }

        /** The text's tokens that are a term or begin with a prefix, in the order of the text. */
        List<Token> found(String text) {
            if (exact.isEmpty() && prefixes.isEmpty()) {
                return List.of();
            }
            String analysed = text.length() > ANALYSED_LENGTH ? text.substring(0, ANALYSED_LENGTH) : text;
            return tokens(index, analysed).stream()
                    .filter(t -> exact.contains(t.term()) || prefixes.stream().anyMatch(t.term()::startsWith))
                    .toList();
        }

        /**
         * The stretches to mark of the tokens found in one value, given every term present in the field: in order,
         * overlapping ones joined, {start, end} pairs.
         */
        List<int[]> marked(List<Token> found, Set<String> present) {
            Set<String> matching = new HashSet<>();
            words.stream().filter(present::containsAll).forEach(matching::addAll);
            List<int[]> stretches = new ArrayList<>();
            for (Token token : found) {
                if (matching.contains(token.term()) || prefixes.stream().anyMatch(token.term()::startsWith)) {
                    stretches.add(new int[] {token.start(), token.end()});
                }
            }
            stretches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> joined = new ArrayList<>();
            for (int[] stretch : stretches) {
                int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && stretch[0] <= last[1]) {
                    last[1] = Math.max(last[1], stretch[1]);
                } else {
                    joined.add(stretch);
                }
            }
            return joined;
        }

        private static List<Token> tokens(Analyzer analyzer, String text) {
            List<Token> tokens = new ArrayList<>();
            try (var stream = analyzer.tokenStream("", text)) {
                var term = stream.addAttribute(CharTermAttribute.class);
                var offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return tokens;
        }
    }

    /** One sentence of a text and the stretches marked in it. */
    private record Passage(String text, int start, int end, List<int[]> marked, double score) {

        // Lucene's PassageScorer: BM25 over a passage's matches, its length against a pivot, early passages first.
        private static final double K1 = 1.2;
        private static final double B = 0.75;
        private static final double PIVOT = 87;

        static Passage best(String text, List<int[]> matches) {
            if (matches.isEmpty()) {
                return null;
            }
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
            sentences.setText(text);
            Passage best = null;
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                List<int[]> inside = new ArrayList<>();
                for (int[] match : matches) {
                    if (match[0] < end && match[1] > start) {
                        inside.add(new int[] {Math.max(match[0], start), Math.min(match[1], end)});
                    }
                }
                if (!inside.isEmpty()) {
                    Passage passage = new Passage(text, start, end, inside, score(text, start, end, inside));
                    if (best == null || passage.score() > best.score()) {
                        best = passage;
                    }
                }
            }
            return best;
        }

        private static double score(String text, int start, int end, List<int[]> inside) {
            Map<String, Integer> frequencies = new HashMap<>();
            inside.forEach(m -> frequencies.merge(text.substring(m[0], m[1]).toLowerCase(Locale.ROOT), 1,
                    Integer::sum));
            double lengthNorm = K1 * (1 - B + B * (end - start) / PIVOT);
            double score = 0;
            for (int frequency : frequencies.values()) {
                score += frequency * (K1 + 1) / (frequency + lengthNorm);
            }
            return score * (1 + 1 / Math.log(PIVOT + start));
        }

        Highlighted highlighted() {
            List<Highlighted.Segment> segments = new ArrayList<>();
            int at = start;
            for (int[] match : marked) {
                add(segments, text.substring(at, match[0]), false);
                add(segments, text.substring(match[0], match[1]), true);
                at = match[1];
            }
            add(segments, text.substring(at, end), false);
            return Highlighted.of(segments);
        }

        private static void add(List<Highlighted.Segment> segments, String text, boolean marked) {
            if (!text.isEmpty()) {
                segments.add(new Highlighted.Segment(text, marked));
            }
        }
    }

    /** The index's analysers, made once: they read their word lists when made, and are safe to share. */
    private static final class Analyzers {
        final Analyzer text = DanishAnalysis.text();
        final Analyzer textQuery = DanishAnalysis.textQuery();
        final Analyzer nameParts = DanishAnalysis.nameParts();
        final Analyzer namePartsQuery = DanishAnalysis.namePartsQuery();
    }
}
