package org.medinsure.warehouse.marts.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.medinsure.warehouse.ingest.lake.LakeColumn;
import org.medinsure.warehouse.ingest.lake.LakeTable;

/**
 * Publishes lake tables into one DuckDB file. The database is built in a temporary file beside the
 * target and moved into place atomically, so a reader never sees a half-written warehouse and a
 * failed run leaves the previous one. Every table, view and column gets a COMMENT. The file is
 * written in a storage version that the DuckDB clients dashboards use can open (they lag the
 * newest DuckDB): {@link #DEFAULT_STORAGE_VERSION} unless the caller asks for another.
 */
public final class DuckDbPublisher {
    private static final Logger LOG = LogManager.getLogger(DuckDbPublisher.class);
    /** The folder name Spark gives a NULL partition value. */
    public static final String HIVE_NULL = org.medinsure.warehouse.ingest.lake.Lake.NULL_PARTITION;

    /** The oldest storage version that keeps what the warehouse uses; every DuckDB 1.x client reads it. */
    public static final String DEFAULT_STORAGE_VERSION = "v1.0.0";
    private static final java.util.regex.Pattern STORAGE_VERSION = java.util.regex.Pattern.compile("v\\d+\\.\\d+\\.\\d+|latest");

    /** The one-row table that says what the warehouse was published from. */
    public static final String STATE_TABLE = "lake_state";
    private final Path lakeRoot;
    private final String storageVersion;

    /** @param lakeRoot local folder holding {@code <layer>/<table>} Parquet folders */
    public DuckDbPublisher(Path lakeRoot) {
        this(lakeRoot, DEFAULT_STORAGE_VERSION);
    }

    /** @param storageVersion the DuckDB storage version of the file ({@code v1.0.0} …, or {@code latest}) */
    public DuckDbPublisher(Path lakeRoot, String storageVersion) {
        this.lakeRoot = Objects.requireNonNull(lakeRoot, "lakeRoot is null");
        Objects.requireNonNull(storageVersion, "storageVersion is null");
        if (!STORAGE_VERSION.matcher(storageVersion).matches()) {
            throw new IllegalArgumentException("Cannot publish in storage version '" + storageVersion
                    + "': expected a DuckDB version such as v1.0.0, or latest");
        }
        this.storageVersion = storageVersion;
    }

