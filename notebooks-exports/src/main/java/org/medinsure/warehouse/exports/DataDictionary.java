package org.medinsure.warehouse.exports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medinsure.warehouse.ingest.lake.LakeColumn;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;

/**
 * The data dictionary in Markdown: every published table with its grain and columns, the views as
 * the published database defines them, what every coded value means, how the quality score is
 * made, and the mart thresholds in force.
 */
public final class DataDictionary {
    private final List<LakeTable> tables;
    private final CodedValues codes;
    private final Map<String, Double> thresholds;

    /** @param thresholds the mart thresholds the marts were computed with, by key */
    public DataDictionary(List<LakeTable> tables, CodedValues codes, Map<String, Double> thresholds) {
        this.tables = List.copyOf(Objects.requireNonNull(tables, "tables is null"));
        this.codes = Objects.requireNonNull(codes, "codes is null");
        this.thresholds = new java.util.TreeMap<>(Objects.requireNonNull(thresholds, "thresholds is null"));
    }

    /** @param connection the published database, read for its views and their column comments */
    public String markdown(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder("# Data dictionary\n\n")
                .append("Tables of `warehouse.duckdb` and of the lake (`lake/<layer>/<table>`). Money is in yuan ")
                .append("(DECIMAL(18,2)), percentages in percent points (95.0 = 95 %), years are fiscal years.\n")
                .append("\nContents: tables, views, coded values, quality score, thresholds in force.\n");
        for (LakeTable table : tables) {
            text.append("\n## ").append(table.name()).append(" (").append(table.layer()).append(")\n\n")
                    .append(table.comment()).append('\n')
                    .append("\nGrain: ").append(grain(table)).append('\n');
            if (!table.partitionBy().isEmpty()) {
                text.append("\nLake files partitioned by ").append(String.join(", ", table.partitionBy())).append(".\n");
            }
            text.append("\n| column | type | meaning |\n|---|---|---|\n");
            for (LakeColumn column : table.columns()) {
                String coded = codes.values(table.name() + "." + column.name()).isEmpty() ? ""
                        : " Coded: see [coded values](#coded-values).";
                text.append("| ").append(column.name()).append(" | ").append(DuckDbPublisher.duckDbType(column))
                        .append(" | ").append(cell(column.comment() + coded)).append(" |\n");
            }
        }
        views(connection, text);
        codedValues(text);
        text.append("\n## Quality score\n\n")
                .append("`mart_region_year.quality_score` (and `quality_rank` of `v_province_year_league`): ")
                .append(qualityScoreDefinition()).append(" A low score says the documents were read poorly, ")
                .append("not that the county did poorly: see `v_document_status` and `problems`.\n");
        text.append("\n## Thresholds in force\n\n")
                .append("The marts of this warehouse were computed with these values (`thresholds.properties`, ")
                .append("overridden by `--config`):\n\n| threshold | value |\n|---|---|\n");
        thresholds.forEach((key, value) -> text.append("| ").append(key).append(" | ")
                .append(value.toString().replaceAll("\\.0$", "")).append(" |\n"));
        return text.toString();
    }

    private static String grain(LakeTable table) {
        return table.key().isEmpty() ? "one row per fact as printed; no set of columns is declared unique"
                : "one row per " + String.join(", ", table.key()) + " (declared UNIQUE in warehouse.duckdb)";
    }

    private String qualityScoreDefinition() {
        return tables.stream().flatMap(table -> table.columns().stream())
                .filter(column -> column.name().equals("quality_score")).map(LakeColumn::comment).findFirst()
                .map(comment -> comment.endsWith(".") ? comment : comment + ".")
                .orElse("not published in this warehouse.");
    }

    /** The views and their columns' comments, from the published database's catalogue. */
    private static void views(Connection connection, StringBuilder text) throws SQLException {
        Map<String, String> viewComments = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet views = statement.executeQuery("SELECT view_name, comment FROM duckdb_views() "
                     + "WHERE NOT internal AND schema_name = 'main' ORDER BY view_name")) {
            while (views.next()) {
                viewComments.put(views.getString(1), views.getString(2));
            }
        }
        text.append("\n## Views\n");
        for (Map.Entry<String, String> view : viewComments.entrySet()) {
            text.append("\n### ").append(view.getKey()).append("\n\n");
            if (view.getValue() != null) {
                text.append(view.getValue()).append("\n\n");
            }
            text.append("| column | type | meaning |\n|---|---|---|\n");
            try (var statement = connection.prepareStatement("SELECT column_name, data_type, comment FROM duckdb_columns() "
                    + "WHERE table_name = ? AND schema_name = 'main' ORDER BY column_index")) {
                statement.setString(1, view.getKey());
                try (ResultSet columns = statement.executeQuery()) {
                    while (columns.next()) {
                        text.append("| ").append(columns.getString(1)).append(" | ").append(columns.getString(2))
                                .append(" | ").append(cell(columns.getString(3) == null ? "" : columns.getString(3)))
                                .append(" |\n");
                    }
                }
            }
        }
    }

    private void codedValues(StringBuilder text) {
        text.append("\n## Coded values\n\n")
                .append("What each stored code means, with the Chinese label the spreadsheets and reports show ")
                .append("(`exports/coded-values.csv`, version ").append(codes.version()).append("; programme ")
                .append("categories from the taxonomy's `programmes.csv`).\n");
        for (String column : codes.columns()) {
            text.append("\n### ").append(column).append("\n\n| code | label | meaning |\n|---|---|---|\n");
            for (CodedValues.Value value : codes.values(column)) {
                text.append("| ").append(cell(value.code())).append(" | ").append(cell(value.label())).append(" | ")
                        .append(cell(value.meaning())).append(" |\n");
            }
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
