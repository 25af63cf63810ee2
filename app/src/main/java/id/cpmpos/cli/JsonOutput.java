package id.cpmpos.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --json}: the same choice in every command that has it, JSON alone on stdout or text. A
 * command says once what it prints each way; what its JSON holds is told in its help, from the key
 * {@code cpm-pos.COMMAND.json} of {@code CliHelp.properties}.
 */
final class JsonOutput {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--json", descriptionKey = "json") boolean selected;

  /** With --json, the value alone (built only then); otherwise the text, both on stdout. */
  void print(Supplier<?> json, Consumer<PrintWriter> text) {
    PrintWriter out = command.commandLine().getOut();
    if (selected) {
      Output.json(out, json.get());
    } else {
      text.accept(out);
      out.flush();
    }
  }
}
