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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code receipt --ref PARTNER_REF [--refund PARTNER_REFUND_NO] [--pdf FILE] [--printer SPEC]}: a
 * receipt from the journal; text on stdout unless written to a PDF or a printer. Exit 0; 1 when the
 * printer or file cannot be written; 2 for an unknown reference or a bad printer spec.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true,
    description = "Print a receipt of a payment (or its cancel) or of one of its refunds, from the journal.")
final class ReceiptCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--refund", paramLabel = "PARTNER_REFUND_NO", description = "a refund of that payment")
  String refund;

  @Option(names = "--pdf", paramLabel = "FILE", description = "write a PDF instead of text")
  Path pdf;

  @Option(names = "--printer", paramLabel = "SPEC",
      description = "send ESC/POS to serial:PORT, tcp:HOST:PORT or file:PATH")
  String printer;

  @Override
  public Integer call() throws Exception {
    try (TerminalContext terminal = CpmPosCommand.open(parent.config)) {
      PrinterSpec target = null;
      Receipt receipt;
      try {
        if (printer != null) {
          target = printerSpec(printer);
        }
        receipt = terminal.receipts().receipt(ref, refund);
      } catch (InputProblem p) {
        spec.commandLine().getErr().println(terminal.messages().get(p.messageKey(), p.args()));
        return ExitStatus.BAD_INPUT;
      }
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
        spec.commandLine().getErr().println(terminal.messages().get("receipt.outputFailed", e.getMessage()));
        return ExitStatus.FAILED;
      }
      if (pdf == null && target == null) {
        spec.commandLine().getOut().print(String.join("\n", lines) + "\n");
        spec.commandLine().getOut().flush();
      }
      return ExitStatus.OK;
    }
  }

  static PrinterSpec printerSpec(String text) throws InputProblem {
    try {
      return PrinterSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputProblem("receipt.printerSpec", text, e.getMessage());
    }
  }
}
