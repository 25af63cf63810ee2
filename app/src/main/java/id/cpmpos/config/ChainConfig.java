package id.cpmpos.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the chain's ledger is (PostgreSQL) and how hard to try it. The password stays in its own
 * file ({@code chain.passwordFile}), read when a connection is opened, never kept here.
 */
public record ChainConfig(String jdbcUrl, String user, Path passwordFile, int batchSize,
    Duration timeout,
    Duration pushInterval) {

  @Override
  public String toString() {
    return "ChainConfig[" + jdbcUrl + ", user=" + user + ", password=***]";
  }
}
