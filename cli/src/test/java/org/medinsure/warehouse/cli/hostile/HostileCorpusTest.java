package org.medinsure.warehouse.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.cli.Main;
import picocli.CommandLine;

/**
 * The whole pipeline on a generated corpus of more than 300 damaged and hostile files: the run ends
 * normally, every input file is a row of documents with its status, and every file not fully read
 * has problem rows that name it and say why.
 */
class HostileCorpusTest {
    private static final Path SAMPLE = Path.of("..", "examples", "corpus").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void everyDamagedFileIsADocumentWithItsStatusAndNoExceptionEscapes() throws Exception {
        Path corpus = folder.resolve("corpus");
        int files = HostileCorpus.write(SAMPLE, corpus, 20261202L);
        try (Stream<Path> walk = Files.walk(corpus)) {
            assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo(files).isGreaterThanOrEqualTo(300);
        }
        // a link to nothing: listed, and a document that cannot be opened, not the end of the run
        Files.createDirectories(corpus.resolve("links"));
        Files.createSymbolicLink(corpus.resolve("links/broken.txt"), corpus.resolve("links/nowhere.txt"));
        files++;
        Path out = folder.resolve("out");
        CommandLine commandLine = Main.commandLine();
        StringWriter printed = new StringWriter();
        commandLine.setOut(new PrintWriter(printed));
        int exit = commandLine.execute("run", "--input", corpus.toString(), "--output", out.toString(),
                "--file-time-limit", "20", "--preview-rows", "1");
        assertThat(exit).as("exit code; output:%n%s", printed).isZero();

        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("warehouse.duckdb"), readOnly);
             Statement statement = connection.createStatement()) {
            assertThat(one(statement, "SELECT count(*) FROM documents")).isEqualTo(String.valueOf(files));
            assertThat(one(statement, "SELECT count(*) FROM documents d WHERE status <> 'parsed' AND NOT EXISTS "
                    + "(SELECT 1 FROM problems p WHERE p.source_path = d.source_path)")).isEqualTo("0");
            assertThat(one(statement, "SELECT count(*) FROM problems WHERE source_path IS NULL OR detail IS NULL "
                    + "OR \"check\" IS NULL")).isEqualTo("0");
            assertThat(rows(statement, "SELECT source_path || ' ' || status FROM documents WHERE source_path IN "
                    + "('protected/needs_password.pdf', 'bomb/bomb.xlsx', 'bomb/bomb.docx', 'xxe/entity.docx', "
                    + "'empty/empty.txt', 'twice/b/copy_of_3.txt') ORDER BY 1")).containsExactly(
                    "bomb/bomb.docx rejected", "bomb/bomb.xlsx rejected", "empty/empty.txt rejected",
                    "protected/needs_password.pdf rejected", "twice/b/copy_of_3.txt duplicate", "xxe/entity.docx rejected");
            assertThat(one(statement, "SELECT string_agg(DISTINCT \"check\", ',' ORDER BY \"check\") FROM problems "
                    + "WHERE source_path = 'protected/needs_password.pdf'")).contains("encrypted");
            assertThat(one(statement, "SELECT status || ' ' || problem_count FROM documents WHERE source_path = "
                    + "'links/broken.txt'")).isEqualTo("rejected 1");
            assertThat(one(statement, "SELECT \"check\" || ': ' || detail FROM problems WHERE source_path = 'links/broken.txt'"))
                    .isEqualTo("unreadable_file: links/broken.txt: cannot be opened (No such file or directory)");
            assertThat(one(statement, "SELECT count(*) FROM problems WHERE detail LIKE '%root:%'")).isEqualTo("0");
            assertThat(one(statement, "SELECT files_seen FROM runs")).isEqualTo(String.valueOf(files));

            // every coded value a damaged corpus leaves in the warehouse is explained in the data dictionary
            org.medinsure.warehouse.exports.CodedValues codes = org.medinsure.warehouse.exports.CodedValues.bundled();
            String dictionary = Files.readString(out.resolve("exports/data-dictionary.md"));
            int checked = 0;
            for (String column : codes.columns()) {
                String[] tableAndColumn = column.split("\\.");
                for (String code : rows(statement, "SELECT DISTINCT CAST(\"" + tableAndColumn[1] + "\" AS VARCHAR) FROM "
                        + tableAndColumn[0] + " WHERE \"" + tableAndColumn[1] + "\" IS NOT NULL")) {
                    assertThat(codes.value(column, code)).as("meaning of %s = %s", column, code).isPresent();
                    assertThat(dictionary).contains("| " + code + " | " + codes.value(column, code).get().label() + " |");
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(20);
        }
    }

    private static String one(Statement statement, String sql) throws Exception {
        List<String> rows = rows(statement, sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private static List<String> rows(Statement statement, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
