package id.cpmpos.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payments, cancels and refunds being sent right now, by this process or, with a lock
 * directory, by any process on the same journal. A SENDING row that nobody holds was left by a
 * process that stopped mid-call: only then may the sync worker take it over.
 *
 * <p>Across processes (the GUI or a {@code sync} worker beside a CLI {@code pay}) each key is an
 * exclusive OS file lock on a file in the lock directory, held while sending. The operating system
 * releases it when its holder dies, so a crashed sender's row is taken over at once, and a live
 * sender's never: a worker that took a row still waiting for its answer marked it UNKNOWN, and the
 * provider's real answer (a decline) could then no longer be recorded.
 */
public final class InFlight {
  private static final Logger log = LoggerFactory.getLogger(InFlight.class);
  /** Held in this process, without a file lock (no lock directory, or it could not be used). */
  private static final Held LOCAL = new Held(null, null);

  private record Held(FileChannel channel, Path file) {}

  /** What is being sent: a payment (or its query: both carry the payment's reference), a cancel, a refund. */
  public enum Work {
    PAYMENT, CANCEL, REFUND
  }

  private record Key(Work work, String reference) {
    /** The lock file's name: the work and the reference, with anything but ASCII letters and digits as '_'. */
    String fileName() {
      StringBuilder b = new StringBuilder(reference.length() + 16).append(work.name()).append('-');
      for (char ch : reference.toCharArray()) {
        b.append(Character.isLetterOrDigit(ch) && ch < 128 ? ch : '_');
      }
      return b.append(".lock").toString();
    }
  }

  private final Map<Key, Held> keys = new ConcurrentHashMap<>();
  private final Path lockDir;

  /** This process only. */
  public InFlight() {
    this(null);
  }

  /** Every process whose InFlight uses {@code lockDir} (one per journal); null: this process only. */
  public InFlight(Path lockDir) {
    this.lockDir = lockDir;
  }

  /** The lock directory of a journal: beside it, named after it. */
  public static Path lockDirFor(Path journal) {
    return journal.toAbsolutePath().resolveSibling(journal.getFileName() + "-inflight");
  }

  /** False when someone, in this process or another, already works on it. */
  public boolean begin(Work work, String reference) {
    Key key = new Key(work, reference);
    if (keys.putIfAbsent(key, LOCAL) != null) {
      return false;
    }
    if (lockDir == null) {
      return true;
    }
    Path file = lockDir.resolve(key.fileName());
    FileChannel channel = null;
    try {
      Files.createDirectories(lockDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameJvm) {
        lock = null; // another InFlight in this JVM (a second terminal context on the same journal) holds it
      }
      if (lock == null) {
        channel.close();
        keys.remove(key);
        return false;
      }
      keys.put(key, new Held(channel, file));
      return true;
    } catch (IOException e) {
      // Cannot tell whether another process sends it: as without a lock directory. Sending or querying
      // twice is safe (same references); only an answer may be recorded late.
      log.warn("in-flight lock {} unusable ({}); guarding this process only", file, e.toString());
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // nothing held
        }
      }
      return true;
    }
  }

  public void end(Work work, String reference) {
    Held held = keys.remove(new Key(work, reference));
    if (held == null || held.channel() == null) {
      return;
    }
    try {
      held.channel().close(); // releases the lock
    } catch (IOException e) {
      log.debug("in-flight lock {}: {}", held.file(), e.toString());
    }
    try {
      // A process that opened it meanwhile locks a file nobody else will open: it then re-reads the
      // row, which its sender has already settled.
      Files.deleteIfExists(held.file());
    } catch (IOException e) {
      log.debug("in-flight lock {} not deleted: {}", held.file(), e.toString());
    }
  }
}
