package id.cpmpos.cli;

import id.cpmpos.i18n.Messages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand reaches through picocli: the root command (the inherited {@code --config},
 * standard input and the environment) and the output streams the caller gave.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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

  /** The language of what the command line says before a configuration names one: the console's. */
  static Messages console() {
    return Messages.forConsole(Locale.getDefault());
  }

  /**
   * For a command that runs until the process is stopped (Ctrl-C, a service stop): the JVM's
   * shutdown hook runs {@code stop} (closing what the command opened), then opens the returned
   * latch, which the command awaits.
   */
  static CountDownLatch closedOnStop(String threadName, Runnable stop) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.run();
      stopped.countDown();
    }, threadName));
    return stopped;
  }
}
