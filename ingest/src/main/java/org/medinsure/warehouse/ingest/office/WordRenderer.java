package org.medinsure.warehouse.ingest.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.medinsure.warehouse.ingest.layout.SpannedRows;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TextCleaner;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a Word document into the lines every interpreter reads. A {@code .docx} is read in body
 * order: each paragraph a line of text, each table row a line split into its cells, with
 * horizontal merges ({@code gridSpan}) and vertical merges ({@code vMerge}) expanded into covered
 * positions; a table nested in a cell follows the row that holds it; a cell's paragraphs are its
 * pieces. An old {@code .doc} gives its text (HWPF), read like any text file.
 */
public final class WordRenderer {
    private final List<SourceLine> lines = new ArrayList<>();

    private WordRenderer() {
    }

    public static RenderedFile render(String sourcePath, byte[] bytes, boolean legacy) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(bytes, "bytes is null");
        if (legacy) {
            try (WordExtractor extractor = new WordExtractor(new ByteArrayInputStream(bytes))) {
                return new RenderedFile(TextCleaner.clean(sourcePath, extractor.getText()), null, List.of());
            } catch (IOException | RuntimeException e) {
                return OfficeFiles.refused(sourcePath, "Word document", e);
            }
        }
        OfficeFiles.limitZip();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            WordRenderer renderer = new WordRenderer();
            renderer.body(document.getBodyElements());
            return new RenderedFile(new CleanText(sourcePath, renderer.lines), null, List.of());
        } catch (IOException | RuntimeException e) {
            return OfficeFiles.refused(sourcePath, "Word document", e);
        }
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText().strip();
                if (!text.isEmpty()) {
                    lines.add(new SourceLine(lines.size() + 1, text));
                }
            } else if (element instanceof XWPFTable table) {
                table(table);
            }
        }
    }

    private void table(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        SpannedRows grid = new SpannedRows();
        List<List<XWPFTable>> nested = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            nested.add(new ArrayList<>());
            int column = 0;
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                int colSpan = gridSpan(cell);
                if (continuesMerge(cell)) {
                    column += colSpan; // the position lies under the merged cell that opened above
                    continue;
                }
                int rowSpan = restartsMerge(cell) ? mergedRows(rows, r, cell) : 1;
                column = grid.place(r, column, cellText(cell), rowSpan, colSpan);
                nested.get(r).addAll(cell.getTables());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<org.medinsure.warehouse.ingest.layout.Cell> placed = grid.row(r, lines.size() + 1);
            if (!placed.isEmpty()) {
                lines.add(SourceLine.row(lines.size() + 1, placed));
            }
            for (XWPFTable inner : nested.get(r)) {
                table(inner);
            }
        }
    }

    /** The cell's paragraphs joined: a wrapped label continues mid-word in Chinese. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            text.append(paragraph.getText().strip());
        }
        return text.toString();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    private static boolean restartsMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.getVMerge() != null
                && STMerge.RESTART.equals(properties.getVMerge().getVal());
    }

    /** A vMerge without a value continues the merge above it. */
    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.getVMerge() != null
                && (properties.getVMerge().getVal() == null || STMerge.CONTINUE.equals(properties.getVMerge().getVal()));
    }

    /**
     * The rows a vertical merge opened at {@code r} spans: its own and the continuing cells below,
     * found by grid column (a row's cells before it may span several columns, the rows below not).
     */
    private static int mergedRows(List<XWPFTableRow> rows, int r, XWPFTableCell opening) {
        int column = gridColumn(rows.get(r), opening);
        int span = 1;
        for (int below = r + 1; below < rows.size(); below++) {
            XWPFTableCell cell = cellAt(rows.get(below), column);
            if (cell == null || !continuesMerge(cell)) {
                break;
            }
            span++;
        }
        return span;
    }

    /** The grid column a cell starts at: the columns its row's cells before it span. */
    private static int gridColumn(XWPFTableRow row, XWPFTableCell cell) {
        int column = 0;
        for (XWPFTableCell before : row.getTableCells()) {
            if (before == cell) {
                return column;
            }
            column += gridSpan(before);
        }
        return -1;
    }

    /** The cell of a row that starts at a grid column; null if none does. */
    private static XWPFTableCell cellAt(XWPFTableRow row, int column) {
        int at = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            if (at == column) {
                return cell;
            }
            at += gridSpan(cell);
        }
        return null;
    }
}
