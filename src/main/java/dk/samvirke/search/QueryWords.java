package dk.samvirke.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a query as the search reads them (Lucene's simple query string, {@link SiteSearch#search}), for
 * marking what they found: its operators ({@code + | ( ) "}, a fuzziness or slop {@code ~N}) are left out, and so
 * are the words it excludes ({@code -word}, {@code -"a phrase"}, {@code -(a group)}); {@code word*} is a prefix.
 * A backslash escapes the next character.
 *
 * @param words    the words, as typed
 * @param prefixes the beginnings, without their {@code *}
 */
record QueryWords(List<String> words, List<String> prefixes) {

    QueryWords {
        words = List.copyOf(words);
        prefixes = List.copyOf(prefixes);
    }

    static QueryWords of(String query) {
        var reader = new Reader();
        reader.read(query);
        return new QueryWords(reader.words, reader.prefixes);
    }

    private static final class Reader {

        final List<String> words = new ArrayList<>();
        final List<String> prefixes = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean negateNext;
        private int depth;
        /** The depth of the group a "-" excludes, while inside it; -1 when none. */
        private int negatedDepth = -1;
        private boolean inQuotes;
        private boolean negatedQuotes;

        void read(String query) {
            for (int i = 0; i < query.length(); i++) {
                char c = query.charAt(i);
                if (c == '\\' && i + 1 < query.length()) {
                    word.append(query.charAt(++i));
                } else if (Character.isWhitespace(c) || c == '+' || c == '|') {
                    endWord();
                } else if (c == '(') {
                    endWord();
                    depth++;
                    if (negateNext && negatedDepth < 0) {
                        negatedDepth = depth;
                    }
                    negateNext = false;
                } else if (c == ')') {
                    endWord();
                    if (depth == negatedDepth) {
                        negatedDepth = -1;
                    }
                    depth = Math.max(0, depth - 1);
                } else if (c == '"') {
                    endWord();
                    inQuotes = !inQuotes;
                    negatedQuotes = inQuotes && negateNext;
                    negateNext = false;
                } else if (c == '-' && word.isEmpty() && !inQuotes) {
                    negateNext = true;
                } else {
                    word.append(c);
                }
            }
            endWord();
        }

        private void endWord() {
            if (word.isEmpty()) {
                return; // a "-" before "(" or a quote still applies to what follows
            }
            String text = withoutFuzziness(word.toString());
            word.setLength(0);
            boolean negated = negateNext || negatedDepth >= 0 || negatedQuotes;
            negateNext = false;
            if (negated || text.isEmpty()) {
                return;
            }
            if (text.endsWith("*")) {
                String prefix = text.replaceAll("\\*+$", "");
                if (!prefix.isEmpty()) {
                    prefixes.add(prefix);
                }
            } else {
                words.add(text);
            }
        }

        /** "word~2" and "word~" are the word. */
        private static String withoutFuzziness(String text) {
            int tilde = text.lastIndexOf('~');
            if (tilde > 0 && text.substring(tilde + 1).chars().allMatch(Character::isDigit)) {
                return text.substring(0, tilde);
            }
            return text;
        }
    }
}
