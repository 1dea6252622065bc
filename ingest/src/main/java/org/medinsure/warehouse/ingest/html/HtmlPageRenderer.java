package org.medinsure.warehouse.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.SpannedRows;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.LineOrigins;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Renders an HTML page into the lines every interpreter reads, the way web budgeting systems and
 * government sites publish forms. Paragraphs, headings and other blocks become text lines; every
 * {@code <tr>} becomes one line split into its cells, with {@code rowspan} and {@code colspan}
 * expanded into covered positions so that columns line up; a table nested in a cell is rendered
 * after the row that holds it. {@code <br>} and block elements inside a cell join the cell's
 * pieces; entities, no-break spaces and inline styles are resolved by jsoup. Scripts, styles and
 * the head are skipped; checkboxes become ☑ / ☐ as in the text cleaner.
 *
 * <p>Every rendered line remembers the file line its element starts on ({@link LineOrigins}).
 */
public final class HtmlPageRenderer {
    /** Elements that end the line before them and start a new one after them. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "caption", "dt",
            "dd", "dl", "form", "center", "address", "figure", "figcaption", "hr", "br", "title", "tr", "table",
            "fieldset", "legend", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "select",
            "button", "iframe", "object", "svg");
    /** Nesting deeper than this is refused: no real page nests tables so deep. */
    private static final int MAX_DEPTH = 64;

    private final List<SourceLine> lines = new ArrayList<>();
    private final List<Integer> origins = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    private int inlineOrigin = 0;

    private HtmlPageRenderer() {
    }

    /** The page's lines, each mapped back to the file line it starts on. */
    public static CleanText render(String sourcePath, String html) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(html, "html is null");
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        HtmlPageRenderer renderer = new HtmlPageRenderer();
        renderer.block(document.body() == null ? document : document.body(), 0);
        renderer.flush();
        int[] sourceLines = renderer.origins.stream().mapToInt(Integer::intValue).toArray();
        return new CleanText(sourcePath, renderer.lines, LineOrigins.of(sourceLines));
    }

    /** Whether a text holds an HTML table, so that a page saved with a text extension is still read as one. */
    public static boolean holdsTable(String text) {
        String lower = text.length() > 200_000 ? text.substring(0, 200_000).toLowerCase(Locale.ROOT)
                : text.toLowerCase(Locale.ROOT);
        return lower.contains("<table") && lower.contains("<tr") && lower.contains("<td");
    }

    private void block(Node node, int depth) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                appendText(text.getWholeText(), line(child));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table")) {
                    flush();
                    if (depth < MAX_DEPTH) {
                        table(element, depth + 1);
                    }
                } else if (tag.equals("input")) {
                    appendText(checkbox(element), line(element));
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    if (depth < MAX_DEPTH) {
                        block(element, depth + 1);
                    }
                    flush();
                } else if (depth < MAX_DEPTH) {
                    block(element, depth + 1);
                }
            }
        }
    }

    private void appendText(String text, int origin) {
        if (text.isBlank()) {
            if (!inline.isEmpty()) {
                inline.append(' ');
            }
            return;
        }
        if (inline.isEmpty() || inline.toString().isBlank()) {
            inlineOrigin = origin;
        }
        inline.append(text);
    }

    private void flush() {
        String text = TextCleaner.cleanPiece(inline.toString());
        inline.setLength(0);
        if (!text.isEmpty()) {
            add(new SourceLine(lines.size() + 1, text), inlineOrigin);
        }
    }

    private void add(SourceLine line, int origin) {
        lines.add(line);
        origins.add(Math.max(1, origin));
    }

    /** One table: its own rows (not those of tables nested in its cells), spans expanded. */
    private void table(Element table, int depth) {
        List<Element> rows = new ArrayList<>();
        collectRows(table, rows);
        SpannedRows grid = new SpannedRows();
        List<List<Element>> nested = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            nested.add(new ArrayList<>());
            int column = 0;
            for (Element cellElement : rows.get(r).children()) {
                String tag = cellElement.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    column = grid.place(r, column, cellText(cellElement, nested.get(r)),
                            Math.min(span(cellElement, "rowspan"), rows.size() - r), span(cellElement, "colspan"));
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> placed = grid.row(r, lines.size() + 1);
            if (!placed.isEmpty()) {
                add(SourceLine.row(lines.size() + 1, placed), line(rows.get(r)));
            }
            for (Element inner : nested.get(r)) {
                table(inner, depth + 1);
            }
        }
    }

    private static void collectRows(Element element, List<Element> rows) {
        for (Element child : element.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> collectRows(child, rows);
                default -> { }
            }
        }
    }

    /** The cell's text, its blocks and line breaks joined; nested tables are set aside for later. */
    private static String cellText(Element cell, List<Element> nestedTables) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        collectText(cell, piece, pieces, nestedTables, 0);
        pieces.add(piece.toString());
        StringBuilder text = new StringBuilder();
        for (String raw : pieces) {
            String clean = TextCleaner.cleanPiece(raw);
            if (clean.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && !joinsTight(text.charAt(text.length() - 1), clean.charAt(0))) {
                text.append(' ');
            }
            text.append(clean);
        }
        return text.toString();
    }

    private static void collectText(Node node, StringBuilder piece, List<String> pieces, List<Element> nestedTables,
                                    int depth) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                piece.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table")) {
                    nestedTables.add(element);
                } else if (tag.equals("input")) {
                    piece.append(checkbox(element));
                } else if (BLOCKS.contains(tag)) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    if (depth < MAX_DEPTH) {
                        collectText(element, piece, pieces, nestedTables, depth + 1);
                    }
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else if (depth < MAX_DEPTH) {
                    collectText(element, piece, pieces, nestedTables, depth + 1);
                }
            }
        }
    }

    /** Pieces of a wrapped cell join without a space where either side is Chinese, as print wraps words. */
    private static boolean joinsTight(char before, char after) {
        return isCjk(before) || isCjk(after);
    }

    private static boolean isCjk(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF'
                || c >= '\u3000' && c <= '\u303F';
    }

    private static String checkbox(Element input) {
        String type = input.attr("type").toLowerCase(Locale.ROOT);
        if (!type.equals("checkbox") && !type.equals("radio")) {
            return input.attr("value");
        }
        return input.hasAttr("checked") ? "☑" : "☐";
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        int digits = 0;
        while (digits < value.length() && Character.isDigit(value.charAt(digits)) && digits < 6) {
            digits++;
        }
        int span = digits == 0 ? 1 : Integer.parseInt(value.substring(0, digits));
        return Math.max(1, Math.min(span, SpannedRows.MAX_SPAN));
    }

    /** The file line a node starts on; 0 when the parser could not track it. */
    private static int line(Node node) {
        return node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 0;
    }
}
