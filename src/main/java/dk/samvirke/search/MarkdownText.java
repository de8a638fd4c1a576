package dk.samvirke.search;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Markdown (forum posts, product descriptions) indexed as the text a reader sees, so that snippets
 * show "MitID", not "**MitID**": emphasis marks dropped, a link as its text, an image as its alt text,
 * code as the code itself. Blocks (headings, paragraphs, list items) are separated by
 * {@link Highlighted#PARAGRAPH}, where the highlighter's passages end as they do at a full stop (a line
 * break does not end a sentence for it), so a heading without a full stop is not glued to the snippet.
 * Raw HTML stays as the text it is, since the pages show it escaped; the snippet escapes everything but
 * its own {@code <mark>}.
 */
final class MarkdownText implements ValueBridge<String, String> {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .build();

    static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return markdown;
        }
        var text = new PlainText();
        PARSER.parse(markdown).accept(text);
        return text.out.toString().strip();
    }

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        return plain(value);
    }

    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        @Override
        protected void visitChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                child.accept(this);
                if (child instanceof Block || child instanceof TableRow) {
                    separate(Highlighted.PARAGRAPH);
                } else if (child instanceof TableCell) {
                    separate(' ');
                }
                child = next;
            }
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.append(code.getLiteral().strip());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.append(code.getLiteral().strip());
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(html.getLiteral().strip());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            separate(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            separate(Highlighted.PARAGRAPH);
        }

        private void separate(char separator) {
            int last = out.length() - 1;
            if (last < 0) {
                return;
            }
            if (out.charAt(last) == ' ' && separator == Highlighted.PARAGRAPH) {
                out.setCharAt(last, separator);
            } else if (!Character.isWhitespace(out.charAt(last))) {
                out.append(separator);
            }
        }
    }
}
