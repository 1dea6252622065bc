package org.medinsure.warehouse.cli;

import picocli.CommandLine;

/** Entry point of the {@code warehouse} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WarehouseCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("warehouse: " + exception.getMessage());
            if (System.getenv("WAREHOUSE_DEBUG") != null) {
                exception.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return commandLine;
    }
}
