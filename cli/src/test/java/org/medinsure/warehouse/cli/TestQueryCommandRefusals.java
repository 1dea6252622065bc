package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.testing.FolderSnapshot;
import picocli.CommandLine;

/**
 * {@code warehouse query} as an attacker would use it, on a small warehouse built here with a
 * secret file and a Parquet file beside it. Every attack must end with exit code 1, one line on
 * the error stream saying what was refused and why, nothing on the output, and the folder (the
 * warehouse file included) exactly as it was; an ordinary query must still work.
 */
class TestQueryCommandRefusals {
    private static final String FILE_ACCESS_REFUSED = "warehouse: Cannot run this statement: warehouse query reads "
            + "only the warehouse; file, network and extension access is disabled";
    private static final String NOT_A_QUERY_REFUSED = "warehouse: Cannot run this statement: warehouse query runs "
            + "exactly one read-only query (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW or SUMMARIZE), not commands "
            + "such as COPY, EXPORT, ATTACH, INSTALL, LOAD or SET";
    private static final Path DUCKDB_HOME = Path.of(System.getProperty("user.home"), ".duckdb");

    @TempDir
    Path folder;

    private FolderSnapshot before;

    /** What a query run printed, and how it ended. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void buildAWarehouseWithFilesBesideIt() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("warehouse.duckdb"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE documents (doc_id VARCHAR, county VARCHAR, fiscal_year INTEGER)");
            statement.execute("INSERT INTO documents VALUES ('a', '阳谷县', 2020), ('b', '莘县', 2021)");
            statement.execute("COPY (SELECT 'hunter2' AS password) TO '" + folder.resolve("secret.parquet")
                    + "' (FORMAT parquet)");
        }
        Files.writeString(folder.resolve("secret.csv"), "user,password\nroot,hunter2\n");
        before = FolderSnapshot.of(folder);
    }

    @Test
    void anOrdinaryQueryStillWorks() {
        Run run = query("select doc_id, county from documents order by doc_id");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("阳谷县", "莘县");
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @Test
    void semicolonsInQuotesAndCommentsDoNotMakeASecondStatement() {
        Run run = query("select ';' as \"a;b\", $$;$$ as dollar /* ; */ -- ; select 2");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("a;b", "dollar");
    }

    @Test
    void describeSummarizeAndPivotWithAnInListAreQueries() {
        assertThat(query("describe documents").exitCode()).isZero();
        assertThat(query("summarize documents").exitCode()).isZero();
        Run pivot = query("pivot documents on fiscal_year in (2020, 2021) using count(*) group by county");
        assertThat(pivot.err()).isEmpty();
        assertThat(pivot.out()).contains("2020", "2021", "阳谷县");
    }

    @Test
    void readCsvOfAFileIsRefused() {
        assertRefused(query("select * from read_csv('" + folder.resolve("secret.csv") + "')"), FILE_ACCESS_REFUSED);
    }

    @Test
    void readTextIsRefused() {
        assertRefused(query("select content from read_text('" + folder.resolve("secret.csv") + "')"),
                FILE_ACCESS_REFUSED);
    }

    @Test
    void globIsRefused() {
        assertRefused(query("select * from glob('" + folder + "/*')"), FILE_ACCESS_REFUSED);
    }

    @Test
    void readParquetIsRefused() {
        assertRefused(query("select * from read_parquet('" + folder.resolve("secret.parquet") + "')"),
                FILE_ACCESS_REFUSED);
    }

    @Test
    void copyToIsRefused() {
        Path target = folder.resolve("stolen.csv");
        assertRefused(query("copy (select * from documents) to '" + target + "'"), NOT_A_QUERY_REFUSED);
        assertThat(target).doesNotExist();
    }

    /** With external access off alone, DuckDB would let this overwrite the warehouse file itself. */
    @Test
    void copyOverTheWarehouseItselfIsRefused() {
        assertRefused(query("copy (select 'gone') to '" + folder.resolve("warehouse.duckdb")
                + "' (header false, use_tmp_file false)"), NOT_A_QUERY_REFUSED);
    }

    @Test
    void exportDatabaseIsRefused() {
        Path target = folder.resolve("export");
        assertRefused(query("export database '" + target + "'"), NOT_A_QUERY_REFUSED);
        assertThat(target).doesNotExist();
    }

    @Test
    void attachReadWriteThenCreateTableIsRefused() {
        Path other = folder.resolve("other.duckdb");
        assertRefused(query("attach '" + other + "' as other (read_write)"), NOT_A_QUERY_REFUSED);
        assertRefused(query("create table other.stolen as select 42 as answer"), NOT_A_QUERY_REFUSED);
        assertRefused(query("attach '" + other + "' as other (read_write); create table other.stolen as select 42"),
                NOT_A_QUERY_REFUSED);
        assertThat(other).doesNotExist();
    }

    @Test
    void installHttpfsIsRefused() {
        FolderSnapshot extensions = FolderSnapshot.of(DUCKDB_HOME);
        assertRefused(query("install httpfs"), NOT_A_QUERY_REFUSED);
        assertThat(FolderSnapshot.of(DUCKDB_HOME)).as("DuckDB's extension folder").isEqualTo(extensions);
    }

    @Test
    void loadIsRefused() {
        assertRefused(query("load httpfs"), NOT_A_QUERY_REFUSED);
    }

    /** DuckDB's own message would advise INSTALL and LOAD, which are refused in turn. */
    @Test
    void aFunctionOfAnExtensionNotLoadedIsRefused() {
        assertRefused(query("select * from read_xlsx('" + folder.resolve("budget.xlsx") + "')"), FILE_ACCESS_REFUSED);
    }

    @Test
    void turningExternalAccessBackOnIsRefused() {
        assertRefused(query("set enable_external_access = true"), NOT_A_QUERY_REFUSED);
        assertRefused(query("select * from read_csv('" + folder.resolve("secret.csv") + "')"), FILE_ACCESS_REFUSED);
    }

    @Test
    void aWriteHiddenBehindASelectIsRefusedWithoutRunningTheSelect() {
        Path target = folder.resolve("hidden.csv");
        assertRefused(query("select 1; copy (select 42) to '" + target + "'"), NOT_A_QUERY_REFUSED);
        assertThat(target).doesNotExist();
    }

    @Test
    void twoQueriesAreRefusedWithTheirCount() {
        assertRefused(query("select 1; select * from documents"),
                "warehouse: Cannot run 2 statements: warehouse query runs exactly one statement per call");
    }

    @Test
    void anEmptyStatementIsRefused() {
        assertRefused(query(" -- nothing here"),
                "warehouse: Cannot run an empty statement: give one query, e.g. \"select * from documents\"");
    }

    @Test
    void aSyntaxErrorIsOneLine() {
        assertRefused(query("selec * from documents"),
                "warehouse: Cannot parse the statement: syntax error at or near \"selec\"");
    }

    private Run query(String sql) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute("query", "--output", folder.toString(), sql);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Refused in one line, with nothing printed and nothing written: the warehouse and the folder are as they were. */
    private void assertRefused(Run run, String line) {
        assertThat(run.err()).isEqualTo(line + System.lineSeparator());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }
}