    /**
     * Deletes the temporary databases (and their write-ahead logs) of publications that were
     * killed before their swap; run by the only command writing to this output.
     *
     * @return the files deleted, for the log
     */
    public static List<String> removeLeftovers(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        List<String> deleted = new java.util.ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return deleted;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(temporaryPrefix(target))).toList()) {
                deleteQuietly(file);
                deleted.add("deleted " + file.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean what an interrupted publication left in " + folder, e);
        }
        return deleted;
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".tmp-";
    }

    public void publish(List<LakeTable> tables, Path target) {
        publish(tables, target, null, null);
    }

    /**
     * Publishes, updating the last publication in place where it can: when {@code target} was
     * published by this code, in this storage version, from a lake of the same {@code lakeState}, the
     * documents whose {@code documents} rows differ between the warehouse and the lake have their rows
     * of every table with a {@code doc_id} deleted and read again from the lake, and the other tables
     * are replaced; otherwise the warehouse is built afresh. Either way the rows are the same, and
     * the result is swapped in whole.
     *
     * @param documents the table with one row per input file, which tells which documents changed
     * @param lakeState the state of the lake layers the tables are read from (generation and
     *     fingerprint): rows of an unchanged document are the same only under the same one
     */
    public void publish(List<LakeTable> tables, Path target, LakeTable documents, String lakeState) {
        Path temporary = target.resolveSibling(temporaryPrefix(target) + UUID.randomUUID());
        String state = lakeState == null ? null
                : lakeState + " " + org.medinsure.warehouse.ingest.lake.Fingerprint.of(DuckDbPublisher.class, storageVersion);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            boolean update = state != null && documents != null && tables.contains(documents)
                    && state.equals(publishedState(target).orElse(null));
            if (update) {
                Files.copy(target, temporary);
            }
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = connection.createStatement()) {
                statement.execute("ATTACH " + literal(temporary.toAbsolutePath().toString()) + " AS warehouse"
                        + (update || storageVersion.equals("latest") ? "" : " (STORAGE_VERSION " + literal(storageVersion) + ")"));
                statement.execute("USE warehouse");
                if (update) {
                    update(connection, statement, tables, documents);
                } else {
                    for (LakeTable table : tables) {
                        long rows;
                        try (Statement perTable = connection.createStatement()) { // a failed statement is closed by the driver
                            rows = publishTable(connection, perTable, table);
                        }
                        LOG.info("publish: {} ← {} rows", table.name(), rows);
                    }
                }
                for (String view : viewStatements()) {
                    statement.execute(view);
                }
                commentPassedThroughColumns(statement);
                recordState(statement, state);
                statement.execute("CHECKPOINT");
                statement.execute("USE memory");
                statement.execute("DETACH warehouse");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("publish: {} tables into {}{}", tables.size(), target, update ? " (updated in place)" : "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot publish the warehouse to " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish the warehouse to " + target, e);
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + ".wal"));
        }
    }

    /** What the warehouse was published from ({@link #STATE_TABLE}); empty for none, or one this code cannot read. */
    private static java.util.Optional<String> publishedState(Path target) {
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.empty();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH " + literal(target.toAbsolutePath().toString()) + " AS published (READ_ONLY)");
            try (ResultSet result = statement.executeQuery("SELECT state FROM published." + STATE_TABLE)) {
                return result.next() ? java.util.Optional.ofNullable(result.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            return java.util.Optional.empty(); // an older warehouse, or none readable: built afresh
        }
    }

    private static void recordState(Statement statement, String state) throws SQLException {
        statement.execute("DROP TABLE IF EXISTS " + STATE_TABLE);
        statement.execute("CREATE TABLE " + STATE_TABLE + " (state VARCHAR)");
        statement.execute("COMMENT ON TABLE " + STATE_TABLE + " IS " + literal("What the tables were published from "
                + "(the lake layers' generation and fingerprint, the publishing code, the storage version): the next "
                + "run updates the warehouse in place when they are the same"));
        statement.execute("COMMENT ON COLUMN " + STATE_TABLE + ".state IS "
                + literal("Generation and fingerprints, space-separated; NULL when published without"));
        try (java.sql.PreparedStatement insert = statement.getConnection().prepareStatement(
                "INSERT INTO " + STATE_TABLE + " VALUES (?)")) {
            insert.setString(1, state);
            insert.executeUpdate();
        }
    }

    /**
     * Updates the copy of the last publication: the documents whose rows of {@code documents} differ
     * from the lake's (changed, gone or new) have their rows of every document table read again; the
     * other tables (marts, run records) are replaced whole. Views are made again afterwards.
     */
    private void update(Connection connection, Statement statement, List<LakeTable> tables, LakeTable documents)
            throws SQLException {
        List<String> views = new java.util.ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                + "AND database_name = current_database()")) {
            while (result.next()) {
                views.add(result.getString(1));
            }
        }
        for (String view : views) {
            statement.execute("DROP VIEW " + quote(view));
        }
        String lakeDocuments = lakeSelect(lakeRoot, documents).orElse("SELECT * FROM " + quote(documents.name())
                + " WHERE false");
        statement.execute("CREATE TEMP TABLE changed_documents AS SELECT DISTINCT doc_id FROM ("
                + "(SELECT * FROM " + quote(documents.name()) + " EXCEPT ALL " + lakeDocuments + ") UNION ALL ("
                + lakeDocuments + " EXCEPT ALL SELECT * FROM " + quote(documents.name()) + "))");
        long changed;
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM changed_documents")) {
            result.next();
            changed = result.getLong(1);
        }
        LOG.info("publish: {} documents changed since the last publication", changed);
        for (LakeTable table : tables) {
            // a mart's rows depend on other documents' (medians, ranks): only the layer of the documents is updated by document
            boolean byDocument = table.layer().equals(documents.layer())
                    && table.columns().stream().anyMatch(column -> column.name().equals("doc_id"));
            boolean exists = exists(statement, table.name());
            if (byDocument && exists) {
                statement.execute("DELETE FROM " + quote(table.name()) + " WHERE doc_id IN (SELECT doc_id FROM "
                        + "changed_documents)");
                java.util.Optional<String> select = lakeSelect(lakeRoot, table);
                long rows = select.isEmpty() ? 0 : statement.executeUpdate("INSERT INTO " + quote(table.name())
                        + " SELECT * FROM (" + select.get() + ") WHERE doc_id IN (SELECT doc_id FROM changed_documents)"
                        + orderBy(table));
                LOG.info("publish: {} ← {} rows of changed documents", table.name(), rows);
            } else if (exists && !table.key().isEmpty()) {
                LOG.info("publish: {} ← {} rows that changed", table.name(), replaceChanged(statement, table));
            } else {
                if (exists) {
                    statement.execute("DROP TABLE " + quote(table.name()));
                }
                long rows;
                try (Statement perTable = connection.createStatement()) {
                    rows = publishTable(connection, perTable, table);
                }
                LOG.info("publish: {} ← {} rows", table.name(), rows);
            }
        }
        statement.execute("DROP TABLE changed_documents");
    }

    /**
     * Brings a keyed table to the lake's rows by changing only the rows that differ: every key whose
     * rows are not the same in both has its rows deleted and the lake's inserted. A mart of the whole
     * country changes in the province of a changed county only, and rebuilding its unique index is
     * what replacing it whole costs.
     */
    private long replaceChanged(Statement statement, LakeTable table) throws SQLException {
        String name = quote(table.name());
        java.util.Optional<String> select = lakeSelect(lakeRoot, table);
        if (select.isEmpty()) {
            statement.execute("DELETE FROM " + name);
            return 0;
        }
        String keys = table.key().stream().map(DuckDbPublisher::quote).collect(Collectors.joining(", "));
        statement.execute("CREATE TEMP TABLE lake_rows AS " + select.get());
        statement.execute("CREATE TEMP TABLE changed_keys AS SELECT DISTINCT " + keys + " FROM ((SELECT * FROM " + name
                + " EXCEPT ALL SELECT * FROM lake_rows) UNION ALL (SELECT * FROM lake_rows EXCEPT ALL SELECT * FROM "
                + name + "))");
        statement.execute("DELETE FROM " + name + " USING changed_keys WHERE " + keyMatch(table, name));
        long rows = statement.executeUpdate("INSERT INTO " + name + " SELECT * FROM lake_rows WHERE EXISTS (SELECT 1 "
                + "FROM changed_keys WHERE " + keyMatch(table, "lake_rows") + ")" + orderBy(table));
        statement.execute("DROP TABLE changed_keys");
        statement.execute("DROP TABLE lake_rows");
        return rows;
    }

    /** The key columns of {@code qualifier} equal to those of changed_keys, NULL matching NULL. */
    private static String keyMatch(LakeTable table, String qualifier) {
        return table.key().stream().map(column -> qualifier + "." + quote(column) + " IS NOT DISTINCT FROM changed_keys."
                + quote(column)).collect(Collectors.joining(" AND "));
    }

    private static boolean exists(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = "
                + "current_database() AND table_name = " + literal(table))) {
            result.next();
            return result.getLong(1) > 0;
        }
    }

    /**
     * Creates and fills one table. Its grain is declared UNIQUE; a table whose rows break it (which
     * the marts' definitions rule out) is published without the key, and said so, rather than not at all.
     */
    private long publishTable(Connection connection, Statement statement, LakeTable table) throws SQLException {
        create(statement, table, !table.key().isEmpty());
        try {
            return insert(statement, table);
        } catch (SQLException e) {
            if (table.key().isEmpty() || !String.valueOf(e.getMessage()).contains("Constraint Error")) {
                throw e;
            }
            LOG.warn("publish: rows of {} share its key ({}); it is published without the key: {}", table.name(),
                    String.join(", ", table.key()), e.getMessage());
            // the driver closes a statement that failed: the table is made again on a new one
            try (Statement again = connection.createStatement()) {
                again.execute("DROP TABLE " + quote(table.name()));
                create(again, table, false);
                return insert(again, table);
            }
        }
    }

    private static void create(Statement statement, LakeTable table, boolean withKey) throws SQLException {
        String columns = table.columns().stream()
                .map(column -> quote(column.name()) + " " + DuckDbTypes.of(column.type()))
                .collect(Collectors.joining(", "));
        String key = withKey ? ", UNIQUE (" + table.key().stream().map(DuckDbPublisher::quote)
                .collect(Collectors.joining(", ")) + ")" : "";
        statement.execute("CREATE TABLE " + quote(table.name()) + " (" + columns + key + ")");
        statement.execute("COMMENT ON TABLE " + quote(table.name()) + " IS " + literal(table.comment()));
        for (LakeColumn column : table.columns()) {
            statement.execute("COMMENT ON COLUMN " + quote(table.name()) + "." + quote(column.name()) + " IS "
                    + literal(column.comment()));
        }
    }

    private long insert(Statement statement, LakeTable table) throws SQLException {
        java.util.Optional<String> select = lakeSelect(lakeRoot, table);
        if (select.isEmpty()) {
            return 0;
        }
        return statement.executeUpdate("INSERT INTO " + quote(table.name()) + " " + select.get() + orderBy(table));
    }

    /**
     * A query of a lake table's rows with its columns as the lake defines them (partition values
     * typed, Spark's NULL marker read as NULL); empty when the stage wrote no file.
     */
    public static java.util.Optional<String> lakeSelect(Path lakeRoot, LakeTable table) {
        return lakeSource(lakeRoot, table).map(source -> "SELECT " + table.columns().stream()
                .map(column -> selectExpression(table, column)).collect(Collectors.joining(", ")) + " FROM " + source);
    }

    /**
     * A lake table's Parquet files as a DuckDB table expression ({@code read_parquet(…)}); empty when
     * the stage that writes the table wrote no file.
     */
    public static java.util.Optional<String> lakeSource(Path lakeRoot, LakeTable table) {
        Path folder = lakeRoot.resolve(table.layer()).resolve(table.name());
        if (!hasParquet(folder)) {
            return java.util.Optional.empty();
        }
        String glob = folder.toAbsolutePath() + "/**/*.parquet";
        return java.util.Optional.of("read_parquet(" + literal(glob) + ", hive_partitioning = "
                + !table.partitionBy().isEmpty() + ", hive_types_autocast = false, union_by_name = true)");
    }


    /** Partition values come back as text from folder names; Spark writes NULL as a marker folder. */
    private static String selectExpression(LakeTable table, LakeColumn column) {
        String name = quote(column.name());
        if (table.partitionBy().contains(column.name())) {
            return "CAST(NULLIF(CAST(" + name + " AS VARCHAR), '" + HIVE_NULL + "') AS " + DuckDbTypes.of(column.type())
                    + ") AS " + name;
        }
        return name;
    }

    /**
     * Rows in a stable order ({@code " ORDER BY …"}), so that the same rows are published, and
     * exported, in the same order whichever lake files they came from and however the table was
     * updated: the first columns, then the table's key, which tells any two rows apart.
     */
    public static String orderBy(LakeTable table) {
        java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
        table.columns().stream().limit(4).forEach(column -> columns.add(column.name()));
        columns.addAll(table.key());
        return " ORDER BY " + columns.stream().map(column -> quote(column) + " NULLS FIRST").collect(Collectors.joining(", "));
    }

    /**
     * A view column without a comment of its own is a column of a table the view reads: it takes
     * that table's comment, from the first table named in the view's SQL that has the column.
     */
    private static void commentPassedThroughColumns(Statement statement) throws SQLException {
        Map<String, String> views = new java.util.LinkedHashMap<>();
        try (ResultSet result = statement.executeQuery(
                "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND database_name = current_database()")) {
            while (result.next()) {
                views.put(result.getString(1), result.getString(2));
            }
        }
        Map<String, Map<String, String>> tableComments = new java.util.LinkedHashMap<>();
        try (ResultSet result = statement.executeQuery("SELECT table_name, column_name, comment FROM duckdb_columns() "
                + "WHERE database_name = current_database() AND comment IS NOT NULL AND table_name IN "
                + "(SELECT table_name FROM duckdb_tables() WHERE database_name = current_database())")) {
            while (result.next()) {
                tableComments.computeIfAbsent(result.getString(1), table -> new java.util.HashMap<>())
                        .put(result.getString(2), result.getString(3));
            }
        }
        List<String> comments = new java.util.ArrayList<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            List<String> named = tableComments.keySet().stream()
                    .filter(table -> position(view.getValue(), table) >= 0)
                    .sorted(java.util.Comparator.comparingInt(table -> position(view.getValue(), table))).toList();
            try (ResultSet result = statement.executeQuery("SELECT column_name FROM duckdb_columns() WHERE "
                    + "database_name = current_database() AND table_name = " + literal(view.getKey())
                    + " AND comment IS NULL")) {
                while (result.next()) {
                    String column = result.getString(1);
                    named.stream().map(table -> tableComments.get(table).get(column)).filter(Objects::nonNull).findFirst()
                            .ifPresent(comment -> comments.add("COMMENT ON COLUMN " + quote(view.getKey()) + "."
                                    + quote(column) + " IS " + literal(comment)));
                }
            }
        }
        for (String comment : comments) {
            statement.execute(comment);
        }
    }

    /** Where a table is named in a view's SQL as a whole word; -1 if it is not. */
    private static int position(String sql, String table) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(table)
                + "\\b").matcher(sql);
        return matcher.find() ? matcher.start() : -1;
    }

    private static List<String> viewStatements() {
        try (InputStream in = DuckDbPublisher.class.getResourceAsStream("/marts/views.sql")) {
            if (in == null) {
                throw new IllegalStateException("Cannot find /marts/views.sql");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.of(text.split(";\\s*\\n"))
                    .map(String::strip)
                    .map(sql -> sql.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n")).strip())
                    .filter(sql -> !sql.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /marts/views.sql", e);
        }
    }

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** The DuckDB type a lake column is published with. */
    public static String duckDbType(LakeColumn column) {
        return DuckDbTypes.of(column.type());
    }

    /** A DuckDB identifier, quoted. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A DuckDB string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", path, e.toString());
        }
    }
}
