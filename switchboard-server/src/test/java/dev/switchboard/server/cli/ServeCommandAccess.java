package dev.switchboard.server.cli;

import dev.switchboard.server.config.ServerConfig;
import picocli.CommandLine;

/** Test helper: the {@link ServerConfig} {@code serve} would run with for these arguments (no server started). */
public final class ServeCommandAccess {
    private ServeCommandAccess() {}

    public static ServerConfig config(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.config();
    }
}
