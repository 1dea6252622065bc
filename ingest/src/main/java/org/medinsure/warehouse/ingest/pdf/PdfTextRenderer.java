package org.medinsure.warehouse.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.PageLines;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Renders a PDF's text layer as space-aligned lines, the way {@code pdftotext -layout} prints it,
 * so that the aligned-text reader finds a table's columns from the alignment of the whole table:
 * each page's characters (with their positions, read by PDFBox) are grouped into lines by their
 * baselines, and each character is placed at the column its x position gives, one column being
 * the page's typical half-width advance (a CJK character takes two). Gaps between cells become runs
 * of spaces; a new page starts with a form feed. Rotated pages are read in their text direction.
 * A PDF without a text layer is a scan; one that needs a password cannot be opened.
 */
public final class PdfTextRenderer {
    /** Share of a line's font size within which two baselines are the same line. */
    private static final double SAME_LINE = 0.45;
    /** Share of the font size within which two lines that share no column are one row. */
    private static final double SAME_ROW = 0.8;

    /**
     * PDFBox reports font substitutions and unsupported cmap tables through java.util.logging, once
     * per font and file; they change no character read, so only its errors are let through. The
     * loggers are held here, as java.util.logging keeps its loggers weakly.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }

    private PdfTextRenderer() {
    }

    public static RenderedFile render(String sourcePath, byte[] bytes) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(bytes, "bytes is null");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            List<String> lines = new ArrayList<>();
            List<Integer> pageOf = new ArrayList<>();
            List<Integer> lineOnPage = new ArrayList<>();
            List<Integer> empty = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                List<String> pageLines = pageLines(document, page);
                if (pageLines.isEmpty()) {
                    empty.add(page);
                    continue;
                }
                if (!lines.isEmpty()) {
                    pageLines.set(0, "\f" + pageLines.get(0)); // a page break, as pdftotext prints it
                }
                for (int l = 0; l < pageLines.size(); l++) {
                    pageOf.add(page);
                    lineOnPage.add(l + 1);
                }
                lines.addAll(pageLines);
            }
            List<Problem> problems = new ArrayList<>();
            if (lines.isEmpty()) {
                problems.add(Problem.error(0, "no_text_layer", sourcePath + ": none of its " + pages + " pages has a"
                        + " text layer (a scanned document); it needs OCR before it can be read"));
                return new RenderedFile(null, null, problems);
            }
            if (!empty.isEmpty()) {
                problems.add(Problem.warning(0, "no_text_layer", sourcePath + ": pages " + empty
                        + " have no text layer (scanned pages) and are not read"));
            }
            PageLines where = new PageLines(pageOf.stream().mapToInt(Integer::intValue).toArray(),
                    lineOnPage.stream().mapToInt(Integer::intValue).toArray());
            return new RenderedFile(TextCleaner.clean(sourcePath, String.join("\n", lines)), where, problems);
        } catch (InvalidPasswordException e) {
            return RenderedFile.refused(Problem.error(0, "encrypted", sourcePath
                    + ": the PDF is encrypted and needs a password to open; it is not read"));
        } catch (IOException e) {
            return RenderedFile.refused(Problem.error(0, "unreadable_pdf", sourcePath
                    + ": cannot read the PDF: " + e.getMessage()));
        }
    }

    /** One page's lines, top to bottom, characters placed at their columns. */
    private static List<String> pageLines(PDDocument document, int page) throws IOException {
        List<TextPosition> characters = characters(document, page);
        characters.removeIf(character -> character.getUnicode() == null || character.getUnicode().isEmpty());
        if (characters.stream().allMatch(character -> character.getUnicode().isBlank())) {
            return new ArrayList<>();
        }
        double column = columnWidth(characters);
        double left = characters.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
        characters.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        double baseline = Double.NaN;
        for (TextPosition character : characters) {
            double y = character.getYDirAdj();
            double tolerance = SAME_LINE * Math.max(1, character.getFontSizeInPt());
            if (!line.isEmpty() && Math.abs(y - baseline) > tolerance) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = y;
            }
            line.add(character);
        }
        lines.add(line);
        List<String> rendered = new ArrayList<>();
        for (List<TextPosition> printed : sameRowMerged(lines)) {
            rendered.add(render(printed, left, column));
        }
        return rendered;
    }

    /**
     * Lines a few points apart, one of them figures alone, whose characters never share a column are
     * one table row printed with its cells at different heights (figures centred on a label that
     * wraps, a total column set lower): they are put on one line. Lines that share a column (a
     * cell's wrapped text) stay apart.
     */
    private static List<List<TextPosition>> sameRowMerged(List<List<TextPosition>> lines) {
        List<List<TextPosition>> merged = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            List<TextPosition> previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && close(previous, line) && (figuresOnly(previous) || figuresOnly(line))
                    && !overlaps(previous, line)) {
                previous.addAll(line);
            } else {
                merged.add(new ArrayList<>(line));
            }
        }
        return merged;
    }

    /** A line of figures and codes alone: the amounts of a row whose label sits higher or lower. */
    private static boolean figuresOnly(List<TextPosition> line) {
        for (TextPosition character : line) {
            for (char c : character.getUnicode().toCharArray()) {
                if (!Character.isDigit(c) && ",.%-()（）".indexOf(c) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(List<TextPosition> upper, List<TextPosition> lower) {
        double size = Math.max(1, upper.get(0).getFontSizeInPt());
        double gap = lower.get(0).getYDirAdj() - upper.get(upper.size() - 1).getYDirAdj();
        return gap <= SAME_ROW * size;
    }

    private static boolean overlaps(List<TextPosition> one, List<TextPosition> other) {
        for (TextPosition a : one) {
            for (TextPosition b : other) {
                double overlap = Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj())
                        - Math.max(a.getXDirAdj(), b.getXDirAdj());
                if (overlap > 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<TextPosition> characters(PDDocument document, int page) throws IOException {
        List<TextPosition> characters = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                characters.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return characters;
    }

    /**
     * One column: the median advance of the page's characters, a wide (CJK) character counting as
     * two columns, so that figures and Chinese labels line up on one grid.
     */
    private static double columnWidth(List<TextPosition> characters) {
        double[] widths = characters.stream()
                .mapToDouble(character -> character.getWidthDirAdj() / columns(character.getUnicode()))
                .filter(width -> width > 0.1)
                .sorted().toArray();
        return widths.length == 0 ? 5 : widths[widths.length / 2];
    }

    /** A line's characters at their columns; a gap the grid would close keeps at least one space. */
    private static String render(List<TextPosition> line, double left, double column) {
        line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        StringBuilder text = new StringBuilder();
        int position = 0; // in display columns
        double end = Double.NaN;
        boolean spaced = false; // a space glyph was printed since the last character
        for (TextPosition character : line) {
            double x = character.getXDirAdj();
            if (character.getUnicode().isBlank()) {
                spaced = !Double.isNaN(end);
                continue;
            }
            if (!Double.isNaN(end) && x < end - column * 0.5) {
                continue; // a glyph printed over the one before (bold by overprinting)
            }
            int target = (int) Math.round((x - left) / column);
            int spaces = Double.isNaN(end) ? target // the line's indent
                    : spacesBefore(x - end, column, target - position, spaced ? 1 : 0,
                            scriptChanges(text, character.getUnicode()));
            spaced = false;
            text.append(" ".repeat(Math.max(0, spaces)));
            position += Math.max(0, spaces);
            String unicode = character.getUnicode();
            text.append(unicode);
            position += columns(unicode);
            end = x + character.getWidthDirAdj();
        }
        return text.toString();
    }

    /**
     * The spaces before a character {@code gap} points after the one before it: characters of one
     * word follow each other however the grid drifts ({@code printed} is 1 where a space glyph was
     * printed between them); a gap puts the next cell at its column, at least two spaces away; a
     * figure ending where a label begins (4,100,000.00年度资金申请总额) is two cells.
     */
    private static int spacesBefore(double gap, double column, int toColumn, int printed, boolean scriptChanges) {
        if (gap >= column * 1.2) {
            return Math.max(toColumn, 2);
        }
        if (gap >= column * 0.9) {
            return 1;
        }
        return gap > column * 0.25 && scriptChanges ? 2 : printed;
    }

    /** The grid columns a glyph's text takes, as the aligned-text reader measures them (at least one). */
    private static int columns(String unicode) {
        return Math.max(1, AlignedTextReader.displayWidth(unicode));
    }

    /** Whether a figure meets a Chinese character here, or the other way round. */
    private static boolean scriptChanges(StringBuilder text, String next) {
        if (text.length() == 0 || next.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        char first = next.charAt(0);
        boolean lastHan = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
        boolean firstHan = Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN;
        return lastHan && Character.isDigit(first) || firstHan && Character.isDigit(last);
    }

}
