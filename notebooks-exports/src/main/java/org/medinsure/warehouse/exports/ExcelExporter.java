package org.medinsure.warehouse.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.medinsure.warehouse.ingest.lake.LakeColumn;
import org.medinsure.warehouse.ingest.lake.LakeTable;

/**
 * All marts in one Excel workbook for people who read Chinese: a sheet per mart named and headed in
 * Chinese, coded values shown by their Chinese labels, money, shares and percent points formatted,
 * an autofilter on every sheet, and a first sheet (说明) that describes every sheet and column and
 * says which marts had more rows than a sheet holds (their CSV and Arrow files have them all).
 * Streams rows, so a large mart does not have to fit in memory.
 */
public final class ExcelExporter {
    private static final int WINDOW_ROWS = 500;
    /** Rows of data a sheet holds: Excel's 1,048,576 rows less the header. */
    static final int EXCEL_MAX_ROWS = 1_048_575;

    /** A mart with more rows than its sheet holds. */
    public record Truncation(String mart, long rows, long written) {
    }

    private ExcelExporter() {
    }

    /** @return the marts whose sheets could not hold all their rows */
    public static List<Truncation> export(Connection connection, List<LakeTable> marts, ColumnLabels labels,
                                          CodedValues codes, Path target) throws SQLException, IOException {
        return export(connection, marts, labels, codes, target, EXCEL_MAX_ROWS);
    }

    static List<Truncation> export(Connection connection, List<LakeTable> marts, ColumnLabels labels, CodedValues codes,
                                   Path target, int maxRows) throws SQLException, IOException {
        Map<LakeTable, Long> counts = new LinkedHashMap<>();
        List<Truncation> truncations = new ArrayList<>();
        for (LakeTable mart : marts) {
            long rows = count(connection, mart);
            counts.put(mart, rows);
            if (rows > maxRows) {
                truncations.add(new Truncation(mart.name(), rows, maxRows));
            }
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
            Map<ColumnLabels.Format, CellStyle> styles = styles(workbook);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            writeGuide(workbook.createSheet("说明"), counts, truncations, labels, bold);
            for (LakeTable mart : marts) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(mart, labels));
                writeMart(connection, mart, labels, codes, sheet, bold, styles, maxRows);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return truncations;
    }

    private static Map<ColumnLabels.Format, CellStyle> styles(SXSSFWorkbook workbook) {
        Map<ColumnLabels.Format, CellStyle> styles = new EnumMap<>(ColumnLabels.Format.class);
        Map<ColumnLabels.Format, String> formats = Map.of(ColumnLabels.Format.MONEY, "#,##0.00",
                ColumnLabels.Format.SHARE, "0.0%", ColumnLabels.Format.POINTS, "0.0\"%\"",
                ColumnLabels.Format.RATIO, "0.00");
        formats.forEach((format, pattern) -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            styles.put(format, style);
        });
        return styles;
    }

    private static long count(Connection connection, LakeTable mart) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + mart.name())) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void writeGuide(Sheet sheet, Map<LakeTable, Long> counts, List<Truncation> truncations,
                                   ColumnLabels labels, CellStyle bold) {
        int rowIndex = 0;
        for (Truncation truncation : truncations) {
            sheet.createRow(rowIndex++).createCell(0).setCellValue(String.format(java.util.Locale.ROOT,
                    "注意：%s 共 %,d 行，超过一个工作表的上限，工作表只含前 %,d 行；全部数据见 %s.csv 和 %s.arrow",
                    labels.label(truncation.mart()), truncation.rows(), truncation.written(), truncation.mart(),
                    truncation.mart()));
        }
        String[] header = {"工作表", "列名", "字段", "说明"};
        Row first = sheet.createRow(rowIndex++);
        for (int i = 0; i < header.length; i++) {
            first.createCell(i).setCellValue(header[i]);
            first.getCell(i).setCellStyle(bold);
        }
        for (Map.Entry<LakeTable, Long> entry : counts.entrySet()) {
            LakeTable mart = entry.getKey();
            Row tableRow = sheet.createRow(rowIndex++);
            tableRow.createCell(0).setCellValue(sheetName(mart, labels));
            tableRow.createCell(2).setCellValue(mart.name());
            tableRow.createCell(3).setCellValue(labels.description(mart.name(), mart.comment())
                    + String.format(java.util.Locale.ROOT, "（共 %,d 行）", entry.getValue()));
            for (LakeColumn column : mart.columns()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(sheetName(mart, labels));
                row.createCell(1).setCellValue(labels.label(column.name()));
                row.createCell(2).setCellValue(column.name());
                row.createCell(3).setCellValue(labels.description(column.name(), column.comment()));
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(truncations.size(), rowIndex - 1, 0, header.length - 1));
    }

    private static void writeMart(Connection connection, LakeTable mart, ColumnLabels labels, CodedValues codes,
                                  SXSSFSheet sheet, CellStyle bold, Map<ColumnLabels.Format, CellStyle> styles,
                                  int maxRows) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + mart.name()
                     + org.medinsure.warehouse.marts.publish.DuckDbPublisher.orderBy(mart))) {
            ResultSetMetaData meta = result.getMetaData();
            int columns = meta.getColumnCount();
            String[] names = new String[columns];
            // each column's Chinese labels of its codes, looked up once, not per cell
            List<Map<String, String>> codeLabels = new ArrayList<>();
            Row header = sheet.createRow(0);
            for (int i = 1; i <= columns; i++) {
                names[i - 1] = meta.getColumnLabel(i);
                Map<String, String> labelsOfCodes = new java.util.HashMap<>();
                codes.valuesOf(mart.name(), names[i - 1]).forEach(value -> labelsOfCodes.put(value.code(), value.label()));
                codeLabels.add(labelsOfCodes);
                header.createCell(i - 1).setCellValue(labels.label(names[i - 1]));
                header.getCell(i - 1).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            while (rowIndex <= maxRows && result.next()) {
                Row row = sheet.createRow(rowIndex++);
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i - 1);
                    ColumnLabels.Format format = labels.format(names[i - 1]);
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                        cell.setCellStyle(styles.getOrDefault(format, styles.get(ColumnLabels.Format.MONEY)));
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        if (styles.containsKey(format)) {
                            cell.setCellStyle(styles.get(format));
                        }
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag ? "是" : "否");
                    } else if (value instanceof String code) {
                        cell.setCellValue(codeLabels.get(i - 1).getOrDefault(code, code));
                    } else {
                        cell.setCellValue(CsvExporter.text(value));
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns - 1));
        }
    }

    /** The mart's Chinese sheet name; Excel sheet names are at most 31 characters. */
    static String sheetName(LakeTable mart, ColumnLabels labels) {
        String label = labels.label(mart.name());
        String name = label.equals(mart.name()) && label.startsWith("mart_") ? label.substring(5) : label;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
