package org.familycontext.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./fc}: the product's one command-line entry point. */
@Command(name = "fc", mixinStandardHelpOptions = true, version = "Family Context 0.1.0",
        description = "Family Context: run the demo, run the tests, check tenant configuration, link records.",
        subcommands = {DemoCommand.class, TestCommand.class, GenerateCommand.class, LinkCommand.class, BenchCommand.class, TenantsCommand.class, CommandLine.HelpCommand.class})
public final class Fc {

    public static void main(String[] args) {
        int exit = new CommandLine(new Fc()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(exit);
    }
}
