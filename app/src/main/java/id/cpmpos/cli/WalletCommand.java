package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.CustomerWallet;
import id.cpmpos.sandbox.QrImages;
import id.cpmpos.sandbox.Scenario;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wallet [--out qr.png] [--scenario NAME]}: plays the customer's phone against the configured
 * provider (the sandbox): calls generate (59), prints the QR content on its own line, writes the PNG.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true)
final class WalletCommand extends CliCommand {
  @Option(names = "--out", paramLabel = "FILE") Path out;

  @Option(names = "--scenario", defaultValue = "approve", paramLabel = "NAME") String scenario;

  @Override
  public Integer call() throws Exception {
    Scenario chosen = Scenario.byId(scenario).orElse(null);
    if (chosen == null) {
      err().println(console().get("cli.wallet.unknownScenario", scenario,
          Arrays.stream(Scenario.values()).map(Scenario::id).collect(Collectors.joining(", "))));
      return ExitStatus.BAD_INPUT;
    }
    try (TerminalContext terminal = CpmPosCommand.open(root().config)) {
      CustomerWallet.WalletQr qr;
      try {
        qr = terminal.wallet().generate(chosen);
      } catch (CustomerWallet.WalletException e) {
        err().println(terminal.messages().get("cli.wallet.generateFailed", e.getMessage()));
        return ExitStatus.FAILED;
      }
      out().println(qr.content());
      out().flush();
      if (out != null) {
        QrImages.writePng(qr.content(), 480, out);
      }
      return ExitStatus.OK;
    }
  }
}
