package org.medinsure.warehouse.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.budget.BudgetVocabulary;
import org.medinsure.warehouse.ingest.form.FormVocabulary;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.text.ChineseScript;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.LineOrigins;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Puts back the rows of a spreadsheet flattened onto one line (every non-empty cell of a sheet,
 * separated by single spaces, as some converters and copy-pastes give it). Positions are lost and
 * empty cells vanish, so rows are rebuilt only where the words themselves say a row begins: a table
 * title, a 单位 line, a subject code before its name (208 社会保障和就业支出), a list item (二、…;
 * the two halves of a two-sided table share its number), a total before its figures (合计 1378.40;
 * 本年收入合计 pairs with 本年支出合计), a sequence number before a name (2 医疗救助资金), a form's
 * field label, and an indicator level (产出指标, 数量指标). The rebuilt rows are single-space rows
 * like any copied from a PDF, for the readers that know how to place their figures; what they
 * cannot place is reported by them. Every rebuilt row keeps the file line of the sheet.
 */
final class FlattenedSheets {
    /** Cells on one line from which a line is taken for a flattened sheet. */
    static final int MIN_CELLS = 24;
    private static final int SHORT_HEADER = 6;
    private static final Pattern SUBJECT_CODE = Pattern.compile("2\\d{2}(?:\\d{2}){0,2}");
    private static final Pattern ITEM = Pattern.compile("^([一二三四五六七八九十]+)、.+");
    private static final Pattern NUMBER = Pattern.compile("-?[\\d,]+(?:\\.\\d+)?%?");
    private static final Pattern SEQUENCE = Pattern.compile("\\d{1,3}");
    private static final Pattern SHEET = Pattern.compile("(?i)sheet\\d*|附件\\d*|表\\d+(?:-\\d+)?");
    private static final Pattern HAN = Pattern.compile("^\\p{IsHan}.*");

    private final FormVocabulary forms;
    private final BudgetVocabulary budgets;

    FlattenedSheets(FormVocabulary forms, BudgetVocabulary budgets) {
        this.forms = Objects.requireNonNull(forms, "forms is null");
        this.budgets = Objects.requireNonNull(budgets, "budgets is null");
    }

    /**
     * The text with its flattened lines split into rows, where each line came from in the given text
     * ({@code toInput[i]} for line {@code i + 1}), and a problem per flattened line; empty when no
     * line is flattened.
     */
    record Split(CleanText text, int[] toInput, List<Problem> problems) {
    }

