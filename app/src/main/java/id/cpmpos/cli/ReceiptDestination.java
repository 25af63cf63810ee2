package id.cpmpos.cli;

import id.cpmpos.receipt.EscPosPrinter;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.receipt.ReceiptPdf;
import id.cpmpos.terminal.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where {@code receipt} sends a receipt: a PDF file, an ESC/POS printer, both, or (neither given)
 * standard output as text.
 */
final class ReceiptDestination {
  @Option(names = "--pdf", paramLabel = "FILE") Path pdf;

  @Option(names = "--printer", paramLabel = "SPEC") String printer;

  /** The printer, if one was named; a spec that does not parse is bad input. */
  PrinterSpec printerSpec() throws InputProblem {
    if (printer == null) {
      return null;
    }
    try {
      return PrinterSpec.parse(printer);
    } catch (IllegalArgumentException e) {
      throw new InputProblem("receipt.printerSpec", printer, e.getMessage());
    }
  }

  /** Writes the receipt's lines to the PDF and the printer, or as text to {@code text}. */
  void write(List<String> lines, String partnerReferenceNo, PrinterSpec target, PrintWriter text)
      throws IOException {
    if (pdf != null) {
      try (OutputStream out = Files.newOutputStream(pdf)) {
        ReceiptPdf.write(lines, partnerReferenceNo, out);
      }
    }
    if (target != null) {
      EscPosPrinter.print(lines, target);
    }
    if (pdf == null && target == null) {
      text.print(String.join("\n", lines) + "\n");
      text.flush();
    }
  }
}
