package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.Journal;
import id.cpmpos.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorPinTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T03:00:00Z"));
  Journal journal;
  SupervisorPin pins;

  @BeforeEach
  void open() throws Exception {
    journal = Journal.open(dir.resolve("journal.db"), clock, ZoneId.of("Asia/Jakarta"));
    pins = new SupervisorPin(journal, 1_000, clock);
    pins.set(null, "4321".toCharArray());
  }

  @AfterEach
  void close() {
    journal.close();
  }

  String check(String pin) {
    try {
      pins.check(pin.toCharArray());
      return "ok";
    } catch (InputProblem p) {
      return p.messageKey();
    }
  }

  @Test
  void theRightPinPassesAndAWrongOneIsRefused() {
    assertEquals("ok", check("4321"));
    assertEquals("pin.wrong", check("1234"));
    assertEquals("pin.required", check(""));
  }

  @Test
  void fiveWrongPinsLockItForFifteenMinutesEvenForTheRightOne() {
    for (int i = 0; i < SupervisorPin.MAX_FAILURES - 2; i++) {
      assertEquals("pin.wrong", check("000" + i));
    }
    assertEquals("pin.wrongLastTry", check("0008"), "warned before the last try");
    assertEquals("pin.wrongNowLocked", check("0009"), "the last wrong one says it locked the PIN");
    assertEquals("pin.locked", check("4321"));
    clock.advance(Duration.ofMinutes(14));
    assertEquals("pin.locked", check("4321"));
    clock.advance(Duration.ofMinutes(2));
    assertEquals("ok", check("4321"));
  }

  @Test
  void theCountIsKeptInTheJournalSoANewProcessSeesIt() {
    for (int i = 0; i < SupervisorPin.MAX_FAILURES; i++) {
      check("9999");
    }
    SupervisorPin another = new SupervisorPin(journal, 1_000, clock);
    InputProblem p = assertThrows(InputProblem.class, () -> another.check("4321".toCharArray()));
    assertEquals("pin.locked", p.messageKey());
    assertEquals(15L, p.args()[0]);
  }

  /** Every wrong PIN says how many tries are used; the lockout says when it ends on the shop's clock. */
  @Test
  void theMessagesCountTheTriesAndSayWhenToTryAgainInTheTerminalsZone() {
    List<Object[]> args = new ArrayList<>();
    for (int i = 0; i < SupervisorPin.MAX_FAILURES; i++) {
      args.add(assertThrows(InputProblem.class, () -> pins.check("9999".toCharArray())).args());
    }
    assertEquals(List.of(1L, 5, 15L), List.of(args.get(0)));
    assertEquals(List.of(4L, 5, 15L), List.of(args.get(3)));
    // 03:00 UTC is 10:00 in Jakarta: locked until 10:15 WIB
    assertEquals(List.of(5L, 5, 15L, "10:15 WIB"), List.of(args.get(4)));
    clock.advance(Duration.ofMinutes(5));
    InputProblem locked = assertThrows(InputProblem.class, () -> pins.check("4321".toCharArray()));
    assertEquals(List.of(10L, "10:15 WIB"), List.of(locked.args()));
    assertEquals(
        "Too many wrong PINs: the supervisor PIN is locked until 10:15 WIB (10 min from now). Until then"
            + " even the right PIN is refused; try again at 10:15 WIB.",
        Messages.forLanguage("en").get(locked.messageKey(), locked.args()));
    assertEquals(
        "Terlalu banyak PIN salah: PIN supervisor dikunci sampai pukul 10:15 WIB (10 menit lagi). Sampai saat"
            + " itu PIN yang benar pun ditolak; coba lagi pukul 10:15 WIB.",
        Messages.forLanguage("id").get(locked.messageKey(), locked.args()));
  }

  @Test
  void aRightPinClearsEarlierMistakes() {
    for (int i = 0; i < SupervisorPin.MAX_FAILURES - 1; i++) {
      check("9999");
    }
    assertEquals("ok", check("4321"));
    for (int i = 0; i < SupervisorPin.MAX_FAILURES - 1; i++) {
      check("9999");
    }
    assertEquals("ok", check("4321"));
  }

  @Test
  void theHashIsSaltedAndCarriesItsRoundCount() {
    String a = pins.hash("4321".toCharArray());
    String b = pins.hash("4321".toCharArray());
    assertNotEquals(a, b, "salted");
    assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
    assertTrue(SupervisorPin.matches(a, "4321".toCharArray()));
    assertFalse(SupervisorPin.matches(a, "4322".toCharArray()));
    assertDoesNotThrow(() -> pins.set("4321".toCharArray(), "55667788".toCharArray()));
  }
}
