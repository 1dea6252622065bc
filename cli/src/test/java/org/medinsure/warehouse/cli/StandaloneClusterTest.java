package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real Spark standalone cluster: a master and two workers on 127.0.0.1, each a
 * JVM of its own started from the project's classpath, run the bundled sample corpus given
 * {@code --master spark://…}; every published table equals the embedded ({@code local[*]}) run's.
 * The test stops exactly the processes it started (the daemons and the executors they launched).
 */
class StandaloneClusterTest {
    private static final Path CORPUS = Path.of("..", "examples", "corpus").toAbsolutePath().normalize();
    private static final String MASTER = "org.apache.spark.deploy.master.Master";
    private static final String WORKER = "org.apache.spark.deploy.worker.Worker";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final long RUN_TIMEOUT_SECONDS = 600;

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();

    @Test
    void theSampleCorpusOnAMasterAndTwoWorkersPublishesWhatTheEmbeddedRunPublishes() throws Exception {
        int masterPort = freePort();
        int masterUiPort = freePort();
        Path sparkHome = sparkHome();
        start("master", sparkHome, MASTER, List.of("--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(masterUiPort)));
        awaitPort(masterPort);
        for (int worker = 1; worker <= 2; worker++) {
            start("worker" + worker, sparkHome, WORKER, List.of("--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                    "--webui-port", "0", "--work-dir", folder.resolve("work" + worker).toString(),
                    "spark://127.0.0.1:" + masterPort));
        }
        awaitAliveWorkers(masterUiPort, 2);

        Path onCluster = folder.resolve("cluster");
        Path embedded = folder.resolve("local");
        assertThat(run(onCluster, List.of("--master", "spark://127.0.0.1:" + masterPort,
                // the executors load the parsers and normalisers from the same classpath as the driver
                "--conf", "spark.executor.extraClassPath=" + System.getProperty("java.class.path"),
                "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2")))
                .as("warehouse run on the cluster (log: %s)", folder.resolve("cluster.log")).isZero();
        assertThat(run(embedded, List.of())).as("warehouse run embedded").isZero();

        for (int worker = 1; worker <= 2; worker++) {
            assertThat(executorFolders(folder.resolve("work" + worker)))
                    .as("worker %d ran an executor of the application", worker).isNotEmpty();
        }
        assertThat(WarehouseDifferences.between(embedded.resolve("warehouse.duckdb"), onCluster.resolve("warehouse.duckdb")))
                .as("tables that differ between the embedded and the cluster run").isEmpty();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + onCluster.resolve("warehouse.duckdb") + "' AS cluster (READ_ONLY)");
            assertThat(WarehouseDifferences.count(statement, "SELECT count(*) FROM cluster.indicators")).isPositive();
            assertThat(WarehouseDifferences.count(statement, "SELECT count(*) FROM cluster.mart_per_capita_subsidy"))
                    .isPositive();
        }
    }

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        List<ProcessHandle> processes = new ArrayList<>();
        for (Process process : started) {
            process.descendants().forEach(processes::add); // executors, launched by the workers
            processes.add(process.toHandle());
        }
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                process.destroyForcibly();
            }
        }
        assertThat(processes).as("processes the test started").noneMatch(ProcessHandle::isAlive);
    }

    /**
     * A Spark home holding nothing: a worker's executor launcher requires one with a jars folder and
     * a Scala version, and adds the application's classpath (extraClassPath) to what it finds there.
     */
    private Path sparkHome() throws IOException {
        Path home = folder.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        return home;
    }

    private void start(String name, Path sparkHome, String mainClass, List<String> args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(List.of("-Xmx512m",
                "-Dwarehouse.log=" + folder.resolve(name + ".log")), mainClass, args))
                .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".out").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        started.add(builder.start());
    }

    private int run(Path out, List<String> options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--input", CORPUS.toString(), "--output", out.toString(),
                "--preview-rows", "1"));
        args.addAll(options);
        String name = out.getFileName().toString();
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(List.of("-Xmx2g",
                "-Dwarehouse.log=" + folder.resolve(name + ".log")), Main.class.getName(), args))
                .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".out").toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("warehouse run did not end within " + RUN_TIMEOUT_SECONDS + " s: "
                    + Files.readString(folder.resolve(name + ".out")));
        }
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitPort(int port) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the master did not listen on port " + port + " within " + START_TIMEOUT + ": "
                + Files.readString(folder.resolve("master.out")));
    }

    /** Waits until the master's status page counts the workers as alive. */
    private void awaitAliveWorkers(int uiPort, int workers) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int alive = 0;
        while (System.nanoTime() < deadline) {
            try {
                JsonNode status = new ObjectMapper().readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
                alive = status.path("aliveworkers").asInt();
                if (alive >= workers) {
                    return;
                }
            } catch (IOException notYet) {
                // the status page starts a little after the master's port
            }
            Thread.sleep(500);
        }
        throw new AssertionError(alive + " of " + workers + " workers registered within " + START_TIMEOUT);
    }

    /** The executor folders (application/executor id) a worker created. */
    private static List<Path> executorFolders(Path workDir) throws IOException {
        if (!Files.isDirectory(workDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(workDir, 2)) {
            return files.filter(path -> workDir.relativize(path).getNameCount() == 2 && Files.isDirectory(path)).toList();
        }
    }
}
