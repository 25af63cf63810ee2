package id.cpmpos.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.config.LogLocation;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A full payment, refund and cancel through the CLI against the sandbox with the terminal's loggers
 * at TRACE, then careless log lines on purpose; afterwards no log file holds the client secret, the
 * PIN, an access token, a signature or QR content, and every log file is owner-only.
 */
class LogMaskingIT {
  /** Fresh per run: log files outlive a test run, and only this run's values may be looked for. */
  static final String PIN = String.valueOf(100_000 + new SecureRandom().nextInt(900_000));

  @TempDir Path dir;
  SandboxFixture fixture;
  final Set<String> secrets = new CopyOnWriteArraySet<>();
  Level before;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.sandbox.secretsSeen(secrets::add);
    Logger terminal = (Logger) LoggerFactory.getLogger("id.cpmpos");
    before = terminal.getLevel();
    terminal.setLevel(Level.TRACE);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger("id.cpmpos")).setLevel(before);
    fixture.close();
  }

  @Test
  void noSecretReachesAnyLogFile() throws Exception {
    String secret = property("client.secret");
    String qrPaid = fixture.customerQr(Scenario.APPROVE);
    String qrCancelled = fixture.customerQr(Scenario.APPROVE);
    assertEquals(0, cli(PIN + "\n", "set-pin", "--stdin"));
    String paid = reference(qrPaid);
    assertEquals(0,
        cli(PIN + "\n", "refund", "--ref", paid, "--amount", "4000.00", "--pin-stdin", "--json"));
    assertEquals(2, cli("999999\n", "refund", "--ref", paid, "--amount", "1000.00", "--pin-stdin"),
        "a wrong PIN is refused");
    assertEquals(0,
        cli(PIN + "\n", "cancel", "--ref", reference(qrCancelled), "--pin-stdin", "--json"));
    // Careless lines a future change might add: the mask must hold all the same.
    String token = secrets.stream().filter(s -> s.matches("[0-9a-f]{48}")).findFirst()
        .orElseThrow();
    String signature = secrets.stream().filter(s -> s.length() > 80).findFirst().orElseThrow();
    org.slf4j.Logger careless = LoggerFactory.getLogger("id.cpmpos.careless");
    careless.info("config {}", Map.of("client.secret", secret));
    careless.info("sending with token {} and X-SIGNATURE {}", token, signature);
    careless.debug("customer QR {} PIN {}", qrPaid, PIN);
    careless.warn("payment failed",
        new IllegalStateException("qrContent=" + qrCancelled + " pin=" + PIN
            + " Authorization: Bearer " + token));

    assertTrue(secrets.size() >= 5,
        "the sandbox saw the token and a signature per transaction: " + secrets.size());
    List<String> searched = new ArrayList<>(secrets);
    searched.addAll(List.of(secret, qrPaid, qrCancelled));
    List<Path> logs = logFiles();
    assertFalse(logs.isEmpty(), "no log file under " + logDir());
    String all = read(logs);
    assertTrue(all.contains("id.cpmpos.careless"), "the careless lines were written (masked)");
    for (String value : searched) {
      assertFalse(all.contains(value),
          "a log file holds a secret value starting " + value.substring(0, 4));
    }
    // The PIN's digits may occur inside longer numbers (timestamps, references); alone, never.
    assertFalse(Pattern.compile("(?<!\\d)" + PIN + "(?!\\d)").matcher(all).find(),
        "a log file holds the PIN");
    assertTrue(all.contains("[QR sha256:"), "QR content is logged as its hash");
    for (Path log : logs) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)),
          log.toString());
    }
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(logDir())));
  }

  private String reference(String qr) throws Exception {
    StringWriter out = new StringWriter();
    int status = run("", out, "pay", "--amount", "10000.00", "--qr", qr, "--json");
    assertEquals(0, status, out.toString());
    return new ObjectMapper().readTree(out.toString()).path("partnerReferenceNo").asText();
  }

  private int cli(String stdin, String... args) {
    return run(stdin, new StringWriter(), args);
  }

  private int run(String stdin, StringWriter out, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = fixture.config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), all);
  }

  private String property(String key) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(fixture.config, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p.getProperty(key);
  }

  private static Path logDir() {
    return Path.of(System.getProperty(LogLocation.PROPERTY));
  }

  private static List<Path> logFiles() throws IOException {
    try (Stream<Path> files = Files.list(logDir())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".log")).toList();
    }
  }

  private static String read(List<Path> files) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      sb.append(Files.readString(f, StandardCharsets.UTF_8));
    }
    return sb.toString();
  }
}
