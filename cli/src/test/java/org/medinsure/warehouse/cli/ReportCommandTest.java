package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warehouse report} on the seed warehouse: one province-year into a file, or an error naming what it holds. */
@ExtendWith(SeedWarehouse.Extension.class)
class ReportCommandTest {
    @TempDir
    Path folder;

    @Test
    void oneProvinceYearIsWrittenWhereOutSays(SeedWarehouse seeds) throws Exception {
        String report;
        try (Stream<Path> files = Files.list(seeds.output().resolve("reports"))) {
            report = files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("370000-"))
                    .sorted().findFirst().orElseThrow();
        }
        String year = report.substring("370000-".length(), report.indexOf('.'));
        Path out = folder.resolve("山东.html");

        StringWriter printed = new StringWriter();
        int exit = execute(printed, "report", "--output", seeds.output().toString(), "--province", "山东省",
                "--year", year, "--out", out.toString());

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(printed.toString().strip()).isEqualTo(out.toAbsolutePath().toString());
        Document page = Jsoup.parse(out.toFile(), "UTF-8");
        assertThat(page.selectFirst("h1").text()).startsWith("山东省" + year);
        // the same page as the run wrote, the run it names included
        assertThat(Files.readString(out)).isEqualTo(Files.readString(seeds.output().resolve("reports").resolve(report)));
    }

    @Test
    void aProvinceYearTheWarehouseDoesNotHoldIsRefusedWithWhatItHolds(SeedWarehouse seeds) {
        StringWriter printed = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(printed));
        commandLine.setErr(new PrintWriter(errors));

        int exit = commandLine.execute("report", "--output", seeds.output().toString(), "--province", "山东省",
                "--year", "1999", "--out", folder.resolve("none.html").toString());

        assertThat(exit).isNotZero();
        assertThat(errors.toString()).contains("No county of 山东省 in 1999").contains("山东省 20");
        assertThat(folder.resolve("none.html")).doesNotExist();
    }

    private static int execute(StringWriter printed, String... arguments) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(printed));
        return commandLine.execute(List.of(arguments).toArray(String[]::new));
    }
}
