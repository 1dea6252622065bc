package org.medinsure.warehouse.ingest.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.medinsure.warehouse.ingest.layout.SpannedRows;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Renders an Excel workbook ({@code .xlsx}, {@code .xls}) into the lines every interpreter reads:
 * each visible sheet's name as a line of its own, then one line per row split into its cells, with
 * merged regions expanded into covered positions. Numbers are read as numbers, not their display
 * strings (a unit the cell format shows is kept after the figure, such as {@code 0"人"}; a money
 * unit that the formats of all a sheet's amounts show, such as {@code 0.00"万元"}, becomes a
 * 单位 line above each run of rows holding them, as a printed table states it under its header);
 * formulas give their cached values; dates are printed as ISO dates. Hidden sheets and rows are
 * skipped and said so.
 */
public final class WorkbookRenderer {
    /** The unit table, to tell a money unit in a cell format from another (人, %). */
    private static final org.medinsure.warehouse.ingest.money.Money MONEY = org.medinsure.warehouse.ingest.money.Money.bundled();

    private WorkbookRenderer() {
    }

    public static RenderedFile render(String sourcePath, byte[] bytes) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(bytes, "bytes is null");
        OfficeFiles.limitZip();
        List<SourceLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    problems.add(Problem.warning(0, "hidden_skipped", sourcePath + ": sheet '" + sheet.getSheetName()
                            + "' is hidden and is not read"));
                    continue;
                }
                sheet(sourcePath, sheet, lines, problems);
            }
        } catch (IOException | RuntimeException e) {
            return OfficeFiles.refused(sourcePath, "workbook", e);
        }
        return new RenderedFile(new CleanText(sourcePath, lines), null, problems);
    }

    private static void sheet(String sourcePath, Sheet sheet, List<SourceLine> lines, List<Problem> problems) {
        lines.add(new SourceLine(lines.size() + 1, sheet.getSheetName()));
        java.util.Set<String> moneyUnits = moneyUnits(sheet);
        // a money unit every amount's format shows is the sheet's 单位 line, so that the figures read as amounts
        String sheetUnit = moneyUnits.size() == 1 ? moneyUnits.iterator().next() : null;
        java.util.Set<Integer> amountRows = new java.util.HashSet<>();
        SpannedRows grid = new SpannedRows();
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        int first = Math.max(0, sheet.getFirstRowNum());
        int last = sheet.getLastRowNum();
        List<Integer> hidden = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            if (row.getZeroHeight()) {
                hidden.add(r + 1);
                continue;
            }
            for (Cell cell : row) {
                if (covered(merged, cell)) {
                    continue;
                }
                CellRangeAddress region = anchorOf(merged, cell);
                int rowSpan = region == null ? 1 : region.getLastRow() - region.getFirstRow() + 1;
                int colSpan = region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
                grid.placeAt(r - first, cell.getColumnIndex(), text(cell, sheetUnit), rowSpan, colSpan);
                if (sheetUnit != null && sheetUnit.equals(numberUnit(cell))) {
                    amountRows.add(r - first);
                }
            }
        }
        boolean amountsAbove = false;
        for (int r = 0; r < grid.size(); r++) {
            var placed = grid.row(r, lines.size() + 1);
            if (placed.isEmpty()) {
                continue;
            }
            if (amountRows.contains(r) && !amountsAbove) {
                // the unit the amounts' formats show, stated under each table's header as a printed table states it
                lines.add(new SourceLine(lines.size() + 1, "单位：" + sheetUnit));
                placed = grid.row(r, lines.size() + 1);
            }
            amountsAbove = amountRows.contains(r);
            lines.add(SourceLine.row(lines.size() + 1, placed));
        }
        if (!hidden.isEmpty()) {
            problems.add(Problem.warning(0, "hidden_skipped", sourcePath + ": rows " + hidden + " of sheet '"
                    + sheet.getSheetName() + "' are hidden and are not read"));
        }
    }

    /** The money units (万元, 元 …) the formats of the sheet's numeric cells show. */
    private static java.util.Set<String> moneyUnits(Sheet sheet) {
        java.util.Set<String> units = new java.util.TreeSet<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String unit = numberUnit(cell);
                if (!unit.isEmpty() && MONEY.unit(unit).isPresent()) {
                    units.add(unit);
                }
            }
        }
        return units;
    }

    /** The unit a numeric cell's format prints after it; "" for none, or for a cell that is no number. */
    private static String numberUnit(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? OfficeFiles.formatUnit(cell.getCellStyle().getDataFormatString()) : "";
    }

    /** A cell inside a merged region that is not its top-left cell. */
    private static boolean covered(List<CellRangeAddress> merged, Cell cell) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(cell) && (region.getFirstRow() != cell.getRowIndex()
                    || region.getFirstColumn() != cell.getColumnIndex())) {
                return true;
            }
        }
        return false;
    }

    private static CellRangeAddress anchorOf(List<CellRangeAddress> merged, Cell cell) {
        for (CellRangeAddress region : merged) {
            if (region.getFirstRow() == cell.getRowIndex() && region.getFirstColumn() == cell.getColumnIndex()) {
                return region;
            }
        }
        return null;
    }

    /**
     * The cell's value: a number as a plain decimal (with a unit its format prints, unless it is
     * the sheet's money unit, stated once on its 单位 line), text as typed.
     */
    static String text(Cell cell, String sheetUnit) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                String unit = numberUnit(cell);
                yield plain(cell.getNumericCellValue()) + (unit.equals(sheetUnit) ? "" : unit);
            }
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case BLANK, ERROR, FORMULA, _NONE -> "";
        };
    }

    /** A double as the decimal it was typed as: 1382.86, not 1382.8599999999999. */
    private static String plain(double value) {
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
