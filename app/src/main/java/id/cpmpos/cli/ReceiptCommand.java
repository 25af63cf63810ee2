package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.receipt.Receipt;
import id.cpmpos.receipt.ReceiptText;
import id.cpmpos.terminal.InputProblem;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code receipt --ref PARTNER_REF [--refund PARTNER_REFUND_NO] [--pdf FILE] [--printer SPEC]}: a
 * receipt from the journal; text on stdout unless written to a PDF or a printer. Exit 0; 1 when the
 * printer or file cannot be written; 2 for an unknown reference or a bad printer spec.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true)
final class ReceiptCommand extends TerminalCommand {
  @Mixin PaymentReference payment;

  @Option(names = "--refund", paramLabel = "PARTNER_REFUND_NO") String refund;

  @Mixin ReceiptDestination destination;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    PrinterSpec target = destination.printerSpec();
    Receipt receipt = terminal.receipts().receipt(payment.partnerReferenceNo, refund);
    List<String> lines = ReceiptText.lines(receipt, terminal.messages()::get);
    try {
      destination.write(lines, receipt.partnerReferenceNo(), target, out());
    } catch (IOException e) {
      err().println(terminal.messages().get("receipt.outputFailed", e.getMessage()));
      return ExitStatus.FAILED;
    }
    return ExitStatus.OK;
  }
}
