package id.cpmpos.cli;

import id.cpmpos.scanner.decode.DecodeResult;
import id.cpmpos.scanner.image.ImageScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scan --image FILE [--json]}: decodes a picture with the webcam's decoder, for checking a
 * camera snapshot or a screenshot of a phone. Needs no configuration and sends nothing.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Decode the QR code in an image file with the terminal's decoder.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:one QR code found and printed", "1:no QR code found, or more than one",
        "2:the file cannot be read as an image"})
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--image", required = true, paramLabel = "FILE", description = "PNG, JPEG, GIF or BMP")
  Path image;

  @Option(names = "--json", description = "print {\"content\", \"format\", \"millis\"}")
  boolean json;

  @Override
  public Integer call() {
    DecodeResult result;
    try {
      result = ImageScanner.decodeFile(image);
    } catch (IOException e) {
      spec.commandLine().getErr().println("cannot read image: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
    if (result instanceof DecodeResult.Found found) {
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content", found.content());
        out.put("format", found.format());
        out.put("millis", Math.round(found.took().toNanos() / 1e4) / 100.0);
        Output.json(spec.commandLine().getOut(), out);
      } else {
        spec.commandLine().getOut().println(found.content());
        spec.commandLine().getOut().flush();
      }
      return ExitStatus.OK;
    }
    if (result instanceof DecodeResult.Ambiguous a) {
      spec.commandLine().getErr().println(a.count() + " different QR codes found: show one at a time");
    } else {
      spec.commandLine().getErr().println("no QR code found");
    }
    return ExitStatus.FAILED;
  }
}
