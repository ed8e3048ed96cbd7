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
        System.exit(new CommandLine(new SwitchboardCli()).execute(args));
    }
}
