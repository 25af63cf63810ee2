package id.cpmpos.ui;

import id.cpmpos.i18n.Messages;
import javafx.print.PrinterJob;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** Prints monospaced text through the operating system's printer dialog (JavaFX printing). */
public final class Paper {
  private Paper() {}

  /** Shows the OS print dialog and prints; returns what to tell the cashier. */
  public static String print(String text, Window owner, Messages messages) {
    PrinterJob job = PrinterJob.createPrinterJob();
    if (job == null) {
      return messages.get("report.noPrinter");
    }
    if (!job.showPrintDialog(owner)) {
      job.cancelJob();
      return "";
    }
    Text page = new Text(text);
    page.setFont(Font.font("Monospaced", 9));
    boolean printed = job.printPage(page) && job.endJob();
    return messages.get(printed ? "report.printed" : "report.printFailed");
  }
}
