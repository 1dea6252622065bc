package org.medinsure.warehouse.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.generator.Block.Cell;
import org.medinsure.warehouse.generator.Block.Grid;
import org.medinsure.warehouse.generator.Block.Paragraph;

/** Lays a document's blocks out as one layout family prints them; returns the lines of the text. */
final class LayoutRenderer {
    /** Widest column of a fixed-width table before its cells wrap, in display columns. */
    private static final int FIXED_COLUMN_WIDTH = 26;

    private final LayoutFamily family;
    private final Dice dice;
    private final String charsetName;

    LayoutRenderer(LayoutFamily family, Dice dice, String charsetName) {
        this.family = Objects.requireNonNull(family, "family is null");
        this.dice = Objects.requireNonNull(dice, "dice is null");
        this.charsetName = Objects.requireNonNull(charsetName, "charsetName is null");
    }

    /** The lines before the first block: an HTML page's head and site navigation. */
    List<String> begin(String title) {
        if (family != LayoutFamily.HTML) {
            return List.of();
        }
        return List.of("<!DOCTYPE html>",
                "<html><head><meta charset=\"" + charsetName + "\"><title>" + Html.escape(title) + "</title></head>",
                "<body>", "<div class=\"nav\">首页 &gt; 信息公开 &gt; 财政预决算</div>");
    }

    List<String> block(Block block) {
        if (block instanceof Paragraph paragraph) {
            return List.of(family == LayoutFamily.HTML ? "<p>" + Html.escape(paragraph.text()) + "</p>" : paragraph.text());
        }
        return grid((Grid) block);
    }

    List<String> end() {
        return family == LayoutFamily.HTML ? List.of("</body></html>") : List.of();
    }

    private List<String> grid(Grid grid) {
        return switch (family) {
            case TAB_ROWS -> tabRows(grid.rows());
            case PIPE_TABLE -> pipeTable(grid.rows(), grid.columns());
            case HTML -> html(grid);
            case FIXED_WIDTH -> fixedWidth(grid);
            case SPACE_JOINED -> spaceJoined(grid.rows());
            case ONE_CELL_PER_LINE -> oneCellPerLine(grid.rows());
            case LABEL_VALUE -> labelValue(grid);
        };
    }

    private static List<String> tabRows(List<List<Cell>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<Cell> row : rows) {
            lines.add(String.join("\t", row.stream().map(Cell::text).toList()));
        }
        return lines;
    }

    /** Markdown has no spans: a spanning cell's text is followed by empty cells. */
    private static List<String> pipeTable(List<List<Cell>> rows, int columns) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : rows.get(r)) {
                cells.add(cell.text().replace("|", "\\|"));
                for (int extra = 1; extra < cell.span(); extra++) {
                    cells.add("");
                }
            }
            lines.add("| " + String.join(" | ", cells) + " |");
            if (r == 0) {
                lines.add("|" + " --- |".repeat(columns));
            }
        }
        lines.add("");
        return lines;
    }

    private List<String> html(Grid grid) {
        List<String> lines = new ArrayList<>();
        lines.add("<table border=\"1\" cellspacing=\"0\">");
        for (List<Cell> row : grid.rows()) {
            StringBuilder line = new StringBuilder("<tr>");
            for (Cell cell : row) {
                line.append(cell.span() > 1 ? "<td colspan=\"" + cell.span() + "\">" : "<td>")
                        .append(Html.escapeCell(cell.text(), dice)).append("</td>");
            }
            lines.add(line.append("</tr>").toString());
        }
        lines.add("</table>");
        return lines;
    }

    private List<String> fixedWidth(Grid grid) {
        int columns = grid.columns();
        int[] widths = new int[columns];
        for (List<Cell> row : grid.rows()) {
            int column = 0;
            for (Cell cell : row) {
                if (cell.span() == 1) {
                    widths[column] = Math.max(widths[column], Math.min(FIXED_COLUMN_WIDTH, DisplayWidth.of(cell.text())));
                }
                column += cell.span();
            }
        }
        int gutter = dice.integer(2, 5);
        List<String> lines = new ArrayList<>();
        for (List<Cell> row : grid.rows()) {
            List<List<String>> pieces = new ArrayList<>();
            List<Integer> cellWidths = new ArrayList<>();
            int column = 0;
            for (Cell cell : row) {
                int width = -gutter;
                for (int c = column; c < column + cell.span(); c++) {
                    width += Math.max(widths[c], 2) + gutter;
                }
                cellWidths.add(width);
                pieces.add(DisplayWidth.wrap(cell.text(), width));
                column += cell.span();
            }
            int height = pieces.stream().mapToInt(List::size).max().orElse(1);
            for (int line = 0; line < height; line++) {
                StringBuilder text = new StringBuilder();
                for (int c = 0; c < pieces.size(); c++) {
                    String piece = line < pieces.get(c).size() ? pieces.get(c).get(line) : "";
                    text.append(DisplayWidth.pad(piece, cellWidths.get(c))).append(" ".repeat(gutter));
                }
                lines.add(text.toString().stripTrailing());
            }
        }
        return lines;
    }

    private static List<String> spaceJoined(List<List<Cell>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<Cell> row : rows) {
            lines.add(String.join(" ", row.stream().map(Cell::text).filter(text -> !text.isEmpty()).toList()));
        }
        return lines;
    }

    /** Every cell on its own line; a long cell broken over two lines now and then, as extraction does. */
    private List<String> oneCellPerLine(List<List<Cell>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                String text = cell.text();
                if (text.length() >= 12 && !text.matches(".*\\d.*") && dice.chance(0.15)) {
                    int cut = text.length() / 2;
                    lines.add(text.substring(0, cut));
                    lines.add(text.substring(cut));
                } else {
                    lines.add(text);
                }
            }
        }
        return lines;
    }

    private List<String> labelValue(Grid grid) {
        List<String> lines = new ArrayList<>();
        String colon = dice.chance(0.7) ? "：" : ":";
        for (List<Cell> row : grid.rows().subList(0, grid.fieldRows())) {
            for (int c = 0; c + 1 < row.size(); c += 2) {
                lines.add(row.get(c).text() + colon + row.get(c + 1).text());
            }
        }
        lines.add("");
        lines.addAll(pipeTable(grid.rows().subList(grid.fieldRows(), grid.rows().size()), grid.columns()));
        return lines;
    }
}
