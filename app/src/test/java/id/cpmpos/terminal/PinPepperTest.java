package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.Journal;
import id.cpmpos.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PIN's hash is peppered with a secret outside the journal: a PIN set before the pepper is
 * migrated at its next successful use, and a copied journal without the pepper file cannot be
 * checked against any PIN.
 */
class PinPepperTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T03:00:00Z"));
  Journal journal;
  Path pepperFile;

  @BeforeEach
  void open() {
    journal = Journal.open(dir.resolve("journal.db"), clock, ZoneId.of("Asia/Jakarta"));
    pepperFile = dir.resolve("config").resolve("pin-pepper");
  }

  @AfterEach
  void close() {
    journal.close();
  }

  String check(SupervisorPin pins, String pin) {
    try {
      pins.check(pin.toCharArray());
      return "ok";
    } catch (InputProblem p) {
      return p.messageKey();
    }
  }

  @Test
  void aPinFromBeforeThePepperIsMigratedOnItsNextSuccessfulUse() throws Exception {
    new SupervisorPin(journal, 1_000, clock).set(null, "482913".toCharArray());
    String before = journal.supervisor().pinHash().orElseThrow();
    assertTrue(before.startsWith("pbkdf2-sha256$"), before);
    SupervisorPin peppered = new SupervisorPin(journal, 1_000, clock, PinPepper.at(pepperFile));

    assertEquals("pin.wrong", check(peppered, "111111"));
    assertEquals(before, journal.supervisor().pinHash().orElseThrow(),
        "a wrong PIN migrates nothing");
    assertEquals("ok", check(peppered, "482913"));

    String after = journal.supervisor().pinHash().orElseThrow();
    assertTrue(after.startsWith("pbkdf2-sha256-hmac$"), after);
    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(pepperFile)));
    assertEquals("ok", check(peppered, "482913"), "the migrated hash still takes the PIN");
    assertEquals("pin.wrong", check(peppered, "482914"));
  }

  @Test
  void aCopiedJournalWithoutThePepperRevealsNothing() throws Exception {
    new SupervisorPin(journal, 1_000, clock, PinPepper.at(pepperFile)).set(null,
        "4321".toCharArray());
    String stored = journal.supervisor().pinHash().orElseThrow();

    // An attacker's offline search: the plain PBKDF2 check of every 4-digit PIN matches none.
    for (int pin = 0; pin <= 9999; pin += 1111) {
      assertFalse(SupervisorPin.matches(stored, String.format("%04d", pin).toCharArray()));
    }
    assertFalse(SupervisorPin.matches(stored, "4321".toCharArray()), "not even the right one");
    // The same journal on a machine without the pepper file cannot check PINs at all.
    SupervisorPin elsewhere = new SupervisorPin(journal, 1_000, clock,
        PinPepper.at(dir.resolve("other/pin-pepper")));
    assertEquals("pin.pepperMissing", check(elsewhere, "4321"));
  }
}
