package dk.samvirke.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * One language at a time: the text a reader sees on a page in the page's language (the {@code lang} of
 * {@code <html>}) must not hold the other language's interface words, message keys Thymeleaf could not
 * find ({@code ??key_da??}), raw role codes, or the other language's way of writing a date. Text inside
 * an element with a {@code lang} of its own (the language switch, an English description, a mail server's
 * answer) and code samples are left out. The word lists hold interface words of the bundles only, not
 * words that the registry's own data (names, summaries) may contain, so the check is fast and does not
 * trip over content. {@link Chromium#checkPage} runs it on every page a browser test visits.
 */
public final class LanguagePurity {

    private static final String VISIBLE_TEXT = """
            const page = (document.documentElement.lang || 'da').toLowerCase();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const parts = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const e = node.parentElement;
                if (!e || e.closest('script, style, code, pre, noscript, template, [hidden], [aria-hidden="true"]')) continue;
                const other = e.closest('[lang]');
                if (other && other !== document.documentElement && other.lang.toLowerCase() !== page) continue;
                parts.push(node.nodeValue);
            }
            const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')]
                .filter(e => { const o = e.closest('[lang]'); return !o || o === document.documentElement || o.lang.toLowerCase() === page; })
                .map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder'), e.getAttribute('alt')]
                    .filter(Boolean).join(' '));
            return [page, parts.join(' ').replace(/\\s+/g, ' '), attributes.join(' ')];
            """;

    /** Interface words of the English bundle that have no business on a Danish page. */
    private static final Pattern ENGLISH_ON_DANISH = words(
            "replies", "topics", "Unchanged since", "Harvested", "Fetching", "Counting authors", "is not a public",
            "Failed to", "not found", "No access", "Sign in", "Sign out", "My account", "Search", "Home page",
            "Write a reply", "Invitation sent", "Invitation queued", "required column", "unknown column", "is not a key",
            "Nothing was written", "The package", "Members", "members", "municipalities", "Unanswered", "Catalogue",
            "Statistics", "Organisations", "Error code", "Something went wrong", "Show changes", "History of");

    /** Interface words of the Danish bundle that have no business on an English page. */
    private static final Pattern DANISH_ON_ENGLISH = words(
            "tråde", "tråd", "Forside", "Søg", "Log ind", "Log ud", "Min konto", "Skriv et svar", "Fejlkode",
            "Ingen adgang", "medlemmer", "Katalog", "Statistik", "Hent", "Gem", "Opret", "Vis ændringer", "Historik for",
            "Uændret", "Høstet", "Afvist", "Importér", "Siden findes ikke", "Ubesvarede", "Organisationer", "Deltagere");

    private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");
    private static final Pattern ROLE_CODE = Pattern.compile("\\b(organisation-admin|product-manager|admin|member): [a-z0-9]");
    private static final String MONTHS_EN = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String MONTHS_DA = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)";
    private static final Pattern DANISH_DATE_IN_ENGLISH = Pattern.compile("\\b\\d{1,2}\\. " + MONTHS_EN + "\\b");
    private static final Pattern ENGLISH_MONTH_ON_DANISH = Pattern.compile("\\b\\d{1,2}\\.? " + MONTHS_EN + " \\d{4}\\b");
    private static final Pattern ENGLISH_DATE_ON_DANISH = Pattern.compile("\\b\\d{1,2} " + MONTHS_DA + " \\d{4}\\b");

    private LanguagePurity() {
    }

    private static Pattern words(String... words) {
        var alternatives = new ArrayList<String>();
        for (String word : words) {
            alternatives.add(Pattern.quote(word));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_-])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}_-])");
    }

    /** The problems found on the page now shown; empty when it keeps to one language. */
    public static List<String> problems(JavascriptExecutor driver) {
        @SuppressWarnings("unchecked")
        var result = (List<String>) driver.executeScript(VISIBLE_TEXT);
        String language = result.get(0).startsWith("en") ? "en" : "da";
        String text = result.get(1) + " " + result.get(2);
        var problems = new ArrayList<String>();
        find(MESSAGE_KEY, text, "message key not found", problems);
        find(ROLE_CODE, text, "raw role code", problems);
        if (language.equals("da")) {
            find(ENGLISH_ON_DANISH, text, "English on a Danish page", problems);
            find(ENGLISH_MONTH_ON_DANISH, text, "an English month on a Danish page", problems);
        } else {
            find(DANISH_ON_ENGLISH, text, "Danish on an English page", problems);
            find(DANISH_DATE_IN_ENGLISH, text, "a Danish-style date on an English page", problems);
            find(ENGLISH_DATE_ON_DANISH, text, "a Danish month on an English page", problems);
        }
        return problems;
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        var m = pattern.matcher(text);
        while (m.find() && problems.size() < 20) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            problems.add(what + ": '" + m.group() + "' in …" + text.substring(from, to) + "…");
        }
    }
}
