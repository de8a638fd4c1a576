package dk.samvirke.forum;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code @name} in a post: the part of a person's e-mail address before the {@code @}
 * ({@code @mette.hansen}), or the whole address when that part is shared ({@code @mette@aarhus.dk}).
 * Text in code is not a mention. A name that fits more than one account mentions nobody.
 */
@Component
class Mentions {

    /** Without the autolink extension: it would turn {@code @a@b.dk} into a mail link and hide the mention. */
    private static final Parser PLAIN = Parser.builder().build();
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\w.@+-])@([A-Za-z0-9._%+-]{1,64}(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)");

    /** A mentioned account with the address its notification goes to. */
    record Mentioned(long accountId, String email, String name) {
    }

    private final JdbcClient jdbc;

    Mentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Mentioned> in(String markdown) {
        return names(markdown).stream().flatMap(name -> resolve(name).stream()).distinct().limit(20).toList();
    }

    static Set<String> names(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        PLAIN.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                var matcher = MENTION.matcher(text.getLiteral());
                while (matcher.find()) {
                    String name = matcher.group(1).replaceAll("[.]+$", "").toLowerCase(Locale.ROOT);
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        });
        return names;
    }

    private List<Mentioned> resolve(String name) {
        String condition = name.contains("@") ? "lower(email) = ?" : "lower(email) like ? escape '\\'";
        String value = name.contains("@") ? name : likeEscape(name) + "@%";
        var found = jdbc.sql("select id, email, name from account where enabled = true and " + condition
                        + " order by id fetch first 2 rows only")
                .param(value)
                .query((rs, i) -> new Mentioned(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        return found.size() == 1 ? found : List.of();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
