package org.medinsure.warehouse.cli.evaluate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The facts of the published warehouse that a gold file can be compared with, read from the silver
 * tables of {@code warehouse.duckdb} (see docs/contract.md). Only the documents the gold names are
 * read: a gold file for five seeds must not load a national warehouse into memory.
 */
public record WarehouseFacts(
        List<Document> documents,
        List<Project> projects,
        List<Indicator> indicators,
        List<BudgetLine> budgetLines,
        List<Total> totals,
        List<Execution> executions,
        List<Allocation> allocations) {

    public WarehouseFacts {
        documents = List.copyOf(documents);
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        budgetLines = List.copyOf(budgetLines);
        totals = List.copyOf(totals);
        executions = List.copyOf(executions);
        allocations = List.copyOf(allocations);
    }

    /** A row of {@code documents}. */
    public record Document(String sourcePath, String docType, String province, String prefecture, String county,
                           Integer fiscalYear) implements WarehouseFact {
        public Document {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }

        @Override
        public long sourceLine() {
            return 0;
        }
    }

    /** A row of {@code projects}; money in yuan, the rate in percent points. */
    public record Project(String sourcePath, long sourceLine, Integer formIndex, String formKind, String projectName,
                          BigDecimal budgetYuan, BigDecimal executedYuan, Double executionRatePct)
            implements WarehouseFact {
        public Project {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }
    }

    /** A row of {@code indicators}, with the {@code form_index} of its project. */
    public record Indicator(String sourcePath, long sourceLine, Integer formIndex, String nameRaw, String valueRaw,
                            String comparator, Double targetValue, String unit) implements WarehouseFact {
        public Indicator {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }
    }

    /** A row of {@code budget_lines}; money in yuan. */
    public record BudgetLine(String sourcePath, long sourceLine, String tableName, String functionCode,
                             String functionName, BigDecimal totalYuan, BigDecimal basicYuan, BigDecimal projectYuan)
            implements WarehouseFact {
        public BudgetLine {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }
    }

    /** A row of {@code table_totals}; money in yuan. */
    public record Total(String sourcePath, long sourceLine, String tableName, String label, String side,
                        String columnName, BigDecimal amountYuan) implements WarehouseFact {
        public Total {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }
    }

    /** A row of {@code execution_statements}; money in yuan, rate in percent points. */
    public record Execution(String sourcePath, long sourceLine, String item, BigDecimal budgetYuan,
                            BigDecimal finalYuan, Double ratePct) implements WarehouseFact {
        public Execution {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }
    }

    /** An allocation row of {@code budget_lines} (stage allocation); money in yuan. */
    public record Allocation(String sourcePath, long sourceLine, String regionName, String functionCode,
                             BigDecimal amountYuan, BigDecimal alreadyYuan, BigDecimal thisTimeYuan)
            implements WarehouseFact {
        public Allocation {
            Objects.requireNonNull(sourcePath, "sourcePath is null");
        }
    }

    /** Reads the facts of the documents whose file name is one of {@code files}. */
    public static WarehouseFacts load(Connection connection, Collection<String> files) throws SQLException {
        Objects.requireNonNull(connection, "connection is null");
        Objects.requireNonNull(files, "files is null");
        List<Document> documents = documents(connection, Set.copyOf(files));
        List<String> paths = documents.stream().map(Document::sourcePath).toList();
        if (paths.isEmpty()) {
            return new WarehouseFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        String in = paths.stream().map(path -> "?").collect(Collectors.joining(", ", "(", ")"));
        return new WarehouseFacts(documents,
                query(connection, "SELECT source_path, source_line, form_index, form_kind, project_name, budget_yuan, "
                        + "executed_yuan, execution_rate_pct FROM projects WHERE source_path IN " + in, paths,
                        row -> new Project(row.getString(1), row.getLong(2), integer(row, 3), row.getString(4),
                                row.getString(5), row.getBigDecimal(6), row.getBigDecimal(7), real(row, 8))),
                // indicators carry no form_index: it is their project's position in the document. Gold
                // units are the units the document prints; one the taxonomy infers (≥96 → %) is not printed
                query(connection, "SELECT i.source_path, i.source_line, p.form_index, i.name_raw, i.value_raw, "
                        + "i.comparator, i.target_value, CASE WHEN i.unit_source = 'concept' THEN NULL ELSE i.unit END "
                        + "FROM indicators i JOIN projects p USING (project_id) "
                        + "WHERE i.source_path IN " + in, paths, row -> new Indicator(row.getString(1),
                        row.getLong(2), integer(row, 3), row.getString(4), row.getString(5), row.getString(6),
                        real(row, 7), row.getString(8))),
                query(connection, "SELECT source_path, source_line, table_name, function_code, function_name, "
                        + "total_yuan, basic_yuan, project_yuan FROM budget_lines WHERE stage <> 'allocation' "
                        + "AND source_path IN " + in, paths,
                        row -> new BudgetLine(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8))),
                query(connection, "SELECT source_path, source_line, table_name, label, side, column_name, amount_yuan "
                        + "FROM table_totals WHERE source_path IN " + in, paths, row -> new Total(row.getString(1),
                        row.getLong(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        row.getBigDecimal(7))),
                query(connection, "SELECT source_path, source_line, item, budget_yuan, final_yuan, rate_pct "
                        + "FROM execution_statements WHERE source_path IN " + in, paths, row -> new Execution(
                        row.getString(1), row.getLong(2), row.getString(3), row.getBigDecimal(4),
                        row.getBigDecimal(5), real(row, 6))),
                query(connection, "SELECT source_path, source_line, region_name, function_code, total_yuan, "
                        + "already_allocated_yuan, this_allocation_yuan FROM budget_lines "
                        + "WHERE stage = 'allocation' AND source_path IN " + in, paths, row -> new Allocation(
                        row.getString(1), row.getLong(2), row.getString(3), row.getString(4), row.getBigDecimal(5),
                        row.getBigDecimal(6), row.getBigDecimal(7))));
    }

    /**
     * The documents named by the gold. A gold file names files, the warehouse keeps paths: two
     * documents with the same file name in different folders cannot be told apart, so that is an
     * error rather than a guess.
     */
    private static List<Document> documents(Connection connection, Set<String> files) throws SQLException {
        List<Document> all = query(connection, "SELECT source_path, doc_type, province, prefecture, county, "
                + "fiscal_year FROM documents ORDER BY source_path", List.of(), row -> new Document(row.getString(1),
                row.getString(2), row.getString(3), row.getString(4), row.getString(5), integer(row, 6)));
        List<Document> named = all.stream().filter(document -> files.contains(document.file())).toList();
        Map<String, Set<String>> pathsByFile = new TreeMap<>();
        named.forEach(document -> pathsByFile.computeIfAbsent(document.file(), file -> new TreeSet<>())
                .add(document.sourcePath()));
        for (Map.Entry<String, Set<String>> entry : pathsByFile.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw new IllegalArgumentException("Cannot match gold file " + entry.getKey()
                        + " to one document: the warehouse has " + String.join(", ", entry.getValue()));
            }
        }
        return named;
    }

    /** The file name of a path, whatever its separators. */
    static String fileName(String path) {
        Objects.requireNonNull(path, "path is null");
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, List<String> parameters, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Double real(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
