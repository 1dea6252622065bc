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
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.medinsure.warehouse.ingest.lake.LakeColumn;
import org.medinsure.warehouse.ingest.lake.LakeTable;

/**
 * All marts in one Excel workbook: a sheet per mart with Chinese column headers, and a first sheet
 * (说明) that lists every sheet's columns with their names and meanings. Streams rows, so a large
 * mart does not have to fit in memory.
 */
public final class ExcelExporter {
    private static final int WINDOW_ROWS = 500;
    private static final int EXCEL_MAX_ROWS = 1_048_575;

    private ExcelExporter() {
    }

    public static void export(Connection connection, List<LakeTable> marts, ColumnLabels labels, Path target)
            throws SQLException, IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            writeGuide(workbook.createSheet("说明"), marts, labels, bold);
            for (LakeTable mart : marts) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(mart.name()));
                writeMart(connection, mart, labels, sheet, bold, money);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static void writeGuide(Sheet sheet, List<LakeTable> marts, ColumnLabels labels, CellStyle bold) {
        String[] header = {"工作表", "列名", "字段", "说明"};
        Row first = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            first.createCell(i).setCellValue(header[i]);
            first.getCell(i).setCellStyle(bold);
        }
        int rowIndex = 1;
        for (LakeTable mart : marts) {
            Row tableRow = sheet.createRow(rowIndex++);
            tableRow.createCell(0).setCellValue(sheetName(mart.name()));
            tableRow.createCell(3).setCellValue(mart.comment());
            for (LakeColumn column : mart.columns()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(sheetName(mart.name()));
                row.createCell(1).setCellValue(labels.label(column.name()));
                row.createCell(2).setCellValue(column.name());
                row.createCell(3).setCellValue(column.comment());
            }
        }
    }

    private static void writeMart(Connection connection, LakeTable mart, ColumnLabels labels, SXSSFSheet sheet,
                                  CellStyle bold, CellStyle money) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + mart.name())) {
            ResultSetMetaData meta = result.getMetaData();
            int columns = meta.getColumnCount();
            Row header = sheet.createRow(0);
            for (int i = 1; i <= columns; i++) {
                header.createCell(i - 1).setCellValue(labels.label(meta.getColumnLabel(i)));
                header.getCell(i - 1).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            while (result.next() && rowIndex <= EXCEL_MAX_ROWS) {
                Row row = sheet.createRow(rowIndex++);
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i - 1);
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag ? "是" : "否");
                    } else {
                        cell.setCellValue(CsvExporter.text(value));
                    }
                }
            }
        }
    }

    /** Excel sheet names are at most 31 characters. */
    static String sheetName(String martName) {
        String name = martName.startsWith("mart_") ? martName.substring(5) : martName;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
