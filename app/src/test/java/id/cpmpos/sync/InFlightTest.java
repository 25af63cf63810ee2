package id.cpmpos.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InFlightTest {
  @TempDir Path dir;

  @Test
  void aKeyHeldThroughOneLockDirectoryIsBusyForEveryOtherHolderUntilItEnds() throws Exception {
    Path locks = InFlight.lockDirFor(dir.resolve("journal.db"));
    InFlight sender = new InFlight(locks);
    InFlight worker = new InFlight(locks);

    assertTrue(sender.begin("P2026120212345"));
    assertFalse(sender.begin("P2026120212345"), "the same process");
    assertFalse(worker.begin("P2026120212345"), "another holder of the same journal");
    assertTrue(worker.begin("C2026120212345"), "another key is free");

    sender.end("P2026120212345");
    assertTrue(worker.begin("P2026120212345"));
    worker.end("P2026120212345");
    worker.end("C2026120212345");
    try (var left = Files.list(locks)) {
      assertFalse(left.findAny().isPresent(), "no lock file outlives its holder");
    }
  }

  @Test
  void withoutALockDirectoryOnlyThisInstanceCounts() {
    InFlight a = new InFlight();
    InFlight b = new InFlight();
    assertTrue(a.begin("P1"));
    assertTrue(b.begin("P1"));
    assertFalse(a.begin("P1"));
  }
}
