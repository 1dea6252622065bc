package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.testing.SharedFolder;

/**
 * The researchers' example notebook ({@code notebooks-exports/notebooks/comparing-counties.ipynb})
 * executed top to bottom, headless, by Debian's {@code jupyter-nbconvert} against the exports of
 * the sample corpus: any cell that raises fails the test. {@code .ci/run} installs nbconvert and
 * pandas; a machine without them skips this test, saying so.
 */
@org.junit.jupiter.api.extension.ExtendWith(SampleWarehouse.Extension.class)
class NotebookTest {
    /** Debian's Python, where its nbconvert, pandas and kernel are installed (another python3 may come first on PATH). */
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path folder;

    @Test
    void theExampleNotebookRunsCleanlyOnTheSampleExports(SampleWarehouse sample) throws Exception {
        Assumptions.assumeTrue(works(List.of(PYTHON, "-c", "import nbconvert, pandas, ipykernel")),
                "jupyter-nbconvert, pandas or ipykernel is not installed for " + PYTHON + " (.ci/run installs them "
                        + "from Debian): the notebook cannot be executed (this test is skipped)");
        Path out = sample.output();

        Path notebook = SharedFolder.repositoryRoot().resolve("notebooks-exports/notebooks/comparing-counties.ipynb");
        Path executed = folder.resolve("executed.ipynb");
        String output = run(List.of(PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute", notebook.toString(),
                "--output", executed.toString(), "--ExecutePreprocessor.timeout=120"), out);

        JsonNode cells = new ObjectMapper().readTree(executed.toFile()).get("cells");
        List<String> texts = new ArrayList<>();
        for (JsonNode cell : cells) {
            for (JsonNode cellOutput : cell.path("outputs")) {
                assertThat(cellOutput.path("output_type").asText()).as("cell output; nbconvert said:%n%s", output)
                        .isNotEqualTo("error");
                texts.add(cellOutput.path("text").toString() + cellOutput.path("data").path("text/plain"));
            }
        }
        assertThat(String.join("\n", texts)).contains("counties, province median").contains("rows;");
    }

    private static boolean works(List<String> command) {
        try {
            Process process = process(command, null).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String run(List<String> command, Path warehouseOut) throws Exception {
        Process process = process(command, warehouseOut).directory(folder.toFile()).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
        assertThat(process.exitValue()).as("exit code of %s; output:%n%s", command, text).isZero();
        return text;
    }

    private static ProcessBuilder process(List<String> command, Path warehouseOut) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        if (warehouseOut != null) {
            builder.environment().put("WAREHOUSE_OUT", warehouseOut.toString());
        }
        return builder;
    }
}
