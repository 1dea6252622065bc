package org.medinsure.warehouse.ingest.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.money.MoneyUnit;

/**
 * Reads a form's header fields from a grid by their labels. A label's value is the next filled
 * cell in reading order (same row, then the rows below), or, in forms flattened into one cell per
 * field, the text after the label inside the same cell ({@code 主管部门 阳谷县医疗保障局}). When a
 * form prints several labels for one field, the vocabulary rank decides; ties go to the first.
 * Self-evaluations print their money as a small table: a row of column labels (年初预算数 / 全年预算数 /
 * 全年执行数 / 分值 / 执行率 / 得分), then rows labelled 年度资金总额 …; the amounts of the first such row
 * are read by column.
 */
public final class HeaderInterpreter {
    /** A gap between two fields printed on one line: two or more spaces, or an ideographic space. */
    private static final Pattern GAP = Pattern.compile("(?:\\s{2,}|\u3000+)");
    /** A label and its colon at the start of a text (实施单位：). */
    private static final Pattern LABEL_COLON = Pattern.compile("^[^：:\\s]{2,12}\\s*[：:]");
    private static final Pattern CHOICE_BOXES = Pattern.compile("[☐☑□■√]");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:0\\d{2,3}-?\\d{7,8}|1[3-9]\\d{9})(?!\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_MARKS = Pattern.compile("^[#\\-*]+");
    private static final Pattern REFERENCE_MARK = Pattern.compile("[(（]参照[)）]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年(度)?");
    private static final Pattern TRAILING_KIND = Pattern.compile("(项目|支出|预算|部门)+$");
    private static final Pattern ORGANISATION = Pattern.compile(".*(局|中心|院|所|站|办公室|委员会|处|部)$");
    /** Field targets that head a money column of a self-evaluation. */
    private static final Set<String> MONEY_COLUMN_FIELDS = Set.of("amount", "executed_amount", "execution_rate",
            "money_block");
    /** Indicator-table columns that also head a money column (the budget's own score). */
    private static final Set<ColumnRole> MONEY_COLUMN_ROLES = Set.of(ColumnRole.WEIGHT, ColumnRole.SCORE);

    private final FormVocabulary vocabulary;

    public HeaderInterpreter(FormVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    /** A label found in the grid with its value. */
    private record Found(FormVocabulary.FieldLabel label, String value, String labelText, GridRow row) {
    }

    public FormHeader read(Grid grid, String title) {
        Objects.requireNonNull(grid, "grid is null");
        Map<String, Found> best = new HashMap<>();
        List<Cell> cells = new ArrayList<>();
        List<GridRow> rowOfCell = new ArrayList<>();
        boolean inTable = false;
        for (GridRow row : grid.rows()) {
            for (Cell cell : row.filledCells()) {
                // the indicator table's rows are indicators (预算执行率 ≥95%), not the form's fields
                if (vocabulary.column(vocabulary.compact(cell.text())).filter(role -> role == ColumnRole.NAME).isPresent()) {
                    inTable = true;
                } else if (inTable && vocabulary.isTableEnd(cell.text())) {
                    inTable = false;
                }
                if (!inTable) {
                    for (Cell part : labelledParts(cell)) {
                        cells.add(part);
                        rowOfCell.add(row);
                    }
                }
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Optional<Found> found = labelAt(cells, i, rowOfCell.get(i));
            found.ifPresent(candidate -> best.merge(candidate.label().target(), candidate,
                    (kept, next) -> next.label().rank() < kept.label().rank() ? next : kept));
        }
        moneyColumns(cells, rowOfCell).forEach(best::put);
        MoneyUnit formUnit = formUnit(grid);
        // names follow the indicator-name convention: extraction gaps between CJK characters removed
        String name = IndicatorNames.normalize(text(best.get("project_name")));
        String unit = text(best.get("implementing_unit"));
        if (unit == null && title != null) {
            unit = unitFromTitle(title);
        }
        String period = text(best.get("period"));
        if (period == null && best.containsKey("period_start")) {
            String end = text(best.get("period_end"));
            period = text(best.get("period_start")) + (end == null ? "" : "至" + end);
        }
        Found amount = best.get("amount");
        boolean assumed = amount != null && unitOf(amount, formUnit).isEmpty();
        MoneyUnit amountUnit = amount == null ? null : unitOf(amount, formUnit).orElse(vocabulary.money().assumed());
        MoneyUnit declaredUnit = formUnit != null || amount == null ? formUnit : labelledUnit(amount).orElse(null);
        return new FormHeader(name, text(best.get("department")), unit, period, text(amount),
                yuan(amount, formUnit), yuan(best.get("prior_year_amount"), formUnit),
                yuan(best.get("executed_amount"), formUnit), percent(best.get("execution_rate")),
                text(best.get("department_name")), text(best.get("basis")), formUnit, amountUnit, assumed,
                declaredUnit);
    }

    /**
     * The amounts of a self-evaluation's money table, by field target. Its column labels are a run of
     * labels each followed by another label; the first amount label after the run that is followed by
     * a value names the row (年度资金总额), and its next cells are the columns' values in order. Of
     * several budget columns the best-ranked wins (全年预算数 before 年初预算数). Empty when the form
     * prints no such table or no 全年执行数 column.
     */
    private Map<String, Found> moneyColumns(List<Cell> cells, List<GridRow> rowOfCell) {
        int start = 0;
        while (start < cells.size()) {
            int end = start;
            while (end + 1 < cells.size() && isMoneyColumn(cells.get(end)) && isLabel(cells.get(end + 1))) {
                end++;
            }
            // cells start .. end-1 head columns; the cell at end is the row label when a value follows it.
            // A label printed on the values' own row (项目资金 before 年度资金总额) labels the block, not a column.
            GridRow valueRow = end + 1 < cells.size() ? rowOfCell.get(end + 1) : null;
            List<Integer> heads = new ArrayList<>();
            for (int i = start; i < end; i++) {
                if (rowOfCell.get(i) != valueRow || valueRow == null) {
                    heads.add(i);
                }
            }
            List<FormVocabulary.FieldLabel> columns = new ArrayList<>();
            for (int head : heads) {
                columns.add(vocabulary.field(vocabulary.compact(cells.get(head).text())).orElse(null));
            }
            boolean executed = columns.stream()
                    .anyMatch(label -> label != null && label.target().equals("executed_amount"));
            boolean rowLabel = vocabulary.field(vocabulary.compact(cells.get(end).text()))
                    .filter(label -> label.target().equals("amount")).isPresent();
            if (columns.size() >= 2 && executed && rowLabel) {
                // the run may open with the block's own label (项目资金（万元）) above the row labels:
                // the values line up with the last labels of the run
                int values = 0;
                while (end + 1 + values < cells.size() && values < columns.size()
                        && Money.number(cells.get(end + 1 + values).text()).isPresent()) {
                    values++;
                }
                int skip = values > 0 && values < columns.size() ? columns.size() - values : 0;
                Map<String, Found> found = new HashMap<>();
                for (int c = 0; c + skip < columns.size() && end + 1 + c < cells.size(); c++) {
                    Cell value = cells.get(end + 1 + c);
                    FormVocabulary.FieldLabel column = columns.get(c + skip);
                    if (isLabel(value)) {
                        break;
                    }
                    if (column != null && Money.number(value.text()).isPresent()) {
                        found.merge(column.target(), new Found(column, value.text(),
                                cells.get(heads.get(c + skip)).text(), rowOfCell.get(end + 1 + c)),
                                (kept, next) -> next.label().rank() < kept.label().rank() ? next : kept);
                    }
                }
                return found;
            }
            start = end + 1;
        }
        return Map.of();
    }

    /**
     * A cell holding two labelled fields a gap apart (主管部门：某局    实施单位：某中心, as a copy
     * from a PDF viewer prints two short fields on one line) as one cell per field; any other cell
     * as it is.
     */
    private List<Cell> labelledParts(Cell cell) {
        String text = cell.text();
        if (text.indexOf("  ") < 0 && text.indexOf('\u3000') < 0) {
            return List.of(cell);
        }
        List<Cell> parts = new ArrayList<>();
        int start = 0;
        Matcher gap = GAP.matcher(text);
        while (gap.find()) {
            String after = text.substring(gap.end());
            boolean labelled = !after.isEmpty() && vocabulary.isFieldInitial(after.charAt(0))
                    && vocabulary.fieldsStartingWith(after.charAt(0)).stream().anyMatch(label -> {
                        String value = prefixValue(after, label.label());
                        return value != null && LABEL_COLON.matcher(after).lookingAt();
                    });
            if (labelled && start < gap.start()) {
                parts.add(Cell.of(text.substring(start, gap.start()).strip(), cell.firstLine()));
                start = gap.end();
            }
        }
        if (parts.isEmpty()) {
            return List.of(cell);
        }
        parts.add(Cell.of(text.substring(start).strip(), cell.firstLine()));
        return parts;
    }

    private boolean isMoneyColumn(Cell cell) {
        String compact = vocabulary.compact(cell.text());
        return vocabulary.field(compact).filter(label -> MONEY_COLUMN_FIELDS.contains(label.target())).isPresent()
                || vocabulary.column(compact).filter(MONEY_COLUMN_ROLES::contains).isPresent();
    }

    private boolean isLabel(Cell cell) {
        return vocabulary.isLabel(vocabulary.compact(cell.text()));
    }

    private Optional<Found> labelAt(List<Cell> cells, int index, GridRow row) {
        Cell cell = cells.get(index);
        String compact = vocabulary.compact(cell.text());
        Optional<FormVocabulary.FieldLabel> exact = vocabulary.field(compact);
        if (exact.isPresent()) {
            String value = null;
            if (index + 1 < cells.size()) {
                String next = cells.get(index + 1).text();
                String nextCompact = vocabulary.compact(next);
                // (prefixValue needs the text to start with the label's first character)
                if (!vocabulary.isLabel(nextCompact) && (next.isEmpty() || !vocabulary.isFieldInitial(next.charAt(0))
                        || vocabulary.fields().stream().noneMatch(label -> prefixValue(next, label.label()) != null))) {
                    value = next;
                }
            }
            return accept(exact.get(), value, cell.text(), row);
        }
        // a flattened cell: the label, a separator, then the value in the same cell
        String first = cell.firstPiece();
        if (first.isEmpty() || !vocabulary.isFieldInitial(first.charAt(0))) {
            return Optional.empty(); // no label starts with its first character, so none prefixes it
        }
        FormVocabulary.FieldLabel longest = null;
        for (FormVocabulary.FieldLabel label : vocabulary.fieldsStartingWith(first.charAt(0))) {
            if (prefixValue(first, label.label()) != null
                    && (longest == null || label.label().length() > longest.label().length())) {
                longest = label;
            }
        }
        if (longest == null) {
            return Optional.empty();
        }
        return accept(longest, prefixValue(first, longest.label()), first, row);
    }

    private Optional<Found> accept(FormVocabulary.FieldLabel label, String value, String labelText, GridRow row) {
        String cleaned = value == null ? null : scrub(value);
        if (cleaned == null || cleaned.isEmpty()) {
            return Optional.empty();
        }
        if (label.target().equals("project_name") && CHOICE_BOXES.matcher(cleaned).find()) {
            return Optional.empty(); // a checkbox list is a category choice, never a name
        }
        return Optional.of(new Found(label, cleaned, labelText, row));
    }

    /**
     * The text after {@code label} when {@code text} starts with it (whitespace inside the label
     * allowed) and a separator follows; null otherwise.
     */
    static String prefixValue(String text, String label) {
        int position = 0;
        for (int i = 0; i < label.length(); i++) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position >= text.length() || text.charAt(position) != label.charAt(i)) {
                return null;
            }
            position++;
        }
        if (position >= text.length()) {
            return null;
        }
        char separator = text.charAt(position);
        if (!(Character.isWhitespace(separator) || separator == '：' || separator == ':'
                || separator == '(' || separator == '（')) {
            return null;
        }
        String rest = text.substring(position).strip().replaceFirst("^[：:]\\s*", "");
        return rest.isEmpty() ? null : rest;
    }

    /** Cuts a value before any personal-data label and removes phone numbers. */
    private String scrub(String value) {
        String text = value;
        for (String word : vocabulary.privateLabels()) {
            int at = text.indexOf(word);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        return PHONE.matcher(text).replaceAll("").strip();
    }

    private String text(Found found) {
        if (found == null) {
            return null;
        }
        return vocabulary.money().withoutLeadingLabel(found.value()).strip();
    }

    private Optional<MoneyUnit> unitOf(Found found, MoneyUnit formUnit) {
        String value = vocabulary.money().withoutLeadingLabel(found.value());
        return vocabulary.money().valueUnit(value).or(() -> labelledUnit(found)).or(() -> Optional.ofNullable(formUnit));
    }

    /**
     * The unit a label declares for a value: {@code 年度财政拨款 (万元)}, {@code (万元) 350}, a
     * {@code 项目资金（万元）} cell of its row.
     */
    private Optional<MoneyUnit> labelledUnit(Found found) {
        Optional<MoneyUnit> unit = vocabulary.money().labelUnit(found.labelText()).or(() -> vocabulary.money().labelUnit(found.value()));
        for (Cell cell : found.row().filledCells()) {
            unit = unit.or(() -> vocabulary.money().labelUnit(cell.text()));
        }
        return unit;
    }

    /** A printed rate ({@code 98.5%}, {@code 100}) in percent points; null when it holds no number. */
    private static Double percent(Found found) {
        if (found == null) {
            return null;
        }
        return Money.number(found.value()).map(BigDecimal::doubleValue).orElse(null);
    }

    private BigDecimal yuan(Found found, MoneyUnit formUnit) {
        if (found == null) {
            return null;
        }
        String value = vocabulary.money().withoutLeadingLabel(found.value());
        return Money.number(value)
                .map(number -> unitOf(found, formUnit).orElse(vocabulary.money().assumed()).toYuan(number))
                .orElse(null);
    }

    /** The unit a form declares for all its amounts ({@code 单位：万元}), if any. */
    private MoneyUnit formUnit(Grid grid) {
        for (GridRow row : grid.rows()) {
            for (Cell cell : row.filledCells()) {
                if (cell.text().indexOf('单') < 0) {
                    continue; // no 单位 in it: spare the whitespace removal
                }
                String compact = cell.text().replaceAll("\\s+", "");
                if (compact.contains("单位:") || compact.contains("单位：")) {
                    Optional<MoneyUnit> unit = vocabulary.money().labelUnit(compact.substring(compact.indexOf("单位")));
                    if (unit.isPresent()) {
                        return unit.get();
                    }
                }
            }
        }
        return null;
    }

    /** The unit a title names before its form word: 济源市社会医疗保险中心（参照）支出项目绩效目标表. */
    private String unitFromTitle(String title) {
        String compact = TITLE_MARKS.matcher(WHITESPACE.matcher(title).replaceAll("")).replaceFirst("");
        Optional<String> word = vocabulary.titleWord(compact).map(FormVocabulary.TitleWord::word);
        if (word.isEmpty()) {
            return null;
        }
        String prefix = compact.substring(0, compact.indexOf(word.get()));
        prefix = REFERENCE_MARK.matcher(prefix).replaceAll("");
        prefix = LEADING_YEAR.matcher(prefix).replaceFirst("");
        prefix = TRAILING_KIND.matcher(prefix).replaceFirst("");
        return ORGANISATION.matcher(prefix).matches() ? prefix : null;
    }
}
