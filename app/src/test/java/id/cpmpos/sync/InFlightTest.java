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

    assertTrue(sender.begin(InFlight.Work.PAYMENT, "2026120212345"));
    assertFalse(sender.begin(InFlight.Work.PAYMENT, "2026120212345"), "the same process");
    assertFalse(worker.begin(InFlight.Work.PAYMENT, "2026120212345"),
        "another holder of the same journal");
    assertTrue(worker.begin(InFlight.Work.CANCEL, "2026120212345"), "another key is free");

    sender.end(InFlight.Work.PAYMENT, "2026120212345");
    assertTrue(worker.begin(InFlight.Work.PAYMENT, "2026120212345"));
    worker.end(InFlight.Work.PAYMENT, "2026120212345");
    worker.end(InFlight.Work.CANCEL, "2026120212345");
    try (var left = Files.list(locks)) {
      assertFalse(left.findAny().isPresent(), "no lock file outlives its holder");
    }
  }

  @Test
  void withoutALockDirectoryOnlyThisInstanceCounts() {
    InFlight a = new InFlight();
    InFlight b = new InFlight();
    assertTrue(a.begin(InFlight.Work.PAYMENT, "1"));
    assertTrue(b.begin(InFlight.Work.PAYMENT, "1"));
    assertFalse(a.begin(InFlight.Work.PAYMENT, "1"));
  }
}
