package id.cpmpos.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand reaches through picocli: the root command (the inherited {@code --config},
 * standard input and the environment) and the output streams the caller gave.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** The root command, however deep this subcommand is ({@code journal verify}, {@code shift open}). */
  CpmPosCommand root() {
    return (CpmPosCommand) spec.root().userObject();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
