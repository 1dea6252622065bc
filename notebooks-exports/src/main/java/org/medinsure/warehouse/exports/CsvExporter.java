package org.medinsure.warehouse.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a query result as RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to open
 * Chinese text correctly. NULL is an empty field; arrays are written as {@code [a, b]}.
 */
public final class CsvExporter {
    private CsvExporter() {
    }

    /** @return the number of rows written */
    public static long export(Connection connection, String query, Path target) throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query);
             Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.write('\uFEFF');
            ResultSetMetaData meta = result.getMetaData();
            int columns = meta.getColumnCount();
            for (int i = 1; i <= columns; i++) {
                if (i > 1) {
                    out.write(',');
                }
                out.write(field(meta.getColumnLabel(i)));
            }
            out.write("\r\n");
            while (result.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        out.write(',');
                    }
                    out.write(field(text(result.getObject(i))));
                }
                out.write("\r\n");
                rows++;
            }
        }
        return rows;
    }

    static String text(Object value) throws SQLException {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Array array) {
            Object[] items = (Object[]) array.getArray();
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < items.length; i++) {
                text.append(i > 0 ? ", " : "").append(items[i]);
            }
            return text.append(']').toString();
        }
        return value.toString();
    }

    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
