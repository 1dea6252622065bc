package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A setting that cannot work is said in one line, before any work starts. */
class FailureMessagesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    @Test
    void theMasterForms() {
        for (String master : new String[] {"local", "local[*]", "local[2]", "local[4,3]", "yarn", "k8s://https://k:6443"}) {
            assertThatCode(() -> MasterUrl.check(master, TIMEOUT)).as(master).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> MasterUrl.check("bogus", TIMEOUT))
                .hasMessageContaining("Cannot use --master bogus").hasMessageContaining("spark://HOST:PORT");
        assertThatThrownBy(() -> MasterUrl.check("spark://host", TIMEOUT)).hasMessageContaining("'host' is not HOST:PORT");
    }

    @Test
    void aStandaloneMasterThatDoesNotAnswerIsNamedWithTheReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free once closed: nothing listens there
        }
        int port = closedPort;
        assertThatThrownBy(() -> MasterUrl.check("spark://127.0.0.1:" + port, TIMEOUT))
                .hasMessageContaining("Cannot reach the Spark master at spark://127.0.0.1:" + port)
                .hasMessageContaining("nothing answers on 127.0.0.1:" + port)
                .hasMessageContaining("--master local[*]");
        assertThatThrownBy(() -> MasterUrl.check("spark://no-such-host.invalid:7077", TIMEOUT))
                .hasMessageContaining("no-such-host.invalid is an unknown host");
        try (ServerSocket listening = new ServerSocket(0)) {
            // one master of a highly available group answering is enough
            assertThatCode(() -> MasterUrl.check("spark://127.0.0.1:" + port + ",127.0.0.1:" + listening.getLocalPort(),
                    TIMEOUT)).doesNotThrowAnyException();
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsFoundFirst() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        OutputOptions output = new OutputOptions();
        output.output = file.resolve("out");

        assertThatThrownBy(output::checkWritable)
                .hasMessageContaining("Cannot write the --output folder " + file.resolve("out"))
                .hasMessageContaining("pass --output with a folder you can write");
        output.output = folder.resolve("new").resolve("out");
        output.checkWritable();
        assertThat(output.output).isDirectory().isEmptyDirectory();
    }

    @Test
    void aFailedCommandIsOneLineOnTheTerminalAndItsTraceOnlyWhenVerbose() {
        String[] arguments = {"ingest", "--master", "bogus", "--output", folder.toString()};
        String quiet = errorOf(Main.commandLine(false), arguments);
        String verbose = errorOf(Main.commandLine(true), arguments);

        assertThat(quiet).startsWith("warehouse: Cannot use --master bogus").doesNotContain("\tat ");
        assertThat(quiet.lines().filter(line -> line.startsWith("warehouse: Cannot")).count()).isOne();
        assertThat(verbose).contains("warehouse: Cannot use --master bogus").contains("\tat org.medinsure.warehouse.cli.MasterUrl");
    }

    private static String errorOf(CommandLine commandLine, String... arguments) {
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute(arguments)).isEqualTo(1);
        return err.toString();
    }
}
