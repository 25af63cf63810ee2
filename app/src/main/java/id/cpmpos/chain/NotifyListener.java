package id.cpmpos.chain;

import id.cpmpos.journal.AuditFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTENs on the ledger's notify channel and wakes the replicator when hq relays a notify for a
 * payment this terminal is waiting on (the payload is the partner reference). It listens only while
 * the terminal has such a payment — rarely: an answer lost on the way — so a chain's idle counters
 * hold no connection to the ledger. A lost connection is opened again (1 s doubling to 60 s); after
 * each (re)connect the replicator is woken once, since notifications sent meanwhile were not heard.
 */
final class NotifyListener implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NotifyListener.class);
  private static final int POLL_MS = 1_000;

  private final Ledger ledger;
  private final AuditFeed feed;
  private final Runnable wake;
  private final CountDownLatch stop = new CountDownLatch(1);
  private Thread thread;

  NotifyListener(Ledger ledger, AuditFeed feed, Runnable wake) {
    this.ledger = ledger;
    this.feed = feed;
    this.wake = wake;
  }

  NotifyListener start() {
    thread = new Thread(this::run, "cpm-pos-chain-listen");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  private void run() {
    int failures = 0;
    while (stop.getCount() > 0) {
      try {
        if (feed.unsettledPayments().isEmpty()) {
          if (stop.await(POLL_MS, TimeUnit.MILLISECONDS)) {
            return;
          }
          continue;
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.debug("chain: cannot read the journal: {}", e.getMessage());
      }
      try (Connection c = ledger.connectForListening()) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + Ledger.CHANNEL);
        }
        failures = 0;
        wake.run();
        PGConnection pg = c.unwrap(PGConnection.class);
        HashSet<String> unsettled = new HashSet<>(feed.unsettledPayments());
        while (stop.getCount() > 0 && !unsettled.isEmpty()) {
          PGNotification[] heard = pg.getNotifications(POLL_MS);
          unsettled = new HashSet<>(feed.unsettledPayments());
          if (heard != null && waitingFor(heard, unsettled)) {
            wake.run();
          }
        }
      } catch (SQLException | RuntimeException e) {
        failures++;
        log.debug("chain: notify listener lost the ledger: {}", e.getMessage());
        try {
          if (stop.await(ChainReplicator.retryDelay(failures).toMillis(), TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  private static boolean waitingFor(PGNotification[] heard, HashSet<String> unsettled) {
    for (PGNotification n : heard) {
      if (unsettled.contains(n.getParameter())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    stop.countDown();
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
