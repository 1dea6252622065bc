package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.exports.WarehouseConnections;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;

/**
 * The Arrow exports read back by an independent reader, the npm package {@code apache-arrow}
 * from a small Node script, and compared with the published tables value for value: text,
 * integers, floating point, decimals at their scale and lists.
 */
@ExtendWith(SeedWarehouse.Extension.class)
class ArrowClientTest {
    /** The reader's current release on npm. */
    private static final String READER = "apache-arrow@21.2.0";

    @TempDir
    Path folder;

    @Test
    void everyMartsArrowFileHoldsTheTablesRowsAsAnotherReaderSeesThem(SeedWarehouse seeds) throws Exception {
        NodeClients node = NodeClients.install(folder, "the apache-arrow reader", READER);
        Path script = node.script("/arrow/read-arrow.mjs");
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        for (LakeTable mart : GoldTables.ALL) {
            command.add(seeds.output().resolve("exports").resolve(mart.name() + ".arrow").toString());
        }
        Map<?, ?> files = new ObjectMapper().readValue(NodeClients.lastLine(node.run(command, 120)), Map.class);

        int decimals = 0;
        try (Connection connection = WarehouseConnections.readOnly(seeds.database());
             Statement statement = connection.createStatement()) {
            for (LakeTable mart : GoldTables.ALL) {
                Map<?, ?> file = (Map<?, ?>) files.get(seeds.output().resolve("exports").resolve(mart.name() + ".arrow").toString());
                assertThat(file).as("%s read by apache-arrow", mart.name()).isNotNull();
                List<?> columns = (List<?>) file.get("columns");
                assertThat(columns).as("%s columns", mart.name()).hasSize(mart.columns().size());
                for (int c = 0; c < columns.size(); c++) {
                    String column = (String) columns.get(c);
                    assertThat(column).startsWith(mart.columns().get(c).name() + ":");
                    decimals += column.contains("Decimal") ? 1 : 0;
                }
                List<List<Object>> fromArrow = new ArrayList<>();
                for (Object row : (List<?>) file.get("rows")) {
                    fromArrow.add(((List<?>) row).stream().map(ArrowClientTest::fromJson).toList());
                }
                List<List<Object>> fromDuckDb = rows(statement, "SELECT * FROM " + mart.name());
                assertThat(sorted(fromArrow)).as("%s rows", mart.name()).isEqualTo(sorted(fromDuckDb));
                assertThat(fromDuckDb).as("%s has rows to compare", mart.name()).isNotEmpty();
            }
        }
        assertThat(decimals).as("decimal columns compared").isGreaterThanOrEqualTo(4);
    }

    private static List<List<Object>> rows(Statement statement, String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(comparable(result.getObject(c)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** One form for both readers' values: decimals as plain text, integers as text, floating point as double. */
    private static Object comparable(Object value) {
        try {
            if (value == null) {
                return null;
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            if (value instanceof Double || value instanceof Float) {
                return ((Number) value).doubleValue();
            }
            if (value instanceof Number number) {
                return number instanceof Integer || number instanceof Long || number instanceof Short ? number.toString()
                        : number.doubleValue();
            }
            if (value instanceof Array array) {
                return Arrays.stream((Object[]) array.getArray()).map(ArrowClientTest::comparable).toList();
            }
            return value.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script prints integers and decimals as text, so a JSON number is floating point. */
    private static Object fromJson(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ArrowClientTest::fromJson).toList();
        }
        return value;
    }

    private static List<String> sorted(List<List<Object>> rows) {
        return rows.stream().map(String::valueOf).sorted(Comparator.naturalOrder()).toList();
    }
}
