package id.cpmpos.snap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Caches the B2B access token and refreshes it shortly before it expires. Concurrent callers share
 * one refresh (the methods are synchronized; a refresh is one short HTTP call).
 */
final class AccessTokens {
  /** Refresh this long before expiry, so a token never dies between signing and arrival. */
  private static final Duration MARGIN = Duration.ofSeconds(60);
  private static final long DEFAULT_LIFETIME_SECONDS = 900;

  private final SnapClient client;
  private final Clock clock;
  private CallOutcome.Answered<TokenResponse> cached;
  private Instant refreshAt = Instant.MIN;

  AccessTokens(SnapClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  synchronized CallOutcome<TokenResponse> current() {
    if (cached != null && clock.instant().isBefore(refreshAt)) {
      return cached;
    }
    return refresh(null);
  }

  /**
   * Fetches a new token. {@code rejected} names the token a provider just refused: if another caller
   * has already replaced it, that newer token is returned instead of fetching a third one.
   */
  synchronized CallOutcome<TokenResponse> refresh(String rejected) {
    if (rejected != null && cached != null && !rejected.equals(cached.body().accessToken())
        && clock.instant().isBefore(refreshAt)) {
      return cached;
    }
    cached = null;
    CallOutcome<TokenResponse> outcome = client.requestToken();
    if (outcome instanceof CallOutcome.Answered<TokenResponse> a && a.code().isSuccess()
        && a.body().accessToken() != null && !a.body().accessToken().isBlank()) {
      cached = a;
      refreshAt = clock.instant().plusSeconds(lifetimeSeconds(a.body())).minus(MARGIN);
    }
    return outcome;
  }

  private static long lifetimeSeconds(TokenResponse token) {
    try {
      return Math.max(MARGIN.getSeconds() + 1, Long.parseLong(token.expiresIn().trim()));
    } catch (RuntimeException e) {
      return DEFAULT_LIFETIME_SECONDS;
    }
  }
}
