package dk.samvirke.forum;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Posts' Markdown to HTML that is safe to put in a page. Two independent layers: the Markdown renderer
 * escapes any raw HTML the author wrote, and its output then passes an allow-list sanitiser, so a
 * mistake in one layer is not yet a hole. Images are shown as links: the pages' Content-Security-Policy
 * loads no images from elsewhere, and an embedded image would tell a stranger's server who reads.
 */
@Component
public class MarkdownRenderer {

    static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create(),
            StrikethroughExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n") // a forum keeps the author's line breaks
            .nodeRendererFactory(ImageAsLink::new)
            .build();

    /** Documents (product descriptions): CommonMark's own soft breaks, which the page keeps with CSS. */
    private static final HtmlRenderer DOCUMENT_RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ImageAsLink::new)
            .build();

    /** Headings step down below the page's own h1 and h2; links get rel, never target; only these schemes. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h3", "h4", "h5", "h6")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            .toFactory();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * A document's Markdown (a product's description) to safe HTML: as {@link #toHtml(String)}, but a line
     * break inside a paragraph stays a newline in the text rather than a {@code <br>}.
     */
    public String documentToHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(DOCUMENT_RENDERER.render(PARSER.parse(markdown)));
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** {@code ![alt](url)} becomes a link to the image, with the alt text as the link's text. */
    private static final class ImageAsLink implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            var image = (Image) node;
            String url = context.urlSanitizer().sanitizeImageUrl(image.getDestination());
            html.tag("a", context.extendAttributes(node, "a", java.util.Map.of("href", context.encodeUrl(url))));
            if (image.getFirstChild() == null) {
                html.text(image.getDestination());
            }
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
        }
    }
}
