package id.cpmpos.chain;

import id.cpmpos.config.ChainConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The chain's PostgreSQL database: opens connections with every wait bounded (connect, login,
 * socket reads), so a ledger that is down or slow costs its caller at most {@code chain.timeoutMs}
 * per step, and upgrades its schema (Flyway, from {@code hq} only).
 */
public final class Ledger {
  /** Where the ledger's migrations live ({@code V<n>__what.sql}); a released one is never edited. */
  static final String MIGRATIONS = "classpath:id/cpmpos/chain/ledger";
  /** Channel on which hq announces a relayed notify; the payload is the payment's partner reference. */
  static final String CHANNEL = "cpmpos_notify";

  private final ChainConfig config;

  public Ledger(ChainConfig config) {
    this.config = config;
  }

  public ChainConfig config() {
    return config;
  }

  /** A new connection; the caller closes it. */
  public Connection connect() throws SQLException {
    return dataSource(true).getConnection();
  }

  /**
   * A connection without a read timeout, for LISTEN: waiting for a notification is not a slow
   * ledger. Connect and login stay bounded.
   */
  Connection connectForListening() throws SQLException {
    return dataSource(false).getConnection();
  }

  /** Creates or upgrades the ledger's schema; several hq processes may do it at once (Flyway locks). */
  public int migrate() {
    return Flyway.configure().dataSource(dataSource(false)).locations(MIGRATIONS)
        .table("ledger_schema_history").load().migrate().migrationsExecuted;
  }

  private PGSimpleDataSource dataSource(boolean readTimeout) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(config.jdbcUrl());
    ds.setUser(config.user());
    ds.setPassword(password());
    int seconds = (int) Math.max(1, (config.timeout().toMillis() + 999) / 1000);
    ds.setConnectTimeout(seconds);
    ds.setLoginTimeout(seconds);
    ds.setSocketTimeout(readTimeout ? seconds : 0);
    ds.setTcpKeepAlive(true);
    // A batch of entries goes as one multi-row INSERT instead of one statement per row.
    ds.setReWriteBatchedInserts(true);
    ds.setApplicationName("cpm-pos");
    return ds;
  }

  /** Read at every connect, so a rotated password is taken without a restart; never logged. */
  private String password() {
    try {
      return Files.readString(config.passwordFile(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new LedgerException(
          "cannot read chain.passwordFile " + config.passwordFile() + ": " + e.getMessage());
    }
  }
}
