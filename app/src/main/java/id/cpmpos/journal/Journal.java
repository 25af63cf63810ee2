package id.cpmpos.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The terminal's durable record of every payment: opens (and migrates) the SQLite file and hands out
 * one store per concern, all on one connection under one lock. Commits are synchronous: a committed
 * state survives a power cut. Every audited change is appended to the hash-chained audit log in the
 * same transaction ({@link #verify()} checks it).
 */
public final class Journal implements AutoCloseable {
  private final JournalCore core;
  private final PaymentStore payments;
  private final ReversalStore reversals;
  private final CallStore calls;
  private final SyncSchedule syncSchedule;
  private final NotifyIds notifyIds;
  private final SupervisorStore supervisor;

  private Journal(JournalCore core) {
    this.core = core;
    this.payments = new PaymentStore(core);
    this.reversals = new ReversalStore(core, payments);
    this.calls = new CallStore(core);
    this.syncSchedule = new SyncSchedule(core);
    this.notifyIds = new NotifyIds(core);
    this.supervisor = new SupervisorStore(core);
  }

  /** The terminal's zone, in which the journal's times are written. */
  public ZoneId zone() {
    return core.zone();
  }

  public static Journal open(Path file, Clock clock, ZoneId zone) {
    try {
      createOwnerOnly(file);
      // WAL with synchronous=FULL: every commit syncs the log before it returns, so a committed intent
      // survives a power cut, not only a killed process. synchronous=NORMAL would survive SIGKILL but
      // may lose the last commits on power loss, and an intent lost after its request left would let
      // the sync forget a payment the provider booked. A payment's cost on the disk is cut by
      // committing less often (an answer with its call's record, see together), never by syncing less.
      Connection c = JournalCore.connect(file, "journal_mode=WAL", "synchronous=FULL",
          "foreign_keys=ON",
          "busy_timeout=5000");
      JournalCore core = new JournalCore(c, clock, zone);
      Migrations.migrate(c, core::now);
      return new Journal(core);
    } catch (SQLException | IOException e) {
      throw new JournalException("cannot open the journal at " + file + ": " + e.getMessage(), e);
    }
  }

  /** Creates the file readable by its owner only; SQLite gives its -wal and -shm files the same mode. */
  private static void createOwnerOnly(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException ignored) {
      // an existing journal keeps the mode it has
    }
  }

  public PaymentStore payments() {
    return payments;
  }

  /** Cancels and refunds. */
  public ReversalStore reversals() {
    return reversals;
  }

  public CallStore calls() {
    return calls;
  }

  public SyncSchedule syncSchedule() {
    return syncSchedule;
  }

  public NotifyIds notifyIds() {
    return notifyIds;
  }

  public SupervisorStore supervisor() {
    return supervisor;
  }

  /**
   * Runs {@code work} as one transaction: the stores' writes inside it commit together, with one sync
   * of the journal to disk, or none of them does (the first that fails is thrown, the rest rolled
   * back). A call's record and the answer it brought share one: the answer is what must survive, the
   * record is its support trail, and a sync each doubled what an answer cost the disk.
   */
  public void together(String what, Runnable work) {
    core.write(what, () -> {
      work.run();
      return null;
    });
  }

  /** Commits that changed the journal since it was opened: each is one sync to disk. */
  public long commits() {
    return core.commits();
  }

  /**
   * Checks the audit log's hash chain and every audited row against its latest entry (see
   * {@link AuditReport}). Reads one consistent snapshot; writes nothing.
   */
  public AuditReport verify() {
    return core.write("cannot read the audit log", () -> AuditVerifier.verify(core.connection()));
  }

  /**
   * For this package's query and store classes (PaymentSearch, DayReportQuery, ShiftStore): their
   * work on the shared connection, under the journal's lock, in one transaction with any audit entry.
   */
  <T> T withConnection(String what, ConnectionWork<T> work) {
    return core.write(what, () -> work.run(core.connection()));
  }

  @FunctionalInterface
  interface ConnectionWork<T> {
    T run(Connection c) throws SQLException;
  }

  String now() {
    return core.now();
  }

  /**
   * SQLite's {@code max_page_count} on this connection: the journal may not grow past {@code pages}
   * pages (never below its current size), and a write that needs a new page fails with
   * SQLITE_FULL, exactly as on a full disk. The tests' stand-in for one; it is a per-connection
   * setting, so only this connection can be given it.
   */
  void maxPages(long pages) {
    core.read("cannot set max_page_count", () -> {
      try (Statement s = core.connection().createStatement()) {
        return s.execute("PRAGMA max_page_count = " + pages);
      }
    });
  }

  @Override
  public void close() {
    try {
      core.close();
    } catch (SQLException e) {
      throw new JournalException("cannot close the journal", e);
    }
  }
}
