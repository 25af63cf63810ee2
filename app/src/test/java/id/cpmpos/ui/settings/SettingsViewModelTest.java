package id.cpmpos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.Journal;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.testing.ManualTicks;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.TaskExecutor;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings screen without a stage: the first PIN, changing it, wrong and locked PINs, saving to
 * a real configuration file (validated, only what changed, comments and permissions kept), a bad
 * value that changes nothing, demo mode, and the supervisor session's idle end on a driven clock.
 */
class SettingsViewModelTest {
  static final Executor NOW = Runnable::run;

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:00:00Z"));
  final ManualTicks ticks = new ManualTicks();
  final List<TerminalConfig> applied = new ArrayList<>();
  final List<Boolean> languageChanges = new ArrayList<>();
  SandboxFixture fixture;
  Journal journal;
  SupervisorPin pins;
  SupervisorSessions sessions;

  @BeforeEach
  void open() throws Exception {
    fixture = new SandboxFixture(dir.resolve("sbx"));
    journal = Journal.open(dir.resolve("journal.db"), clock, ZoneId.of("Asia/Jakarta"));
    pins = new SupervisorPin(journal, 1000, clock);
    sessions = new SupervisorSessions(clock, Duration.ofMinutes(3), ticks);
  }

  @AfterEach
  void close() {
    journal.close();
    fixture.close();
  }

  SettingsViewModel vm(String language, Optional<Path> file) throws Exception {
    TerminalConfig start = ConfigLoader.load(fixture.config);
    SettingsViewModel vm = new SettingsViewModel(pins, Messages.forLanguage(language), file,
        () -> start, sessions,
        (saved, languageChanged) -> {
          applied.add(saved);
          languageChanges.add(languageChanged);
        }, () -> List.of("/dev/ttyS0"), clock, new TaskExecutor(NOW, NOW));
    vm.refresh();
    return vm;
  }

  static char[] c(String s) {
    return s.toCharArray();
  }

  @Test
  void theFirstPinIsSetOnlyWhileThereIsNoneAndChangingItNeedsTheCurrentOne() throws Exception {
    SettingsViewModel vm = vm("en", Optional.of(fixture.config));
    assertFalse(vm.pinSetProperty().get());
    char[] typed = c("2468");
    vm.setPin(null, typed, c("2469"));
    assertEquals("The new PIN and its repetition differ. Nothing was changed.",
        vm.problemProperty().get());
    assertFalse(pins.isSet());
    assertArrayEquals(new char[4], typed, "the PIN does not linger in memory");

    vm.setPin(null, c("2468"), c("2468"));
    assertTrue(vm.pinSetProperty().get());
    assertEquals("Supervisor PIN set. Enter it to open the settings.", vm.noticeProperty().get());
    assertFalse(vm.unlockedProperty().get(), "setting the first PIN opens no session");

    vm.setPin(null, c("1111"), c("1111"));
    assertEquals("Settings are locked: enter the supervisor PIN.", vm.problemProperty().get(),
        "a second 'first PIN' is refused once one exists");
    assertDoesNotThrow(() -> pins.check(c("2468")));

    vm.unlock(c("2468"));
    assertTrue(vm.unlockedProperty().get());
    vm.setPin(c(""), c("13579"), c("13579"));
    assertEquals("Enter the current PIN to change it.", vm.problemProperty().get());
    vm.setPin(c("1111"), c("13579"), c("13579"));
    assertEquals("Wrong supervisor PIN (1 of 5 tries).", vm.problemProperty().get());
    vm.setPin(c("2468"), c("13579"), c("13579"));
    assertEquals("Supervisor PIN changed.", vm.noticeProperty().get());
    vm.lock();
    vm.unlock(c("2468"));
    assertFalse(vm.unlockedProperty().get(), "the old PIN no longer opens it");
    vm.unlock(c("13579"));
    assertTrue(vm.unlockedProperty().get());
  }

