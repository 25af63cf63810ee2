package id.cpmpos.sandbox;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Renders QR content as an image, the way a wallet app shows it: error correction M, quiet zone 4. */
public final class QrImages {
  private QrImages() {}

  public static BufferedImage render(String content, int size) {
    return MatrixToImageWriter.toBufferedImage(matrix(content, size));
  }

  public static void writePng(String content, int size, Path file) throws IOException {
    MatrixToImageWriter.writeToPath(matrix(content, size), "PNG", file);
  }

  private static BitMatrix matrix(String content, int size) {
    try {
      return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN,
              4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("content does not fit in a QR code", e);
    }
  }
}
