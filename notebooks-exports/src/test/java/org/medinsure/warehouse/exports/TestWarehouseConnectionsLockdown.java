package org.medinsure.warehouse.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medinsure.warehouse.ingest.testing.FolderSnapshot;

/**
 * What any reader's SQL can do through {@link WarehouseConnections}: read the warehouse, and
 * nothing else. Each attack runs on the connection itself, with no check in front of it, and must
 * fail with DuckDB's reason and leave the folder (and DuckDB's extension folder) as it was.
 */
class TestWarehouseConnectionsLockdown {
    private static final Path DUCKDB_HOME = Path.of(System.getProperty("user.home"), ".duckdb");

    @TempDir
    Path folder;

    private Path database;

    @BeforeEach
    void writeAWarehouseAndFilesAnAttackerWants() throws Exception {
        database = folder.resolve("warehouse.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE documents AS SELECT 'a' AS doc_id, '阳谷县' AS county");
            statement.execute("COPY (SELECT 42 AS answer) TO '" + folder.resolve("data.parquet") + "' (FORMAT parquet)");
        }
        Files.writeString(folder.resolve("secret.csv"), "user,password\nroot,hunter2\n");
    }

    static Stream<Arguments> attacks() {
        String fileAccess = "Permission Error";
        String locked = "the configuration has been locked";
        return Stream.of(
                Arguments.of("SELECT * FROM read_csv('{folder}/secret.csv')", fileAccess),
                Arguments.of("SELECT * FROM read_text('{folder}/secret.csv')", fileAccess),
                Arguments.of("SELECT * FROM glob('{folder}/*')", fileAccess),
                Arguments.of("SELECT * FROM read_parquet('{folder}/data.parquet')", fileAccess),
                Arguments.of("SELECT * FROM read_blob('{folder}/warehouse.duckdb')", fileAccess),
                Arguments.of("COPY (SELECT 42) TO '{folder}/stolen.csv'", fileAccess),
                // the warehouse's own paths stay writable under enable_external_access=false alone
                Arguments.of("COPY (SELECT 'gone') TO '{folder}/warehouse.duckdb' (HEADER false, USE_TMP_FILE false)",
                        fileAccess),
                Arguments.of("COPY (SELECT 'gone') TO '{folder}/warehouse.duckdb.wal' (HEADER false, USE_TMP_FILE false)",
                        fileAccess),
                Arguments.of("EXPORT DATABASE '{folder}/export'", fileAccess),
                Arguments.of("ATTACH '{folder}/other.duckdb' AS other (READ_WRITE)", fileAccess),
                Arguments.of("CREATE TABLE stolen AS SELECT 42 AS answer", "read-only mode"),
                Arguments.of("INSTALL httpfs", fileAccess),
                Arguments.of("LOAD httpfs", fileAccess),
                Arguments.of("SET enable_external_access = true", locked),
                Arguments.of("SET disabled_filesystems = ''", locked),
                Arguments.of("SET temp_directory = '{folder}/spill'", locked),
                Arguments.of("SET lock_configuration = false", locked),
                Arguments.of("RESET lock_configuration", locked));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("attacks")
    void attackFailsAndWritesNothing(String attack, String reason) throws Exception {
        String sql = attack.replace("{folder}", folder.toString());
        FolderSnapshot before = FolderSnapshot.of(folder);
        FolderSnapshot duckDbHomeBefore = FolderSnapshot.of(DUCKDB_HOME);
        try (Connection connection = WarehouseConnections.readOnly(database);
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(reason);
        }
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
        assertThat(FolderSnapshot.of(DUCKDB_HOME)).as("DuckDB's extension folder").isEqualTo(duckDbHomeBefore);
        assertThat(count("SELECT count(*) FROM documents")).as("the warehouse still reads").isEqualTo(1);
    }

    @Test
    void readsTheWarehouse() throws Exception {
        try (Connection connection = WarehouseConnections.readOnly(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT county FROM documents")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("阳谷县");
        }
    }

    @Test
    void aFailedSettingLeavesTheLockInPlaceForTheNextStatement() throws Exception {
        try (Connection connection = WarehouseConnections.readOnly(database)) {
            assertThatThrownBy(() -> execute(connection, "SET enable_external_access = true"))
                    .hasMessageContaining("the configuration has been locked");
            assertThatThrownBy(() -> execute(connection, "SELECT * FROM read_csv('" + folder.resolve("secret.csv") + "')"))
                    .hasMessageContaining("Permission Error");
        }
    }

    /** The driver shares one database per file in a JVM: a second reader finds it locked down and is too. */
    @Test
    void aSecondReaderOpenedBesideTheFirstIsLockedDownToo() throws Exception {
        try (Connection first = WarehouseConnections.readOnly(database);
             Connection second = WarehouseConnections.readOnly(database);
             Statement statement = second.createStatement()) {
            assertThat(first.isClosed()).isFalse();
            assertThat(count(statement, "SELECT count(*) FROM documents")).isEqualTo(1);
            assertThatThrownBy(() -> execute(second, "SELECT * FROM read_text('" + folder.resolve("secret.csv") + "')"))
                    .hasMessageContaining("Permission Error");
            assertThatThrownBy(() -> execute(second, "SET lock_configuration = false"))
                    .hasMessageContaining("the configuration has been locked");
        }
    }

    @Test
    void aMissingWarehouseSaysWhatToRun() {
        assertThatThrownBy(() -> WarehouseConnections.readOnly(folder.resolve("absent.duckdb")))
                .isInstanceOf(SQLException.class)
                .hasMessage("Cannot find the warehouse " + folder.resolve("absent.duckdb") + ": run 'warehouse run' first");
    }

    /** On a fresh statement each time: DuckDB closes a statement whose SQL failed. */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = WarehouseConnections.readOnly(database);
             Statement statement = connection.createStatement()) {
            return count(statement, sql);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