  @Test
  void wrongPinsAreCountedTheLastTryIsWarnedAndTheLockoutSaysWhenToTryAgainInFull()
      throws Exception {
    SettingsViewModel vm = vm("id", Optional.of(fixture.config));
    vm.setPin(null, c("2468"), c("2468"));
    List<String> said = new ArrayList<>();
    for (int i = 0; i < SupervisorPin.MAX_FAILURES; i++) {
      vm.unlock(c("0000"));
      said.add(vm.problemProperty().get());
    }
    assertEquals(List.of("PIN supervisor salah (1 dari 5 percobaan).",
        "PIN supervisor salah (2 dari 5 percobaan).",
        "PIN supervisor salah (3 dari 5 percobaan).",
        "PIN supervisor salah (4 dari 5 percobaan). Tinggal satu kesempatan: satu PIN salah lagi mengunci PIN selama"
            + " 15 menit.",
        "PIN supervisor salah 5 kali: PIN dikunci selama 15 menit, sampai pukul 10:15 WIB. Coba lagi pukul 10:15 WIB."),
        said);
    clock.advance(Duration.ofMinutes(5));
    vm.unlock(c("2468"));
    assertEquals(
        "Terlalu banyak PIN salah: PIN supervisor dikunci sampai pukul 10:15 WIB (10 menit lagi). Sampai saat"
            + " itu PIN yang benar pun ditolak; coba lagi pukul 10:15 WIB.",
        vm.problemProperty().get());
    assertFalse(vm.unlockedProperty().get());
    clock.advance(Duration.ofMinutes(10));
    vm.unlock(c("2468"));
    assertTrue(vm.unlockedProperty().get(), "open again at 10:15");
  }

