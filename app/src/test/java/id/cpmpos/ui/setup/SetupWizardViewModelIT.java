package id.cpmpos.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.GuiLauncher;
import id.cpmpos.ui.TaskExecutor;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up wizard without a stage, against the real sandbox on a loopback port: each answer is
 * checked where it is typed, in the wizard's language; a refused or unreachable provider saves nothing;
 * an accepted one installs the configuration owner-only with the secret in a file of its own, and the PIN.
 */
class SetupWizardViewModelIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  Properties sandbox = new Properties();
  FirstRunSetup setup;
  final Executor direct = Runnable::run;
  SetupWizardViewModel vm;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(Files.createDirectories(dir.resolve("from-the-provider")));
    try (var in = Files.newBufferedReader(fixture.config, StandardCharsets.UTF_8)) {
      sandbox.load(in);
    }
    setup = new FirstRunSetup(dir.resolve("config/cpm-pos/terminal.properties"),
        dir.resolve("data/journal.db"),
        dir.resolve("demo/journal.db"), Files.createDirectories(dir.resolve("staging")), Map.of(),
        Clock.systemUTC());
    vm = new SetupWizardViewModel(setup, "en", GuiLauncher::startServices,
        new TaskExecutor(direct, direct));
  }

  @AfterEach
  void stop() {
    TerminalContext opened = vm.openedProperty().get();
    if (opened != null) {
      opened.close();
    }
    vm.close();
    fixture.close();
  }

  /** The answers an installer would type, from what the provider (the sandbox) issued. */
  void fillIn(String secret) {
    Path from = fixture.config.getParent();
    vm.value(SetupField.BASE_URL).set(sandbox.getProperty("provider.baseUrl"));
    vm.value(SetupField.PARTNER_ID).set(sandbox.getProperty("partner.id"));
    vm.value(SetupField.CLIENT_KEY).set(sandbox.getProperty("client.key"));
    vm.value(SetupField.CHANNEL_ID).set(sandbox.getProperty("channel.id"));
    vm.value(SetupField.PRIVATE_KEY).set(from.resolve("partner-private.pem").toString());
    vm.value(SetupField.PROVIDER_KEY).set(from.resolve("provider-public.pem").toString());
    vm.value(SetupField.CLIENT_SECRET).set(secret);
    vm.value(SetupField.MERCHANT_ID).set(sandbox.getProperty("merchant.id"));
    vm.value(SetupField.SUB_MERCHANT_ID).set("310928924949487");
    vm.value(SetupField.EXTERNAL_STORE_ID).set("STORE07");
    vm.value(SetupField.TERMINAL_ID).set("T0000007");
    vm.value(SetupField.MERCHANT_NAME).set("Toko Maju Jaya");
    vm.value(SetupField.MERCHANT_LOCATION).set("Jakarta Pusat");
  }

  void toTestPage() {
    assertTrue(vm.next(), "provider page: " + errors());
    assertTrue(vm.next(), "keys page: " + errors());
    assertTrue(vm.next(), "merchant page: " + errors());
    assertEquals(SetupPage.TEST, vm.pageProperty().get());
  }

  String errors() {
    StringBuilder b = new StringBuilder();
    for (SetupField f : SetupField.values()) {
      if (!vm.error(f).get().isEmpty()) {
        b.append(f).append('=').append(vm.error(f).get()).append("; ");
      }
    }
    return b.toString();
  }

  /** Nothing in the configuration's directory, and nothing left of the wizard's staging. */
  void assertNothingSaved() throws Exception {
    assertFalse(Files.exists(setup.configFile().getParent()),
        "the configuration directory was created");
    assertFalse(Files.exists(setup.journal()), "a journal was created");
    try (Stream<Path> left = Files.list(setup.stagingRoot())) {
      assertEquals(0, left.count(), "the staged answers were not deleted");
    }
  }

  @Test
  void eachPageRefusesWhatTheConfigurationWouldRefuseInTheWizardsLanguage() throws Exception {
    assertFalse(vm.next());
    assertEquals(SetupPage.PROVIDER, vm.pageProperty().get());
    assertEquals("Required.", vm.error(SetupField.BASE_URL).get());
    assertEquals("Required.", vm.error(SetupField.CHANNEL_ID).get());

    vm.value(SetupField.BASE_URL).set("http://api.bank.co.id/snap"); // clear text over the network
    vm.value(SetupField.PARTNER_ID).set("x".repeat(65));
    vm.value(SetupField.CLIENT_KEY).set("client");
    vm.value(SetupField.CHANNEL_ID).set("9522");
    assertFalse(vm.next());
    assertTrue(vm.error(SetupField.BASE_URL).get().startsWith("An https:// address"), errors());
    assertEquals("At most 64 characters.", vm.error(SetupField.PARTNER_ID).get());
    assertEquals("", vm.error(SetupField.CLIENT_KEY).get());
    assertEquals("Five digits, e.g. 95221.", vm.error(SetupField.CHANNEL_ID).get());

    vm.value(SetupField.BASE_URL).set("http://127.0.0.1:8080/snap"); // this computer: the sandbox
    vm.value(SetupField.PARTNER_ID).set("x".repeat(64));
    vm.value(SetupField.CHANNEL_ID).set("95221");
    assertTrue(vm.next(), errors());

    Path notAKey = Files.writeString(dir.resolve("notes.pem"),
        "-----BEGIN PRIVATE KEY-----\nnot base64\n");
    vm.value(SetupField.PRIVATE_KEY).set(notAKey.toString());
    vm.value(SetupField.PROVIDER_KEY).set(dir.resolve("missing.pem").toString());
    assertFalse(vm.next());
    assertTrue(vm.error(SetupField.PRIVATE_KEY).get().startsWith("Not an RSA private key in PEM"),
        errors());
    assertEquals("No readable file at " + dir.resolve("missing.pem") + ".",
        vm.error(SetupField.PROVIDER_KEY).get());
    assertEquals("Required.", vm.error(SetupField.CLIENT_SECRET).get());

    vm.value(SetupField.PRIVATE_KEY)
        .set(fixture.config.resolveSibling("provider-public.pem").toString());
    vm.value(SetupField.PROVIDER_KEY)
        .set(fixture.config.resolveSibling("partner-private.pem").toString());
    assertFalse(vm.next());
    assertTrue(vm.error(SetupField.PRIVATE_KEY).get().startsWith("Not an RSA private key"),
        errors());
    assertTrue(vm.error(SetupField.PROVIDER_KEY).get().startsWith("Not an RSA public key"),
        errors());

    vm.value(SetupField.PRIVATE_KEY)
        .set(fixture.config.resolveSibling("partner-private.pem").toString());
    vm.value(SetupField.PROVIDER_KEY).set(""); // optional
    vm.value(SetupField.CLIENT_SECRET).set("s3cret-value");
    assertTrue(vm.next(), errors());

    vm.value(SetupField.MERCHANT_ID).set("M1");
    vm.value(SetupField.SUB_MERCHANT_ID).set("9".repeat(33));
    vm.value(SetupField.TERMINAL_ID).set("T".repeat(33));
    assertFalse(vm.next());
    assertEquals("At most 32 characters.", vm.error(SetupField.SUB_MERCHANT_ID).get());
    assertEquals("At most 32 characters.", vm.error(SetupField.TERMINAL_ID).get());
    assertEquals(SetupPage.MERCHANT, vm.pageProperty().get());

    assertTrue(vm.back());
    assertTrue(vm.back());
    assertEquals(SetupPage.PROVIDER, vm.pageProperty().get());
    assertFalse(vm.back(), "nothing before the first page (the screen goes back to the doors)");
    assertNothingSaved();
  }

  @Test
  void indonesianIsTheWizardsOtherLanguage() {
    SetupWizardViewModel id = new SetupWizardViewModel(setup, "id", GuiLauncher::startServices,
        new TaskExecutor(direct, direct));
    id.value(SetupField.CHANNEL_ID).set("12");
    assertFalse(id.next());
    assertEquals("Wajib diisi.", id.error(SetupField.BASE_URL).get());
    assertEquals("Lima angka, mis. 95221.", id.error(SetupField.CHANNEL_ID).get());
  }

  @Test
  void aWrongSecretShowsTheProvidersCodeAndMeaningAndSavesNothing() throws Exception {
    fillIn("a-wrong-secret-value");
    toTestPage();

    vm.testConnection();

    assertTrue(vm.testFailedProperty().get());
    String result = vm.testResultProperty().get();
    assertTrue(
        result.startsWith("The provider refused the signed test request: check the client secret."),
        result);
    assertTrue(result.contains("Provider's answer: 401"), result);
    assertTrue(result.contains("What it means: "), result);
    assertFalse(result.contains("a-wrong-secret-value"), "the secret is never shown");
    assertEquals(SetupPage.TEST, vm.pageProperty().get());
    assertNull(vm.openedProperty().get());
    assertNothingSaved();
  }

  @Test
  void anUnreachableProviderSavesNothing() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort(); // free again once closed: nothing listens there
    }
    fillIn(sandbox.getProperty("client.secret"));
    vm.value(SetupField.BASE_URL).set("http://127.0.0.1:" + closed + "/snap");
    toTestPage();

    vm.testConnection();

    assertTrue(vm.testFailedProperty().get());
    assertTrue(vm.testResultProperty().get().startsWith("The provider could not be reached ("),
        vm.testResultProperty().get());
    assertNothingSaved();
  }

  @Test
  void anAcceptedTestInstallsOwnerOnlyWithTheSecretApartThenSetsThePin() throws Exception {
    String secret = sandbox.getProperty("client.secret");
    fillIn(secret);
    toTestPage();

    vm.testConnection();

    assertFalse(vm.testFailedProperty().get(), vm.testResultProperty().get());
    assertEquals(SetupPage.PIN, vm.pageProperty().get());
    assertFalse(vm.back(), "the configuration is installed: no way back to change it here");
    assertEquals("", vm.value(SetupField.CLIENT_SECRET).get(),
        "the secret is not kept once it is in its file");
    Path config = setup.configFile();
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(config.getParent())));
    String text = Files.readString(config);
    assertFalse(text.contains(secret), "the secret is in its own file");
    Properties installed = new Properties();
    installed.load(new StringReader(text));
    Path secretFile = Path.of(installed.getProperty("client.secretFile"));
    assertEquals(secret, Files.readString(secretFile));
    for (Path f : new Path[]{secretFile, Path.of(installed.getProperty("partner.privateKey")),
        config.resolveSibling("pin-pepper")}) {
      assertEquals(config.getParent(), f.getParent(), f + " beside the configuration");
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
          f.toString());
    }
    assertEquals("T0000007", installed.getProperty("terminal.id"));
    assertEquals("en", installed.getProperty("ui.language"));
    assertEquals(setup.journal().toString(), installed.getProperty("journal.path"));
    try (Stream<Path> left = Files.list(setup.stagingRoot())) {
      assertEquals(0, left.count(), "the staged answers were deleted");
    }

    vm.finish("4829".toCharArray(), "4828".toCharArray());
    assertEquals("The two PINs differ: type the same PIN twice.", vm.pinProblemProperty().get());
    vm.finish("48".toCharArray(), "48".toCharArray());
    assertEquals("The PIN must be 4-12 digits.", vm.pinProblemProperty().get());
    assertNull(vm.openedProperty().get());

    vm.finish("482913".toCharArray(), "482913".toCharArray());

    assertEquals("", vm.pinProblemProperty().get());
    TerminalContext terminal = vm.openedProperty().get();
    assertNotEquals(null, terminal);
    assertEquals("T0000007", terminal.config().merchant().terminalId());
    terminal.supervisorPin().check("482913".toCharArray()); // throws if the PIN were not this one
  }
}
