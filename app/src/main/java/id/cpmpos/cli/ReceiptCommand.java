package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.receipt.EscPosPrinter;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.receipt.Receipt;
import id.cpmpos.receipt.ReceiptPdf;
import id.cpmpos.receipt.ReceiptText;
import id.cpmpos.terminal.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code receipt --ref PARTNER_REF [--refund PARTNER_REFUND_NO] [--pdf FILE] [--printer SPEC]}: a
 * receipt from the journal; text on stdout unless written to a PDF or a printer. Exit 0; 1 when the
 * printer or file cannot be written; 2 for an unknown reference or a bad printer spec.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true, description = "Print a receipt of a payment (or its cancel) or of one of its refunds, from the journal.")
final class ReceiptCommand extends TerminalCommand {
  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--refund", paramLabel = "PARTNER_REFUND_NO", description = "a refund of that payment")
  String refund;

  @Option(names = "--pdf", paramLabel = "FILE", description = "write a PDF instead of text")
  Path pdf;

  @Option(names = "--printer", paramLabel = "SPEC", description = "send ESC/POS to serial:PORT, tcp:HOST:PORT or file:PATH")
  String printer;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    PrinterSpec target = printer == null ? null : printerSpec(printer);
    Receipt receipt = terminal.receipts().receipt(ref, refund);
    List<String> lines = ReceiptText.lines(receipt, terminal.messages()::get);
    try {
      if (pdf != null) {
        try (OutputStream out = Files.newOutputStream(pdf)) {
          ReceiptPdf.write(lines, receipt.partnerReferenceNo(), out);
        }
      }
      if (target != null) {
        EscPosPrinter.print(lines, target);
      }
    } catch (IOException e) {
      err().println(terminal.messages().get("receipt.outputFailed", e.getMessage()));
      return ExitStatus.FAILED;
    }
    if (pdf == null && target == null) {
      out().print(String.join("\n", lines) + "\n");
      out().flush();
    }
    return ExitStatus.OK;
  }

  static PrinterSpec printerSpec(String text) throws InputProblem {
    try {
      return PrinterSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputProblem("receipt.printerSpec", text, e.getMessage());
    }
  }
}
