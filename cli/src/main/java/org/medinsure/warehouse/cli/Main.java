package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine;

/** Entry point of the {@code warehouse} command. */
public final class Main {
    /** Prints stack traces on the terminal; they always go to the log file. */
    static final String VERBOSE = "--verbose";

    private Main() {
    }

    public static void main(String[] args) {
        // read before anything logs: the logging configuration takes these properties when it starts
        boolean verbose = Arrays.asList(args).contains(VERBOSE);
        System.setProperty("warehouse.trace", verbose ? "full" : "none");
        if (System.getProperty("warehouse.log") == null) {
            System.setProperty("warehouse.log", Path.of(System.getProperty("warehouse.home", "."), "logs", "warehouse.log")
                    .toAbsolutePath().normalize().toString());
        }
        System.exit(commandLine(verbose).execute(args));
    }

    public static CommandLine commandLine() {
        return commandLine(false);
    }

    /** The command line; a failure is one line on stderr, its stack trace in the log (and on stderr when verbose). */
    static CommandLine commandLine(boolean verbose) {
        CommandLine commandLine = new CommandLine(new WarehouseCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("warehouse: " + exception.getMessage());
            LogManager.getLogger("org.medinsure.warehouse.failures").error("warehouse {} failed",
                    String.join(" ", parseResult.originalArgs()), exception);
            if (verbose || System.getenv("WAREHOUSE_DEBUG") != null) {
                exception.printStackTrace(cmd.getErr());
            } else if (!System.getProperty("warehouse.log", "").isEmpty()) {
                cmd.getErr().println("warehouse: details in " + System.getProperty("warehouse.log")
                        + " (or run again with " + VERBOSE + ")");
            }
            return 1;
        });
        return commandLine;
    }
}
