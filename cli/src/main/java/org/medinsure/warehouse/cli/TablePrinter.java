package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned table (CJK-aware widths), CSV or JSON lines. */
public final class TablePrinter {
    /** Output formats of {@code warehouse query}. */
    public enum Format { TABLE, CSV, JSON }

    private static final int MAX_CELL = 40;

    private TablePrinter() {
    }

    /** @return the number of rows printed */
    public static int print(ResultSet result, Format format, PrintWriter out, int maxRows) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int columns = meta.getColumnCount();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            header.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean more = false;
        while (result.next()) {
            if (rows.size() >= maxRows) {
                more = true;
                break;
            }
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                row.add(text(result.getObject(i)));
            }
            rows.add(row);
        }
        switch (format) {
            case TABLE -> table(header, rows, out);
            case CSV -> csv(header, rows, out);
            case JSON -> json(header, rows, meta, out);
        }
        if (more && format == Format.TABLE) {
            out.println("… more rows not shown (limit " + maxRows + ")");
        }
        out.flush();
        return rows.size();
    }

    private static void table(List<String> header, List<List<String>> rows, PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = width(header.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(clip(orEmpty(row.get(i)))));
            }
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i > 0 ? "-+-" : "").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            out.println(line(row.stream().map(cell -> clip(orEmpty(cell))).toList(), widths));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            text.append(i > 0 ? " | " : "").append(cell).append(" ".repeat(widths[i] - width(cell)));
        }
        return text.toString().stripTrailing();
    }

    private static void csv(List<String> header, List<List<String>> rows, PrintWriter out) {
        out.println(String.join(",", header.stream().map(TablePrinter::csvField).toList()));
        for (List<String> row : rows) {
            out.println(String.join(",", row.stream().map(cell -> csvField(orEmpty(cell))).toList()));
        }
    }

    private static void json(List<String> header, List<List<String>> rows, ResultSetMetaData meta, PrintWriter out)
            throws SQLException {
        for (List<String> row : rows) {
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < header.size(); i++) {
                text.append(i > 0 ? ", " : "").append(jsonString(header.get(i))).append(": ");
                String value = row.get(i);
                text.append(value == null ? "null" : isNumeric(meta.getColumnType(i + 1)) ? value : jsonString(value));
            }
            out.println(text.append('}'));
        }
    }

    private static boolean isNumeric(int sqlType) {
        return switch (sqlType) {
            case java.sql.Types.INTEGER, java.sql.Types.BIGINT, java.sql.Types.SMALLINT, java.sql.Types.TINYINT,
                    java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL, java.sql.Types.DECIMAL,
                    java.sql.Types.NUMERIC -> true;
            default -> false;
        };
    }

    /** The cell as text; null stays null so that JSON can tell it from an empty string. */
    static String text(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Array array) {
            Object[] items = (Object[]) array.getArray();
            List<String> parts = new ArrayList<>();
            for (Object item : items) {
                parts.add(String.valueOf(item));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return value.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String clip(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        if (width(flat) <= MAX_CELL) {
            return flat;
        }
        StringBuilder clipped = new StringBuilder();
        int width = 0;
        for (int i = 0; i < flat.length() && width < MAX_CELL - 1; i++) {
            clipped.append(flat.charAt(i));
            width += charWidth(flat.charAt(i));
        }
        return clipped.append('…').toString();
    }

    /** Terminal columns: East Asian wide characters take two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i));
        }
        return width;
    }

    private static int charWidth(char c) {
        return (c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6'))) ? 2 : 1;
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
