package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.cpmpos.testing.Bundles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The CLI's help lives in CliHelp.properties (English) and CliHelp_id.properties (Bahasa
 * Indonesia): every command, option and exit status is described, both files hold the same keys, and
 * every key shows somewhere. Each test gives the bundle explicitly, so the machine's locale does not
 * matter (ConsoleLanguageTest covers the choice by locale).
 */
class CliHelpTest {
  static final String EN = "/id/cpmpos/cli/CliHelp.properties";
  static final String ID = "/id/cpmpos/cli/CliHelp_id.properties";

  @Test
  void everyCommandOptionAndExitStatusIsDescribedInEnglish() throws IOException {
    Map<String, List<String>> exitStatuses = new TreeMap<>();
    for (CommandLine command : commands(english())) {
      CommandSpec spec = command.getCommandSpec();
      String name = spec.qualifiedName(".");
      assertFalse(String.join("", spec.usageMessage().description()).isBlank(), name);
      for (OptionSpec option : spec.options()) {
        assertFalse(String.join("", option.description()).isBlank(),
            name + " " + option.longestName());
      }
      Map<String, String> codes = spec.usageMessage().exitCodeList();
      if (!codes.isEmpty()) {
        assertFalse(spec.usageMessage().exitCodeListHeading().isBlank(), name);
        codes.forEach((code, text) -> assertFalse(text.isBlank(), name + " exit " + code));
        exitStatuses.put(name, codes.keySet().stream().map(String::strip).toList());
      }
    }
    // The public exit statuses (README "Exit status") each command's help lists.
    assertEquals(Map.of("cpm-pos", List.of("0", "1", "2", "3"),
        "cpm-pos.journal.verify", List.of("0", "1", "2"),
        "cpm-pos.scan", List.of("0", "1", "2"),
        "cpm-pos.doctor", List.of("0", "1"),
        "cpm-pos.support-bundle", List.of("0", "1"),
        "cpm-pos.setup", List.of("0", "1", "2")), exitStatuses);
  }

  @Test
  void everyJsonOptionIsDescribedByItsCommandsOwnKey() throws IOException {
    Properties help = Bundles.load(EN);
    int commands = 0;
    for (CommandLine command : commands(english())) {
      OptionSpec json = command.getCommandSpec().findOption("--json");
      if (json != null) {
        String key = command.getCommandSpec().qualifiedName(".") + ".json";
        assertEquals(help.getProperty(key), String.join(" ", json.description()), key);
        commands++;
      }
    }
    assertEquals(15, commands);
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Bundles.assertSameKeys(EN, ID);
  }

  /** Every entry is translated; the exit numbers and the picocli variables stay as they are. */
  @Test
  void indonesianTranslatesEveryEntryAndKeepsNumbersAndVariables() throws IOException {
    Properties en = Bundles.load(EN);
    Properties id = Bundles.load(ID);
    for (String key : en.stringPropertyNames()) {
      String english = en.getProperty(key);
      String indonesian = id.getProperty(key);
      assertNotEquals(english, indonesian, key);
      if (key.contains(".usage.exitCodeList.")) {
        assertEquals(english.split(":")[0], indonesian.split(":")[0], key);
      }
      assertEquals(english.contains("${DEFAULT-VALUE}"), indonesian.contains("${DEFAULT-VALUE}"),
          key);
    }
  }

  /** Marking one key's text changes some command's help: no key is left over or misspelt. */
  @Test
  void everyKeyShowsInSomeCommandsHelp() throws IOException {
    Properties en = Bundles.load(EN);
    CommandLine cli = new CommandLine(new CpmPosCommand());
    cli.setResourceBundle(bundle(en));
    String full = allHelp(cli);
    for (String key : en.stringPropertyNames()) {
      Properties marked = new Properties();
      marked.putAll(en);
      marked.setProperty(key, en.getProperty(key) + " MARKED");
      cli.setResourceBundle(bundle(marked));
      assertFalse(full.equals(allHelp(cli)), key + " is not used");
    }
  }

  static ResourceBundle english() throws IOException {
    return bundle(Bundles.load(EN));
  }

  private static ResourceBundle bundle(Properties p) {
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return p.getProperty(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(p.stringPropertyNames());
      }
    };
  }

  /** The root and every subcommand, however deep, with {@code help} as their bundle. */
  static List<CommandLine> commands(ResourceBundle help) {
    CommandLine root = new CommandLine(new CpmPosCommand());
    root.setResourceBundle(help);
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  private static String allHelp(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    StringBuilder b = new StringBuilder();
    all.forEach(c -> b.append(c.getUsageMessage(CommandLine.Help.Ansi.OFF)));
    return b.toString();
  }
}
