package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.scanner.decode.DecodeResult.Found;
import id.cpmpos.scanner.decode.QrDecoder;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import id.cpmpos.scanner.samples.SampleSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --image} over the generated phone-screen set at 640×480, written as PNG files as a user would have them. */
class ScanCommandIT {
  @TempDir static Path dir;
  static List<Sample> samples;
  static final Map<String, Boolean> readInMemory = new HashMap<>();

  @BeforeAll
  static void writeTheSet() throws Exception {
    samples = SampleSet.standard();
    QrDecoder decoder = new QrDecoder();
    for (Sample s : samples) {
      var frame = PhoneScreenRenderer.render(s, 640, 480, 7);
      ImageIO.write(frame, "png", dir.resolve(s.name() + ".png").toFile());
      readInMemory.put(s.name(), decoder.decode(frame) instanceof Found);
    }
  }

  record Run(int status, String out, String err) {}

  static Run scan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CpmPosCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void decodesTheSetAtTheReportedRateAndNeverReadsANegative() {
    int positives = 0;
    int read = 0;
    for (Sample s : samples) {
      Run r = scan("scan", "--image", dir.resolve(s.name() + ".png").toString());
      assertEquals(readInMemory.get(s.name()), r.status == 0,
          s.name() + ": the command reads exactly what the camera's decoder reads in memory");
      if (s.positive()) {
        positives++;
        if (r.status == 0) {
          assertEquals(s.content(), r.out.trim(), s.name());
          read++;
        } else {
          assertEquals(ExitStatus.FAILED, r.status, s.name());
        }
      } else {
        assertEquals(ExitStatus.FAILED, r.status, s.name() + ": " + r.out);
        assertEquals("", r.out, "nothing on stdout for " + s.name());
      }
    }
    System.out.printf("scan --image on the set at 640x480: %d / %d positives read%n", read,
        positives);
    assertTrue(read >= positives * 0.8,
        "the floor under the rate in the README: " + read + " / " + positives);
  }

  @Test
  void jsonHoldsTheContentFormatAndTimeOnly() throws Exception {
    Sample plain = samples.get(0);
    Run r = scan("scan", "--image", dir.resolve(plain.name() + ".png").toString(), "--json");

    assertEquals(0, r.status, r.err);
    JsonNode json = new ObjectMapper().readTree(r.out);
    assertEquals(plain.content(), json.get("content").asText());
    assertEquals("QR_CODE", json.get("format").asText());
    assertTrue(json.get("millis").asDouble() > 0);
  }

  @Test
  void noCodeExitsOneSayingSo() {
    Run r = scan("scan", "--image", dir.resolve("no-code-screen.png").toString(), "--json");
    assertEquals(1, r.status);
    assertEquals("", r.out);
    assertEquals("no QR code found", r.err.trim());
  }

  @Test
  void aFileThatIsNoImageIsBadInput() throws Exception {
    Path text = Files.writeString(dir.resolve("not-an-image.png"), "hello");
    assertEquals(ExitStatus.BAD_INPUT, scan("scan", "--image", text.toString()).status);
    assertEquals(ExitStatus.BAD_INPUT,
        scan("scan", "--image", dir.resolve("missing.png").toString()).status);
  }
}
