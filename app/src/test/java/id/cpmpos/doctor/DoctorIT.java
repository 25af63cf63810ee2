package id.cpmpos.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.i18n.Messages;
import id.cpmpos.snap.Pem;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor --json} against the sandbox: passes as configured, fails on each broken thing with its fix. */
class DoctorIT {
  @TempDir Path dir;
  SandboxFixture fixture;

  record Run(int status, JsonNode json, String out) {
    JsonNode check(String name) {
      for (JsonNode c : json.path("checks")) {
        if (name.equals(c.path("name").asText())) {
          return c;
        }
      }
      throw new AssertionError("no check " + name + " in " + out);
    }
  }

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("scanner.webcam", "off"); // no camera on a build machine
    fixture.override("ui.language", "en");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  Run doctor() throws Exception {
    StringWriter out = new StringWriter();
    int status = CpmPosCommand.run(new BufferedReader(new StringReader("")), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), "--config", fixture.config.toString(), "doctor",
        "--json");
    return new Run(status, new ObjectMapper().readTree(out.toString()), out.toString());
  }

  @Test
  void aWellConfiguredTerminalPasses() throws Exception {
    Run run = doctor();
    assertEquals(0, run.status(), run.out());
    assertTrue(run.json().path("ok").asBoolean());
    for (String name : new String[]{"config", "keys", "provider", "tls", "token", "signature",
        "clock", "journal",
        "notify", "scanners"}) {
      assertTrue(run.check(name).path("ok").asBoolean(), name + ": " + run.check(name));
    }
    assertEquals("warn", run.check("tls").path("status").asText(),
        "plain HTTP to the loopback sandbox");
    assertTrue(run.check("journal").path("detail").asText().contains("intact"), run.out());
  }

  @Test
  void aClockFarFromTheProvidersIsAWarningThatSaysBy() throws Exception {
    DoctorReport report = new Doctor(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-95)),
        Map.of(), Messages.forLanguage("en"))
        .examine(fixture.config);
    Check clock = report.checks().stream().filter(c -> c.name().equals("clock")).findFirst()
        .orElseThrow();
    assertEquals(Check.Status.WARN, clock.status(), clock.toString());
    // The provider's time has whole seconds; a slow machine adds a little, never tens of seconds.
    assertTrue(clock.detail().matches(".*by -9[4-7] s.*"), clock.detail());
  }

  @Test
  void aWrongClientSecretFailsTheSignatureCheck() throws Exception {
    fixture.override("client.secret", "not-the-secret-the-provider-has");
    Run run = doctor();
    assertEquals(1, run.status(), run.out());
    assertFalse(run.json().path("ok").asBoolean());
    assertTrue(run.check("token").path("ok").asBoolean(),
        "the token needs no secret: " + run.out());
    JsonNode signature = run.check("signature");
    assertFalse(signature.path("ok").asBoolean(), run.out());
    assertTrue(signature.path("detail").asText().startsWith("401"), signature.toString());
    assertTrue(signature.path("fix").asText().contains("client.secret"), signature.toString());
    assertFalse(run.out().contains("not-the-secret-the-provider-has"),
        "the report never shows the secret");
  }

  @Test
  void aMismatchedKeyPairFails() throws Exception {
    Files.writeString(dir.resolve("partner-public.pem"),
        Pem.encode(Pem.newRsaKeyPair().getPublic()));
    Run run = doctor();
    assertEquals(1, run.status(), run.out());
    JsonNode keys = run.check("keys");
    assertFalse(keys.path("ok").asBoolean(), run.out());
    assertTrue(keys.path("detail").asText().contains("does not belong"), keys.toString());
  }

  @Test
  void aWorldReadableKeyFailsWithTheChmodFix() throws Exception {
    Path key = dir.resolve("partner-private.pem");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    Run run = doctor();
    assertEquals(1, run.status(), run.out());
    JsonNode keys = run.check("keys");
    assertFalse(keys.path("ok").asBoolean(), run.out());
    assertEquals("chmod 600 " + key, keys.path("fix").asText());
    assertTrue(keys.path("detail").asText().contains("rw-r--r--"), keys.toString());
  }
}
