package id.cpmpos.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment and a refund against the sandbox, then {@code support-bundle}: the zip holds the
 * configuration, the doctor's report, the journal's summary and the logs, and none of the secret
 * values used (client secret, PIN, tokens, signatures, QR contents, the private key, the PIN pepper).
 */
class SupportBundleIT {
  static final String PIN = String.valueOf(100_000 + new SecureRandom().nextInt(900_000));

  @TempDir Path dir;
  SandboxFixture fixture;
  final Set<String> secrets = new CopyOnWriteArraySet<>();

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("scanner.webcam", "off");
    fixture.sandbox.secretsSeen(secrets::add);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theBundleHoldsWhatSupportNeedsAndNoSecret() throws Exception {
    String qr = fixture.customerQr(Scenario.APPROVE);
    assertEquals(0, cli(PIN + "\n", new StringWriter(), "set-pin", "--stdin"));
    StringWriter paid = new StringWriter();
    assertEquals(0, cli("", paid, "pay", "--amount", "10000.00", "--qr", qr, "--json"),
        paid.toString());
    String ref = new ObjectMapper().readTree(paid.toString()).path("partnerReferenceNo").asText();
    assertEquals(0, cli(PIN + "\n", new StringWriter(), "refund", "--ref", ref, "--amount",
        "2500.00", "--pin-stdin"));
    Path zip = dir.resolve("support.zip");

    StringWriter out = new StringWriter();
    assertEquals(0, cli("", out, "support-bundle", "--out", zip.toString(), "--json"),
        out.toString());

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)));
    Map<String, String> entries = unzip(zip);
    assertTrue(
        entries.keySet().containsAll(List.of("about.json", "terminal.properties", "doctor.json",
            "journal.json")),
        entries.keySet().toString());
    assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith("logs/")),
        entries.keySet().toString());
    assertTrue(entries.get("terminal.properties").contains("client.secret=(removed)"));
    assertTrue(entries.get("terminal.properties").contains("merchant.id="),
        "the settings are there");
    JsonNode doctor = new ObjectMapper().readTree(entries.get("doctor.json"));
    assertTrue(doctor.path("ok").asBoolean(), entries.get("doctor.json"));
    JsonNode journal = new ObjectMapper().readTree(entries.get("journal.json"));
    assertEquals(1, journal.path("payments").asInt(), entries.get("journal.json"));
    assertTrue(journal.path("auditIntact").asBoolean());
    assertEquals(64, journal.path("auditHead").asText().length());

    List<String> searched = new ArrayList<>(secrets);
    assertTrue(searched.size() >= 3, "token and signatures seen: " + searched.size());
    searched.add(property("client.secret"));
    searched.add(qr);
    searched.add(pemBody(dir.resolve("partner-private.pem")));
    searched.add(Files.readString(dir.resolve("pin-pepper")).strip());
    String all = String.join("\n", entries.values());
    for (String secret : searched) {
      assertFalse(all.contains(secret),
          "the bundle holds a secret starting " + secret.substring(0, 4));
    }
    assertFalse(Pattern.compile("(?<!\\d)" + PIN + "(?!\\d)").matcher(all).find(), "the PIN");
    assertFalse(all.contains("hQVDUFYwM"), "no QR content");
  }

  private int cli(String stdin, StringWriter out, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = fixture.config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), all);
  }

  private String property(String key) throws Exception {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(fixture.config, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p.getProperty(key);
  }

  /** A run of the key's Base64 long enough to be unique: any piece of it must not be in the zip. */
  private static String pemBody(Path pem) throws Exception {
    String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return body.substring(100, 160);
  }

  private static Map<String, String> unzip(Path zip) throws Exception {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
