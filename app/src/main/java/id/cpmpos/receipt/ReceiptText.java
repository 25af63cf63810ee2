package id.cpmpos.receipt;

import id.cpmpos.report.Labels;
import id.cpmpos.report.Rupiah;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt as lines of at most {@link #WIDTH} characters: what a 58 mm thermal printer prints in its
 * normal font (80 mm printers print it with a margin), what {@code receipt} writes to stdout and what
 * the PDF shows. A reference never wraps or is cut: each gets a line of its own.
 */
public final class ReceiptText {
  public static final int WIDTH = 32;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

  private ReceiptText() {}

  public static List<String> lines(Receipt r, Labels labels) {
    List<String> out = new ArrayList<>();
    centred(out, r.merchantName());
    centred(out, r.merchantLocation());
    out.add("-".repeat(WIDTH));
    if (r.training()) {
      centred(out, labels.get("receipt.training"));
    }
    centred(out, labels.get("receipt.kind." + r.kind().name()));
    pair(out, labels.get("receipt.date"), r.at().format(WHEN));
    pair(out, labels.get("receipt.terminal"), r.terminalId());
    pair(out, labels.get("receipt.cashier"), r.cashier() == null ? "-" : r.cashier());
    out.add("-".repeat(WIDTH));
    pair(out, labels.get("receipt.amount"), Rupiah.format(r.amount(), r.currency()));
    pair(out, labels.get("receipt.status"), labels.get("receipt.status." + r.status()));
    out.add(labels.get("receipt.partnerReferenceNo"));
    out.add(r.partnerReferenceNo());
    out.add(labels.get("receipt.referenceNo"));
    out.add(r.referenceNo() == null ? "-" : r.referenceNo());
    if (r.kind() == Receipt.Kind.REFUND) {
      out.add(labels.get("receipt.partnerRefundNo"));
      out.add(r.partnerRefundNo());
      out.add(labels.get("receipt.refundNo"));
      out.add(r.refundNo() == null ? "-" : r.refundNo());
    }
    out.add("-".repeat(WIDTH));
    centred(out, labels.get("receipt.thanks"));
    return out;
  }

  public static String text(Receipt r, Labels labels) {
    return String.join("\n", lines(r, labels)) + "\n";
  }

  private static void centred(List<String> out, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String part : wrap(text)) {
      out.add(" ".repeat((WIDTH - part.length()) / 2) + part);
    }
  }

  /** Label left, value right; a value too long for the line goes on the next, whole. */
  private static void pair(List<String> out, String label, String value) {
    int gap = WIDTH - label.length() - value.length();
    if (gap >= 1) {
      out.add(label + " ".repeat(gap) + value);
    } else {
      out.add(label);
      out.addAll(wrap(value));
    }
  }

  private static List<String> wrap(String text) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < text.length(); i += WIDTH) {
      parts.add(text.substring(i, Math.min(text.length(), i + WIDTH)));
    }
    return parts;
  }
}
