package id.cpmpos.chain;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ChainConfig;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.TestPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A sandbox provider, a fresh ledger database on the test PostgreSQL (schema by Flyway, as hq
 * does it), and terminals configured with {@code chain.*} keys pointing at it: each its own
 * journal and terminal id, all paying at the same provider.
 */
final class ChainFixture implements AutoCloseable {
  final TestPostgres postgres;
  final SandboxFixture sandbox;
  final String ledgerUrl;
  final Ledger ledger;
  private final Path dir;
  private final List<TerminalContext> terminals = new ArrayList<>();

  ChainFixture(TestPostgres postgres, Path dir) throws IOException {
    this.postgres = postgres;
    this.dir = dir;
    this.sandbox = new SandboxFixture(dir);
    this.ledgerUrl = postgres.newDatabase();
    this.ledger = new Ledger(chainConfig(500));
    ledger.migrate();
  }

  ChainConfig chainConfig(int batchSize) {
    return new ChainConfig(ledgerUrl, postgres.user(), postgres.passwordFile(), batchSize,
        Duration.ofSeconds(2),
        Duration.ofMillis(200));
  }

  /** A terminal of the chain, with its own journal; {@code extra} keys override the defaults. */
  TerminalContext terminal(String terminalId, Map<String, String> extra) throws Exception {
    Path config = dir.resolve(terminalId + ".properties");
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(sandbox.config, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    p.setProperty("terminal.id", terminalId);
    p.setProperty("journal.path", terminalId + "-journal.db");
    p.setProperty("chain.jdbcUrl", ledgerUrl);
    p.setProperty("chain.user", postgres.user());
    p.setProperty("chain.passwordFile", postgres.passwordFile().toString());
    p.setProperty("chain.timeoutMs", "2000");
    p.setProperty("chain.pushIntervalMs", "200");
    extra.forEach(p::setProperty);
    try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    TerminalContext t = TerminalContext.open(config, Clock.systemUTC());
    terminals.add(t);
    return t;
  }

  Connection sql() throws SQLException {
    return postgres.connectUrl(ledgerUrl);
  }

  long count(String sql, Object... args) throws SQLException {
    try (Connection c = sql(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  BigDecimal sum(String sql, Object... args) throws SQLException {
    try (Connection c = sql(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        BigDecimal v = rs.getBigDecimal(1);
        return v == null ? BigDecimal.ZERO.setScale(2) : v;
      }
    }
  }

  String text(String sql, Object... args) throws SQLException {
    try (Connection c = sql(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  @Override
  public void close() {
    for (TerminalContext t : terminals) {
      t.close();
    }
    sandbox.close();
  }
}
