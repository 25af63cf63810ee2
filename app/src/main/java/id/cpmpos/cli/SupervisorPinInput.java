package id.cpmpos.cli;

import java.io.BufferedReader;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * How a supervisor's PIN reaches a command: on standard input ({@code --pin-stdin}) or in the
 * {@code CPM_POS_PIN} environment variable, never as an argument (which every user of the machine
 * can read in the process list).
 */
final class SupervisorPinInput {
  static final String ENV = "CPM_POS_PIN";

  @Option(names = "--pin-stdin", descriptionKey = "supervisor.pin-stdin") boolean fromStdin;

  /** The PIN, or null when none was given. */
  char[] read(CpmPosCommand root) throws IOException {
    if (fromStdin) {
      return line(root.stdin);
    }
    String fromEnv = root.env.get(ENV);
    return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
  }

  static char[] line(BufferedReader in) throws IOException {
    String line = in.readLine();
    return line == null ? null : line.strip().toCharArray();
  }
}