    Optional<Split> split(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        // a structured source (an HTML page, a Word or Excel file) keeps its tables' cells, and its
        // lines are never renumbered: the cells name their lines
        if (text.lines().stream().anyMatch(line -> line.cells() != null)
                || text.lines().stream().noneMatch(FlattenedSheets::isFlattened)) {
            return Optional.empty();
        }
        List<SourceLine> lines = new ArrayList<>();
        List<Integer> toInput = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SourceLine line : text.lines()) {
            if (!isFlattened(line)) {
                toInput.add(line.number());
                lines.add(new SourceLine(lines.size() + 1, line.text()));
                continue;
            }
            String[] cells = line.text().strip().split(" ");
            List<String> rows = rows(cells);
            problems.add(Problem.warning(line.number(), "flattened_sheet", text.at(line.number()) + ": " + cells.length
                    + " cells of a sheet printed on one line with their empty cells dropped; " + rows.size()
                    + " rows rebuilt where a title, label, code, item number or total begins one, and figures read"
                    + " only where a row's columns or sums place them"));
            for (String row : rows) {
                toInput.add(line.number());
                lines.add(new SourceLine(lines.size() + 1, row));
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        int[] map = toInput.stream().mapToInt(Integer::intValue).toArray();
        int[] files = new int[map.length];
        for (int i = 0; i < map.length; i++) {
            files[i] = text.origins().sourceLine(map[i]);
        }
        List<ChineseScript.FoldedLine> printed = null;
        if (text.folded()) {
            printed = new ArrayList<>();
            for (int input : map) {
                printed.add(text.printed().get(input - 1)); // a rebuilt row is part of its line's printed text
            }
        }
        return Optional.of(new Split(new CleanText(text.sourcePath(), lines, LineOrigins.of(files), printed), map,
                problems));
    }

    /**
     * A line of plain text holding a whole sheet: many cells one space apart, no tab and no wider gap.
     */
    private static boolean isFlattened(SourceLine line) {
        String text = line.text();
        if (text.indexOf('\t') >= 0 || text.contains("  ")) {
            return false;
        }
        String stripped = text.strip();
        int cells = stripped.isEmpty() ? 0 : 1;
        for (int i = 0; i < stripped.length() && cells < MIN_CELLS; i++) {
            cells += stripped.charAt(i) == ' ' ? 1 : 0;
        }
        return cells >= MIN_CELLS;
    }

    private List<String> rows(String[] cells) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        String first = null; // the first cell of the current row
        boolean rowFigures = false; // the current row holds a figure
        boolean figures = false; // a figure has been seen since the last title: the header is behind
        int sequence = 1;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            String previous = i > 0 ? cells[i - 1] : "";
            String next = i + 1 < cells.length ? cells[i + 1] : "";
            String squeezed = BudgetVocabulary.squeeze(cell);
            boolean title = isTitle(squeezed);
            boolean unit = squeezed.startsWith("单位:") || squeezed.startsWith("单位：");
            boolean numbered = SEQUENCE.matcher(cell).matches() && Integer.parseInt(cell) == sequence
                    && HAN.matcher(next).matches();
            boolean code = SUBJECT_CODE.matcher(cell).matches() && HAN.matcher(next).matches();
            boolean pairs = isPairedItem(cell, first) || isPairedTotal(squeezed, first);
            boolean breaks = title || unit || SHEET.matcher(cell).matches()
                    || code
                    || ITEM.matcher(cell).matches() && !pairs
                    || budgets.is("total_row", squeezed) && !pairs && (figures || NUMBER.matcher(next).matches())
                    || numbered
                    || isColumnHeader(squeezed) && !isColumnHeader(BudgetVocabulary.squeeze(previous))
                            && (!figures || isColumnHeader(BudgetVocabulary.squeeze(next)))
                    || isLevel(squeezed) && !isLevel1(BudgetVocabulary.squeeze(previous))
                    || isField(squeezed) && isValue(next)
                    || rowFigures && !pairs && !hasDigit(cell) && !isColumnHeader(squeezed);
            if (breaks && row.length() > 0 && !(title && isSheetMark(first) && row.indexOf(" ") < 0)) {
                rows.add(row.toString());
                row.setLength(0);
                first = null;
                rowFigures = false;
            }
            sequence += numbered ? 1 : 0;
            row.append(row.length() == 0 ? "" : " ").append(cell);
            first = first == null ? cell : first;
            if (title) {
                figures = false;
                sequence = 1;
            } else if (hasDigit(cell) && !SHEET.matcher(cell).matches() && !numbered && !code) {
                figures |= NUMBER.matcher(cell).matches();
                rowFigures = true;
            }
            if (title || unit) {
                rows.add(row.toString()); // a title and a unit line stand alone
                row.setLength(0);
                first = null;
                rowFigures = false;
            }
        }
        if (row.length() > 0) {
            rows.add(row.toString());
        }
        return rows;
    }

    private static boolean hasDigit(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A cell that is a value: not a label, title, list item, total or code of its own. */
    private boolean isValue(String cell) {
        String squeezed = BudgetVocabulary.squeeze(cell);
        return !cell.isEmpty() && !isField(squeezed) && !isLevel(squeezed) && !isColumnHeader(squeezed) && !isTitle(squeezed)
                && !ITEM.matcher(cell).matches() && !budgets.is("total_row", squeezed);
    }

    /** A column header of an indicator, summary or budget table (三级指标, 项目名称, 基本支出 …). */
    private boolean isColumnHeader(String squeezed) {
        String compact = forms.compact(squeezed);
        // a summary header word is short (执行数); a long cell holding one is a project's name
        return !compact.isEmpty() && (forms.column(compact).isPresent() || budgets.is("column", squeezed)
                || budgets.is("label_header", squeezed) || budgets.is("code_header", squeezed)
                || compact.length() <= SHORT_HEADER && !hasDigit(compact) && forms.summaryColumn(compact).isPresent());
    }

    private static boolean isSheetMark(String cell) {
        return cell != null && SHEET.matcher(cell).matches();
    }

    /** A table's title: a cell ending in 表 that a budget or form title would be. */
    private boolean isTitle(String squeezed) {
        if (squeezed.length() < 4 || !squeezed.endsWith("表")) {
            return false;
        }
        return budgets.containsAny("title_word", squeezed) || forms.isTitle(forms.compact(squeezed));
    }

    /** A form's field label (项目名称, 中央主管部门 …), a colon after it or not. */
    private boolean isField(String squeezed) {
        return forms.field(forms.compact(squeezed.replaceAll("[:：]$", ""))).isPresent();
    }

    /** An indicator level (产出指标, 数量指标): it begins an indicator row, a level-2 beside its level-1 aside. */
    private boolean isLevel(String squeezed) {
        String compact = forms.compact(squeezed);
        return forms.isLevel1(compact) || forms.level2Parents(compact).isPresent();
    }

    private boolean isLevel1(String squeezed) {
        return forms.isLevel1(forms.compact(squeezed));
    }

    /** The other half of a two-sided row begun by the same list number (一、收入 | 一、支出). */
    private static boolean isPairedItem(String cell, String first) {
        var item = ITEM.matcher(cell);
        var started = first == null ? null : ITEM.matcher(first);
        return item.matches() && started != null && started.matches() && started.group(1).equals(item.group(1));
    }

    /** The 支出 total beside the 收入 total a two-sided row began (本年收入合计 | 本年支出合计). */
    private boolean isPairedTotal(String squeezed, String first) {
        if (first == null || !budgets.is("total_row", squeezed)) {
            return false;
        }
        String firstSide = budgets.value("total_row", BudgetVocabulary.squeeze(first)).orElse("");
        return firstSide.equals("收入") && budgets.value("total_row", squeezed).orElse("").equals("支出");
    }
}
