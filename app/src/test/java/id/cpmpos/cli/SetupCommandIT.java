package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup --from FILE} against the sandbox: a good configuration is tested and installed
 * owner-only with absolute key paths, the pepper and the PIN; a wrong secret or an invalid file
 * installs nothing and says why (the provider's code and meaning).
 */
class SetupCommandIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  Path target;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir.resolve("prepared"));
    target = dir.resolve("installed").resolve("terminal.properties");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  record Run(int status, JsonNode json) {}

  Run setup(String stdin, String... extra) throws Exception {
    StringWriter out = new StringWriter();
    String[] args = new String[5 + extra.length];
    args[0] = "--config";
    args[1] = target.toString();
    args[2] = "setup";
    args[3] = "--from=" + fixture.config;
    args[4] = "--json";
    System.arraycopy(extra, 0, args, 5, extra.length);
    int status = CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), args);
    return new Run(status, new ObjectMapper().readTree(out.toString()));
  }

  @Test
  void aGoodConfigurationIsTestedThenInstalledOwnerOnlyWithThePin() throws Exception {
    Run run = setup("482913\n", "--pin-stdin");

    assertEquals(0, run.status(), run.json().toString());
    assertTrue(run.json().path("ok").asBoolean());
    assertTrue(run.json().path("pinSet").asBoolean());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(target.resolveSibling("pin-pepper"))));
    Properties installed = new Properties();
    try (var in = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
      installed.load(in);
    }
    assertTrue(Path.of(installed.getProperty("partner.privateKey")).isAbsolute(),
        "key paths still resolve");
    try (TerminalContext terminal = TerminalContext.open(target, Clock.systemUTC())) {
      assertTrue(terminal.supervisorPin().isSet());
    }
  }

  @Test
  void aWrongSecretInstallsNothingAndShowsTheProvidersAnswer() throws Exception {
    fixture.override("client.secret", "a-wrong-secret-value");
    Run run = setup("");

    assertEquals(1, run.status(), run.json().toString());
    assertFalse(run.json().path("ok").asBoolean());
    assertEquals("signature", run.json().path("step").asText());
    assertTrue(run.json().path("responseCode").asText().startsWith("401"), run.json().toString());
    assertFalse(run.json().path("meaning").asText().isBlank(), run.json().toString());
    assertFalse(Files.exists(target), "nothing installed");
  }

  @Test
  void aMalformedPinCallsNoProviderAndInstallsNothing() throws Exception {
    List<String> traffic = new CopyOnWriteArrayList<>();
    fixture.close();
    fixture = new SandboxFixture(dir.resolve("watched"),
        SandboxOptions.defaults().withTraffic(traffic::add), Clock.systemUTC());

    for (String typed : new String[]{"12\n", "48291x\n", "1234567890123\n", ""}) {
      Run run = setup(typed, "--pin-stdin");

      assertEquals(2, run.status(), run.json().toString());
      assertEquals("pin", run.json().path("step").asText());
      assertFalse(run.json().path("detail").asText().isBlank(), run.json().toString());
      assertFalse(run.json().toString().contains("48291"), "the PIN is never repeated");
    }
    assertTrue(traffic.isEmpty(),
        "no request may reach the provider: " + traffic.size() + " lines");
    assertFalse(Files.exists(target), "nothing installed");
  }

  @Test
  void anInvalidConfigurationInstallsNothing() throws Exception {
    fixture.override("channel.id", "12");
    Run run = setup("");

    assertEquals(2, run.status(), run.json().toString());
    assertEquals("config", run.json().path("step").asText());
    assertTrue(run.json().path("detail").asText().contains("channel.id"), run.json().toString());
    assertFalse(Files.exists(target));
  }
}
