package dev.switchboard.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code switchboard} command line: {@code serve} runs the platform. */
@Command(name = "switchboard", mixinStandardHelpOptions = true, version = "Switchboard 0.1.0",
        description = "Self-hosted, Twilio-compatible programmable voice.",
        subcommands = {ServeCommand.class})
public final class SwitchboardCli implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new SwitchboardCli()).setExecutionExceptionHandler(SwitchboardCli::startFailed);
    }

    /**
     * A configuration mistake (an invalid option or variable) or a port already taken is the user's
     * to fix: one line saying what, exit status 2. Anything else keeps its stack trace.
     */
    static int startFailed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof IllegalArgumentException || cause instanceof java.net.BindException) {
                cmd.getErr().println("switchboard: " + cause.getMessage());
                return 2;
            }
            cause = cause.getCause();
        }
        throw e;
    }
}
