package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The command line of a JVM started by a test: this JVM's java, the JVM flags Spark needs, this test classpath. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java <flags> <jvmOptions> -cp <test classpath> mainClass args}. */
    static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        try (InputStream flags = ChildJvm.class.getResourceAsStream("/jvm.flags")) {
            command.addAll(List.of(new String(flags.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+")));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return command;
    }
}
