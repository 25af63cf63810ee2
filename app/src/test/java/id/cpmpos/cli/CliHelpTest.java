package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's {@code --json} says in its help what the JSON holds, from CliHelp.properties (the
 * one option is shared, the text is each command's), and that file describes no command that is gone.
 */
class CliHelpTest {
  @Test
  void everyJsonOptionIsDescribedByItsCommandsKeyAndNoKeyIsLeftOver() throws Exception {
    Properties help = new Properties();
    try (InputStream in = CliHelpTest.class.getResourceAsStream("CliHelp.properties")) {
      help.load(in);
    }
    TreeMap<String, String> shown = new TreeMap<>();
    collect(new CommandLine(new CpmPosCommand()), shown);
    assertFalse(shown.isEmpty());
    shown.forEach((key, text) -> assertEquals(help.getProperty(key), text, key));
    assertEquals(new TreeSet<>(help.stringPropertyNames()), new TreeSet<>(shown.keySet()));
  }

  /** {@code cpm-pos.COMMAND.json} and the --json description its help shows, for each command. */
  private static void collect(CommandLine command, TreeMap<String, String> shown) {
    OptionSpec json = command.getCommandSpec().findOption("--json");
    if (json != null) {
      shown.put(command.getCommandSpec().qualifiedName(".") + ".json",
          String.join(" ", json.description()));
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, shown));
  }
}
