package id.cpmpos.boot;

import id.cpmpos.config.ConfigException;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.QueryResponse;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.TokenResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Tries a configuration against its provider before anything is saved: a real B2B token request
 * (keys, ids), then a signed status query for a reference that cannot exist (the client secret).
 * No journal is opened or created, and no money moves.
 */
public final class ConnectionTest {
  /**
   * @param step {@code token} or {@code signature}: the last step tried
   * @param outcome what the provider answered to it (or why it could not be asked)
   */
  public record Result(boolean ok, String step, CallOutcome<?> outcome) {}

  private ConnectionTest() {}

  public static Result run(TerminalConfig config, Map<String, String> env, Clock clock)
      throws ConfigException {
    var key = PartnerKeys.load(config, env).privateKey();
    SecureRandom random = new SecureRandom();
    DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    // Time plus random digits: unique without the journal, which setup must not create yet.
    SnapClient snap = ProviderClients.client(config, key, ProviderClients.localAddress(),
        ProviderClients.tls(config.provider().trust()),
        () -> day.format(ZonedDateTime.now(clock.withZone(config.zone())))
            + String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L)),
        clock);
    CallOutcome<TokenResponse> token = snap.warmUp();
    if (!(token instanceof CallOutcome.Answered<TokenResponse> t) || !t.code().isSuccess()) {
      return new Result(false, "token", token);
    }
    CallOutcome<QueryResponse> query = snap
        .query(new QueryRequest(null, "SETUP" + clock.millis(), null,
            config.merchant().id(), config.merchant().subMerchantId(),
            config.merchant().externalStoreId(), null));
    boolean accepted = query instanceof CallOutcome.Answered<QueryResponse> a
        && a.code().httpStatus() != 401;
    return new Result(accepted, "signature", query);
  }
}
