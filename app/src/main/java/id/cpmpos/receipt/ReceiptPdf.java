package id.cpmpos.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The receipt as a one-page PDF the size of an 80 mm paper roll (Apache PDFBox), in Courier: the
 * same lines as on paper, so what the customer is mailed matches what the printer gives.
 */
public final class ReceiptPdf {
  private static final float POINTS_PER_MM = 72f / 25.4f;
  private static final float WIDTH = 80 * POINTS_PER_MM;
  private static final float MARGIN = 5 * POINTS_PER_MM;
  private static final float FONT_SIZE = 10.5f;
  private static final float LEADING = 13f;

  private ReceiptPdf() {}

  public static void write(List<String> lines, String title, OutputStream out) throws IOException {
    float height = 2 * MARGIN + lines.size() * LEADING;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(WIDTH, height));
      doc.addPage(page);
      doc.getDocumentInformation().setTitle(title);
      doc.getDocumentInformation().setCreator("cpm-pos");
      PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(courier, FONT_SIZE);
        text.setLeading(LEADING);
        text.newLineAtOffset(MARGIN, height - MARGIN - FONT_SIZE);
        for (String line : lines) {
          text.showText(winAnsi(line));
          text.newLine();
        }
        text.endText();
      }
      doc.save(out);
    }
  }

  /** The standard Courier font has WinAnsi glyphs only; anything else (a name in another script) prints as '?'. */
  private static String winAnsi(String line) {
    StringBuilder b = new StringBuilder(line.length());
    line.codePoints()
        .forEach(cp -> b.append(cp < 0x100 && !Character.isISOControl(cp) ? (char) cp : '?'));
    return b.toString();
  }
}
