package dk.samvirke.catalogue.publiccode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SPDX licence expressions (SPDX spec annex D): licence ids (listed, deprecated ones included,
 * matched without regard to case), an optional "+", LicenseRef-/DocumentRef- references,
 * WITH exceptions, AND/OR and parentheses. The id lists come from the SPDX License List (see the
 * resource headers for the version and source).
 */
final class SpdxExpressions {

    private static final Set<String> LICENSES = lowerIds("spdx-licenses.txt");
    private static final Set<String> EXCEPTIONS = lowerIds("spdx-exceptions.txt");
    private static final Pattern REF = Pattern.compile(
            "(DocumentRef-[A-Za-z0-9.\\-]+:)?LicenseRef-[A-Za-z0-9.\\-]+");
    private static final int MAX_TOKENS = 1000;

    private final List<String> tokens;
    private int pos;

    private SpdxExpressions(List<String> tokens) {
        this.tokens = tokens;
    }

    static boolean isValid(String expression) {
        List<String> tokens = tokenize(expression);
        if (tokens == null || tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            return false;
        }
        SpdxExpressions parser = new SpdxExpressions(tokens);
        return parser.orExpression(0) && parser.pos == tokens.size();
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private boolean orExpression(int depth) {
        if (!andExpression(depth)) {
            return false;
        }
        while (operator("OR")) {
            if (!andExpression(depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean andExpression(int depth) {
        if (!withExpression(depth)) {
            return false;
        }
        while (operator("AND")) {
            if (!withExpression(depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean withExpression(int depth) {
        if (pos >= tokens.size()) {
            return false;
        }
        String token = tokens.get(pos);
        if (token.equals("(")) {
            if (depth > 50) {
                return false;
            }
            pos++;
            if (!orExpression(depth + 1) || pos >= tokens.size() || !tokens.get(pos).equals(")")) {
                return false;
            }
            pos++;
            return true;
        }
        if (!isLicense(token)) {
            return false;
        }
        pos++;
        if (operator("WITH")) {
            if (pos >= tokens.size() || !EXCEPTIONS.contains(tokens.get(pos).toLowerCase(Locale.ROOT))) {
                return false;
            }
            pos++;
        }
        return true;
    }

    private boolean operator(String name) {
        if (pos < tokens.size()) {
            String token = tokens.get(pos);
            if (token.equals(name) || token.equals(name.toLowerCase(Locale.ROOT))) {
                pos++;
                return true;
            }
        }
        return false;
    }

    private static boolean isLicense(String token) {
        if (REF.matcher(token).matches()) {
            return true;
        }
        String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
        return LICENSES.contains(id.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerIds(String resource) {
        Set<String> ids = new HashSet<>();
        for (String line : CodeLists.read(resource)) {
            ids.add(line.split("\\s+")[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(ids);
    }
}
