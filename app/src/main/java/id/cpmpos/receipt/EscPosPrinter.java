package id.cpmpos.receipt;

import com.github.anastaciocintra.escpos.EscPos;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Prints lines on an ESC/POS thermal printer (escpos-coffee): initialise (ESC @), the lines, a few
 * blank lines so the last one clears the cutter, then a full cut (GS V 0). Nothing is sent after the cut.
 */
public final class EscPosPrinter {
  private static final int FEED_BEFORE_CUT = 4;

  private EscPosPrinter() {}

  public static void print(List<String> lines, PrinterSpec spec) throws IOException {
    try (OutputStream out = spec.open()) {
      print(lines, out);
    }
  }

  static void print(List<String> lines, OutputStream out) throws IOException {
    EscPos escpos = new EscPos(out);
    escpos.setCharsetName("cp437");
    escpos.initializePrinter();
    for (String line : lines) {
      escpos.writeLF(line);
    }
    escpos.feed(FEED_BEFORE_CUT);
    escpos.cut(EscPos.CutMode.FULL);
    escpos.flush();
  }
}
