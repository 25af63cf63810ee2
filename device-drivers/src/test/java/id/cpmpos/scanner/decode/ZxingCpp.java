package id.cpmpos.scanner.decode;

import id.cpmpos.scanner.samples.Sample;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * zxing-cpp, the strongest open-source reader, as the decode benchmark's second baseline: its
 * WebAssembly build (npm {@code zxing-wasm}, pinned in {@code src/test/node/package-lock.json}) run by
 * Node over the same frames as raw RGBA, so neither side is timed reading a PNG. {@code npm ci} installs
 * it under {@code target/zxing-wasm} on the first run (node_modules is never committed); no Node or npm,
 * or no registry, leaves the zxing-cpp figures out with the reason printed.
 */
final class ZxingCpp {
  private static final Pattern LINE = Pattern.compile(
      "\\{\"file\":\"(.*?)\",\"ms\":([0-9.eE+-]+),\"all\":\\[[^]]*\\],\"texts\":\\[(.*)\\]\\}");

  private ZxingCpp() {}

  record Result(double p50, double p99, double mean, int readCount, boolean[] read,
      String nodeVersion) {}

  /** The directory holding the script and its node_modules, or null (why is printed). */
  static Path install(Path dir) {
    try {
      Files.createDirectories(dir);
      Path source = Path.of("src", "test", "node");
      for (String f : List.of("package.json", "package-lock.json", "zxing-cpp-bench.mjs")) {
        Files.copy(source.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.exists(dir.resolve("node_modules/zxing-wasm/package.json"))) {
        Run npm = run(dir, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"),
            600);
        if (npm.status != 0) {
          System.out.println("zxing-cpp left out: npm ci failed: " + npm.output.strip());
          return null;
        }
      }
      return dir;
    } catch (IOException | InterruptedException e) {
      System.out.println("zxing-cpp left out: " + e.getMessage() + " (needs Node 20 and npm)");
      return null;
    }
  }

  /** The frame as zxing-wasm's ImageData wants it: RGBA bytes, row after row. */
  static Path writeRgba(BufferedImage frame, Path file) throws IOException {
    int w = frame.getWidth();
    int h = frame.getHeight();
    byte[] out = new byte[w * h * 4];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      frame.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int o = (y * w + x) * 4;
        out[o] = (byte) (p >> 16);
        out[o + 1] = (byte) (p >> 8);
        out[o + 2] = (byte) p;
        out[o + 3] = (byte) 0xff;
      }
    }
    Files.write(file, out);
    return file;
  }

  static Result run(Path dir, List<Sample> samples, List<Path> frames, int width, int height,
      int reps)
      throws IOException, InterruptedException {
    StringBuilder manifest = new StringBuilder("[");
    for (int i = 0; i < frames.size(); i++) {
      manifest.append(i == 0 ? "" : ",").append("{\"file\":\"")
          .append(frames.get(i).toAbsolutePath())
          .append("\",\"width\":").append(width).append(",\"height\":").append(height).append('}');
    }
    Path manifestFile = dir.resolve("frames-" + width + ".json");
    Files.writeString(manifestFile, manifest.append(']'), StandardCharsets.UTF_8);
    String version = run(dir, List.of("node", "--version"), 30).output.strip();
    Run node = run(dir,
        List.of("node", "zxing-cpp-bench.mjs", manifestFile.toAbsolutePath().toString(),
            Integer.toString(reps)),
        1800);
    if (node.status != 0) {
      System.out.println("zxing-cpp left out: node failed: " + node.output.strip());
      return null;
    }
    double[] ms = new double[frames.size()];
    boolean[] read = new boolean[frames.size()];
    int count = 0;
    int i = 0;
    for (String line : node.output.split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      ms[i] = Double.parseDouble(m.group(2));
      List<String> texts = texts(m.group(3));
      Sample s = samples.get(i);
      read[i] = switch (s.shows()) {
        case QR -> texts.size() == 1 && texts.get(0).equals(s.content());
        case TWO_QRS -> texts.size() >= 2; // both found: a terminal would refuse the frame, as ours does
        default -> texts.isEmpty();
      };
      count += read[i] ? 1 : 0;
      i++;
    }
    if (i != frames.size()) {
      System.out.println("zxing-cpp left out: " + i + " results for " + frames.size() + " frames");
      return null;
    }
    double mean = Arrays.stream(ms).average().orElse(0);
    Arrays.sort(ms);
    return new Result(percentile(ms, 50), percentile(ms, 99), mean, count, read, version);
  }

  /** The JSON strings of a texts array; the sample set's contents are Base64 and ASCII, no escapes beyond \". */
  private static List<String> texts(String array) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(array);
    while (m.find()) {
      out.add(m.group(1).replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\"));
    }
    return out;
  }

  private record Run(int status, String output) {}

  private static Run run(Path dir, List<String> command, int timeoutSeconds)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(
          String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
    }
    return new Run(p.exitValue(), out);
  }

  private static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
