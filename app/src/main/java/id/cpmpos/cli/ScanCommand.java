package id.cpmpos.cli;

import id.cpmpos.scanner.decode.DecodeResult;
import id.cpmpos.scanner.image.ImageScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scan --image FILE [--json]}: decodes a picture with the webcam's decoder, for checking a
 * camera snapshot or a screenshot of a phone. Needs no configuration and sends nothing.
 */
@Command(name = "scan", mixinStandardHelpOptions = true)
final class ScanCommand extends CliCommand {
  @Option(names = "--image", required = true, paramLabel = "FILE") Path image;

  @Mixin JsonOutput output;

  @Override
  public Integer call() {
    DecodeResult result;
    try {
      result = ImageScanner.decodeFile(image);
    } catch (IOException e) {
      err().println(console().get("cli.scan.unreadable", image, e.getMessage()));
      return ExitStatus.BAD_INPUT;
    }
    if (result instanceof DecodeResult.Found found) {
      output.print(() -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("content", found.content());
        m.put("format", found.format());
        m.put("millis", Math.round(found.took().toNanos() / 1e4) / 100.0);
        return m;
      }, out -> out.println(found.content()));
      return ExitStatus.OK;
    }
    if (result instanceof DecodeResult.Ambiguous a) {
      err().println(console().get("cli.scan.ambiguous", a.count()));
    } else {
      err().println(console().get("cli.scan.none"));
    }
    return ExitStatus.FAILED;
  }
}
