package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.chain.ChainReplicator;
import id.cpmpos.report.Rupiah;
import id.cpmpos.sync.PendingSummary;
import id.cpmpos.sync.SyncWorker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync [--once] [--json]}: finishes what the journal holds unfinished (queries unknown
 * payments, sends queued cancels and refunds). With {@code --once}, one pass over everything, then
 * exit 0 when nothing is left pending, 3 when something is. Without it, runs until stopped and, when
 * {@code notify.port} is set, hosts the notify receiver, so a counter without the GUI open still
 * receives notifications.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends CliCommand {
  @Option(names = "--once") boolean once;

  @Mixin JsonOutput output;

  @Override
  public Integer call() throws Exception {
    TerminalContext terminal = CpmPosCommand.open(root().config);
    if (once) {
      try (terminal) {
        SyncWorker.Pass pass = terminal.sync().runOnce(true);
        // One bounded push to the chain ledger, if there is one; its outage never changes the exit status.
        ChainReplicator.Cycle chain = terminal.chain().map(ChainReplicator::runOnce).orElse(null);
        print(terminal, pass, chain);
        return pass.remaining().isEmpty() ? ExitStatus.OK : ExitStatus.PENDING;
      }
    }
    CountDownLatch stopped = closedOnStop("cpm-pos-sync-stop", terminal::close);
    terminal.startNotifyReceiver();
    terminal.sync().start();
    terminal.startChain();
    err().println(terminal.messages().get("cli.sync.running"));
    stopped.await();
    return ExitStatus.OK;
  }

  private void print(TerminalContext terminal, SyncWorker.Pass pass, ChainReplicator.Cycle chain) {
    PendingSummary left = pass.remaining();
    String ledger = chain == null ? null : chain.ok() ? "REACHABLE" : "UNREACHABLE";
    output.print(() -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("attempted", pass.attempted());
      m.put("finished", pass.finished());
      m.put("pending", left.count());
      Map<String, String> totals = new TreeMap<>();
      left.totals().forEach((currency, total) -> totals.put(currency, total.toPlainString()));
      m.put("pendingTotals", totals);
      m.put("oldestPendingSeconds", left.oldestAge().toSeconds());
      m.put("provider", terminal.connectivity().state().name());
      if (chain != null) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("pushed", chain.pushed());
        c.put("behind", chain.behind());
        c.put("notifiesApplied", chain.notifiesApplied());
        c.put("ledger", ledger);
        m.put("chain", c);
      }
      return m;
    }, out -> {
      out.println(terminal.messages().get("cli.sync.summary", pass.attempted(), pass.finished(),
          left.count(),
          left.totals().entrySet().stream().map(t -> Rupiah.format(t.getValue(), t.getKey()))
              .collect(Collectors.joining(" + ")),
          left.oldestAge().toSeconds(), terminal.connectivity().state().name()));
      if (chain != null) {
        out.println(terminal.messages().get("cli.sync.chain", chain.pushed(), chain.behind(),
            chain.notifiesApplied(), ledger));
      }
    });
  }
}
