package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Node.js programs that users' tools are built on (the DuckDB client dashboards use, the Arrow
 * reader), installed from npm into a test's folder and run there. A machine without node and npm
 * skips the calling test, saying so.
 */
final class NodeClients {
    private final Path folder;

    private NodeClients(Path folder) {
        this.folder = folder;
    }

    /** Installs the packages into {@code folder}; skips the test where node or npm is missing. */
    static NodeClients install(Path folder, String what, String... packages) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"),
                "node and npm are not installed here: " + what + " cannot be tried (this test is skipped)");
        NodeClients clients = new NodeClients(folder);
        List<String> command = new java.util.ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
                folder.toString()));
        command.addAll(List.of(packages));
        clients.run(command, 300);
        return clients;
    }

    /** Copies a script of the test resources into the folder, where it finds the installed packages. */
    Path script(String resource) throws IOException {
        Path script = folder.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = NodeClients.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            Files.write(script, in.readAllBytes());
        }
        return script;
    }

    /** Runs a command in the folder; fails the test on a non-zero exit. @return what it printed */
    String run(List<String> command, long seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; output:%n%s", command, text).isZero();
        return text;
    }

    /** The last line a program printed: its JSON answer after any npm or runtime notices. */
    static String lastLine(String printed) {
        return printed.lines().reduce((first, last) -> last).orElse("");
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