  @Test
  void savingWritesOnlyWhatChangedKeepsCommentsAndPermissionsAndTheFileLoadsWithIt()
      throws Exception {
    Path file = fixture.config;
    String before = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, "# counter 7, set up by IT\n" + before + "# end of the file\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    pins.set(null, c("2468"));
    SettingsViewModel vm = vm("en", Optional.of(file));
    vm.unlock(c("2468"));
    assertEquals(List.of("/dev/ttyS0"), vm.form().serialPorts());

    vm.form().languageProperty().set("en");
    vm.form().soundProperty().set(false);
    vm.form().printerProperty().set("file:" + dir.resolve("receipts.bin"));
    vm.form().autoPrintProperty().set(true);
    vm.form().idleMinutesProperty().set("7");
    vm.form().wedgeSuffixProperty().set("TAB");
    vm.form().serialPortProperty().set("/dev/ttyS0");
    vm.save();

    assertEquals("", vm.problemProperty().get());
    assertEquals("Saved. Scanner changes apply after the terminal is restarted.",
        vm.noticeProperty().get());
    String after = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(after.startsWith("# counter 7, set up by IT\n"), after);
    assertTrue(after.contains("# end of the file\n"), "comments stay where they were");
    assertTrue(after.contains("\nui.language=en\n"), after);
    assertFalse(after.contains("scanner.webcam="), "an unchanged setting is not written");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var left = Files.list(file.getParent())) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".saving")),
          "no temporary file is left");
    }

    TerminalConfig reloaded = ConfigLoader.load(file);
    assertEquals("en", reloaded.language());
    assertFalse(reloaded.counter().sound());
    assertTrue(reloaded.counter().autoPrint());
    assertEquals("file:" + dir.resolve("receipts.bin"), reloaded.counter().receiptPrinter());
    assertEquals(Duration.ofMinutes(7), reloaded.counter().supervisorIdle());
    assertEquals("TAB", reloaded.scanners().wedgeSuffix());
    assertEquals("/dev/ttyS0", reloaded.scanners().serialPort());
    assertEquals(List.of(reloaded), applied, "applied to the running terminal as saved");
    assertEquals(List.of(true), languageChanges);

    vm.save();
    assertEquals("Nothing changed.", vm.noticeProperty().get());
    assertEquals(after, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aBadPrinterSpecIsRefusedInTheTerminalsLanguageAndTheFileIsUnchanged() throws Exception {
    byte[] before = Files.readAllBytes(fixture.config);
    pins.set(null, c("2468"));
    SettingsViewModel vm = vm("id", Optional.of(fixture.config));
    vm.unlock(c("2468"));
    vm.form().soundProperty().set(false); // a good change beside the bad one is not saved either
    vm.form().printerProperty().set("tcp:printer-without-port");
    vm.save();
    assertEquals(
        "Printer \u201ctcp:printer-without-port\u201d tidak valid (expected tcp:HOST:PORT). Tulis serial:PORT,"
            + " tcp:HOST:PORT (mis. tcp:192.168.1.50:9100) atau file:PATH. Tidak ada yang disimpan.",
        vm.problemProperty().get());
    assertArrayEquals(before, Files.readAllBytes(fixture.config));
    assertTrue(applied.isEmpty(), "nothing applied to the running terminal");

    vm.form().printerProperty().set("");
    vm.form().autoPrintProperty().set(true);
    vm.save();
    assertEquals("Cetak setelah disetujui memerlukan printer struk. Tidak ada yang disimpan.",
        vm.problemProperty().get());
    vm.form().autoPrintProperty().set(false);
    vm.form().idleMinutesProperty().set("90");
    vm.save();
    assertTrue(vm.problemProperty().get().startsWith("Durasi sesi \u201c90\u201d tidak valid"),
        vm.problemProperty().get());
    assertArrayEquals(before, Files.readAllBytes(fixture.config));
  }

  @Test
  void aFileTheConfigurationWouldRefuseIsNotReplaced() throws Exception {
    pins.set(null, c("2468"));
    SettingsViewModel vm = vm("en", Optional.of(fixture.config));
    vm.unlock(c("2468"));
    // Edited by hand meanwhile with a typo: saving must not write a file the next start refuses.
    Files.writeString(fixture.config, "client.secrett=x\n", StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(fixture.config);
    vm.form().soundProperty().set(false);
    vm.save();
    assertTrue(
        vm.problemProperty().get()
            .startsWith("Not saved: the configuration refuses the value of client.secrett"),
        vm.problemProperty().get());
    assertArrayEquals(before, Files.readAllBytes(fixture.config));
    assertTrue(applied.isEmpty());
  }

  @Test
  void inDemoModeSettingsApplyForTheSessionAndNothingIsWritten() throws Exception {
    pins.set(null, c("2468"));
    byte[] before = Files.readAllBytes(fixture.config);
    SettingsViewModel vm = vm("en", Optional.empty());
    assertTrue(vm.demo());
    vm.unlock(c("2468"));
    vm.form().soundProperty().set(false);
    vm.form().idleMinutesProperty().set("5");
    vm.save();
    assertEquals("Applied for this demo session (no file is written).", vm.noticeProperty().get());
    assertEquals(1, applied.size());
    assertFalse(applied.get(0).counter().sound());
    assertEquals(Duration.ofMinutes(5), applied.get(0).counter().supervisorIdle());
    assertArrayEquals(before, Files.readAllBytes(fixture.config));
  }

  @Test
  void theSessionEndsAfterTheIdleMinutesWithoutInputButNotWhileInUse() throws Exception {
    pins.set(null, c("2468"));
    SettingsViewModel vm = vm("en", Optional.of(fixture.config));
    vm.unlock(c("2468"));

    clock.advance(Duration.ofMinutes(3).minusSeconds(10));
    vm.touch();
    clock.advance(Duration.ofMinutes(3).minusSeconds(10));
    ticks.fire();
    assertTrue(vm.unlockedProperty().get(), "touched within the idle time");

    clock.advance(Duration.ofSeconds(10));
    ticks.fire();
    assertFalse(vm.unlockedProperty().get());
    assertNull(vm.session());
    assertEquals(
        "The supervisor session ended after 3 minutes without activity. Enter the PIN to open it again.",
        vm.noticeProperty().get());
  }

  @Test
  void aTestPrintGoesToThePrinterAsEscPosAndAFailureSaysWhy() throws Exception {
    pins.set(null, c("2468"));
    SettingsViewModel vm = vm("en", Optional.of(fixture.config));
    vm.unlock(c("2468"));
    Path out = dir.resolve("test-print.bin");
    vm.form().printerProperty().set("file:" + out);
    vm.testPrint();
    assertEquals("Test print sent to file:" + out + ".", vm.noticeProperty().get());
    byte[] bytes = Files.readAllBytes(out);
    assertEquals(0x1b, bytes[0]);
    assertEquals('@', bytes[1]);
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("TEST PRINT / CETAK UJI"));

    vm.form().printerProperty().set("file:" + dir.resolve("no-such-dir").resolve("x.bin"));
    vm.testPrint();
    assertTrue(
        vm.problemProperty().get()
            .startsWith("The test print to file:" + dir.resolve("no-such-dir")),
        vm.problemProperty().get());
  }

  @Test
  void theTestScanShowsControlCharactersByName() {
    assertEquals("hQV[CR][LF][TAB][GS]\u2423x[0x07]",
        TestScanField.visible("hQV\r\n\t\u001d x\u0007"));
  }
}
