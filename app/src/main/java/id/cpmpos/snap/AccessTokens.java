package id.cpmpos.snap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Caches the B2B access token and refreshes it shortly before it expires. Callers that need a token
 * while a refresh is under way wait for that refresh and share its outcome, success or failure: one
 * token request however many payments start at once.
 */
final class AccessTokens {
  /** Refresh this long before expiry (at most a fifth of the lifetime), so a token never dies in flight. */
  private static final Duration MARGIN = Duration.ofSeconds(60);
  private static final long DEFAULT_LIFETIME_SECONDS = 900;

  private final Supplier<CallOutcome<TokenResponse>> fetch;
  private final Clock clock;
  private CallOutcome.Answered<TokenResponse> cached;
  private Instant refreshAt = Instant.MIN;
  private CompletableFuture<CallOutcome<TokenResponse>> inFlight;

  AccessTokens(Supplier<CallOutcome<TokenResponse>> fetch, Clock clock) {
    this.fetch = fetch;
    this.clock = clock;
  }

  /** The cached token while it is fresh, else the outcome of a (shared) refresh. */
  CallOutcome<TokenResponse> current() {
    return obtain(null);
  }

  /**
   * A token other than {@code rejected}, which the provider just refused. If another caller has
   * already replaced it, that newer token is returned instead of fetching a third one.
   */
  CallOutcome<TokenResponse> refresh(String rejected) {
    return obtain(rejected == null ? "" : rejected);
  }

  private CallOutcome<TokenResponse> obtain(String rejected) {
    CompletableFuture<CallOutcome<TokenResponse>> refresh;
    boolean mine = false;
    synchronized (this) {
      if (cached != null && clock.instant().isBefore(refreshAt)
          && (rejected == null || !rejected.equals(cached.body().accessToken()))) {
        return cached;
      }
      cached = null;
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        mine = true;
      }
      refresh = inFlight;
    }
    if (mine) {
      fetchInto(refresh);
    }
    return refresh.join();
  }

  private void fetchInto(CompletableFuture<CallOutcome<TokenResponse>> refresh) {
    Instant requested = clock.instant(); // the lifetime runs from no later than this
    try {
      CallOutcome<TokenResponse> outcome = fetch.get();
      synchronized (this) {
        if (outcome instanceof CallOutcome.Answered<TokenResponse> a && a.code().isSuccess()
            && a.body().accessToken() != null && !a.body().accessToken().isBlank()) {
          cached = a;
          long lifetime = lifetimeSeconds(a.body());
          refreshAt = requested.plusSeconds(lifetime - Math.min(MARGIN.getSeconds(), lifetime / 5));
        }
        inFlight = null;
      }
      refresh.complete(outcome);
    } catch (RuntimeException e) {
      synchronized (this) {
        inFlight = null;
      }
      refresh.completeExceptionally(e);
      throw e;
    }
  }

  /** {@code expiresIn} in seconds; the spec says string, some providers send a number (read as text). */
  private static long lifetimeSeconds(TokenResponse token) {
    try {
      long seconds = Long.parseLong(token.expiresIn().trim());
      return seconds > 0 ? seconds : DEFAULT_LIFETIME_SECONDS;
    } catch (RuntimeException e) {
      return DEFAULT_LIFETIME_SECONDS;
    }
  }
}
