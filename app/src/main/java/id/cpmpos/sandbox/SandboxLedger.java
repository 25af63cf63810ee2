package id.cpmpos.sandbox;

import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.SnapTimestamps;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The sandbox provider's books: issued tokens, used external ids, and payments by partner reference. */
public final class SandboxLedger {
  static final long TOKEN_LIFETIME_SECONDS = 900;

  private final Clock clock;
  private final ZoneId zone;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong referenceSequence = new AtomicLong();
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Set<String> externalIds = new HashSet<>();
  private final Map<String, Payment> payments = new HashMap<>();

  SandboxLedger(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  record IssuedToken(String value, long lifetimeSeconds) {}

  /** A payment as the provider booked it. */
  public record Payment(String partnerReferenceNo, String referenceNo, String amount, String qrContent,
      String transactionDate) {}

  synchronized IssuedToken issueToken() {
    byte[] b = new byte[24];
    random.nextBytes(b);
    String token = HexFormat.of().formatHex(b);
    tokens.put(token, clock.instant().plusSeconds(TOKEN_LIFETIME_SECONDS));
    return new IssuedToken(token, TOKEN_LIFETIME_SECONDS);
  }

  synchronized boolean isValidToken(String token) {
    Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** False if this X-EXTERNAL-ID was already used today. */
  synchronized boolean useExternalId(String externalId) {
    String day = DateTimeFormatter.ofPattern("yyyyMMdd").format(clock.instant().atZone(zone));
    return externalIds.add(day + ":" + externalId);
  }

  synchronized Payment pay(PaymentRequest request) throws SandboxError {
    Payment existing = payments.get(request.partnerReferenceNo());
    String amount = request.amount() == null ? null : request.amount().value();
    if (existing != null) {
      boolean same = existing.qrContent().equals(request.qrContent())
          && java.util.Objects.equals(existing.amount(), amount);
      throw same ? new SandboxError(409, "01", "Duplicate partnerReferenceNo")
          : new SandboxError(404, "18", "Inconsistent Request");
    }
    String now = SnapTimestamps.format(OffsetDateTime.now(clock.withZone(zone)));
    Payment p = new Payment(request.partnerReferenceNo(),
        "SBX" + String.format("%017d", referenceSequence.incrementAndGet()), amount, request.qrContent(), now);
    payments.put(p.partnerReferenceNo(), p);
    return p;
  }

  public synchronized Optional<Payment> payment(String partnerReferenceNo) {
    return Optional.ofNullable(payments.get(partnerReferenceNo));
  }

  public synchronized int paymentCount() {
    return payments.size();
  }
}
