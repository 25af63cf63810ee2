package id.cpmpos.testing;

import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.boot.SandboxConfigWriter;
import id.cpmpos.sandbox.SandboxProvider;
import id.cpmpos.snap.CpmPayload;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** A real sandbox provider on 127.0.0.1 (port 0) and a terminal.properties pointing at it. */
public final class SandboxFixture implements AutoCloseable {
  private static final AtomicInteger QR_SEQUENCE = new AtomicInteger();
  public final SandboxProvider sandbox;
  public final Path config;

  public SandboxFixture(Path dir) throws IOException {
    sandbox = new SandboxProvider(SandboxCredentials.generate(), Clock.systemUTC()).start(0);
    config = dir.resolve("terminal.properties");
    SandboxConfigWriter.write(config, sandbox);
  }

  /** A fresh, well-formed QRIS CPM payload as a wallet would show it. */
  public static String customerQr() {
    return CpmPayload.build("9360000012345678" + String.format("%03d", QR_SEQUENCE.incrementAndGet() % 1000),
        "ISSUERDATA" + System.nanoTime());
  }

  /** Rewrites one key of the configuration (e.g. a wrong client.secret). */
  public void override(String key, String value) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    p.setProperty(key, value);
    try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
