package id.cpmpos.sandbox;

import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CpmPayload;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapTimestamps;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sandbox provider's books: issued tokens, used external ids, one-time QRs, payments, refunds.
 * Every change is kept in memory and, when a store is given, in its SQLite file too.
 */
public final class SandboxLedger {
  static final long TOKEN_LIFETIME_SECONDS = 900;
  /** A provider allows cancels and refunds only for a while; one wallet documents 24 h. */
  static final Duration REVERSAL_WINDOW = Duration.ofHours(24);

  /** The spec's latestTransactionStatus values the sandbox uses. */
  public static final String PAID = "00";
  public static final String PENDING = "03";
  public static final String REFUNDED = "04";
  public static final String CANCELLED = "05";
  public static final String FAILED = "06";
  public static final String NOT_FOUND = "07";

  private final Clock clock;
  private final ZoneId zone;
  private final Duration qrValidity;
  private final SandboxStore store;
  private long notifySequence;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Map<String, IssuedQr> qrs;
  private final Map<String, Payment> payments;
  private final Map<String, Refund> refunds;
  private final Map<String, Boolean> externalIds;
  private final List<Consumer<Payment>> finalListeners = new ArrayList<>();
  private long sequence;

  /** A QR issued by generate: one-time, until {@code expiresAt}. */
  public record IssuedQr(String contentHash, String referenceNo, String scenario,
      int pendingQueries,
      long expiresAtMillis, boolean used) {
    Instant expiresAt() {
      return Instant.ofEpochMilli(expiresAtMillis);
    }
  }

  /** A payment as the provider booked it. {@code status} is the spec's latestTransactionStatus. */
  public record Payment(String partnerReferenceNo, String referenceNo, String merchantId,
      String amount,
      String currency, String qrHash, String status, int queriesLeft, String transactionDate,
      String paidTime,
      String cancelTime, String refunded, long bookedAtMillis) {
    Payment with(String newStatus, int newQueriesLeft, String newPaidTime, String newCancelTime,
        String newRefunded) {
      return new Payment(partnerReferenceNo, referenceNo, merchantId, amount, currency, qrHash,
          newStatus,
          newQueriesLeft, transactionDate, newPaidTime, newCancelTime, newRefunded, bookedAtMillis);
    }

    public BigDecimal refundable() {
      return new BigDecimal(amount).subtract(new BigDecimal(refunded));
    }
  }

  /** A refund, idempotent by partnerRefundNo. */
  public record Refund(String partnerRefundNo, String originalPartnerReferenceNo, String refundNo,
      String amount,
      String currency, String refundTime) {}

  record IssuedToken(String value, long lifetimeSeconds) {}

  SandboxLedger(Clock clock, ZoneId zone, Duration qrValidity, SandboxStore store) {
    this.clock = clock;
    this.zone = zone;
    this.qrValidity = qrValidity;
    this.store = store;
    this.qrs = store == null ? new HashMap<>() : new HashMap<>(store.all("qr", IssuedQr.class));
    this.payments = store == null
        ? new HashMap<>()
        : new HashMap<>(store.all("payment", Payment.class));
    this.refunds = store == null
        ? new HashMap<>()
        : new HashMap<>(store.all("refund", Refund.class));
    this.externalIds = store == null
        ? new HashMap<>()
        : new HashMap<>(store.all("externalId", Boolean.class));
    this.sequence = (long) payments.size() + refunds.size() + qrs.size();
    this.notifySequence = store == null
        ? 0
        : store.all("sequence", Long.class).getOrDefault("notify", 0L);
  }

  /**
   * The next number for a notify's X-EXTERNAL-ID, kept with the books: a restarted sandbox that began
   * again at 1 would reuse the day's ids, and the terminal refuses those as replays.
   */
  synchronized long nextNotifySequence() {
    notifySequence++;
    save("sequence", "notify", notifySequence);
    return notifySequence;
  }

  /** Called with each payment that reaches a final status, to send its notify. */
  synchronized void onFinalPayment(Consumer<Payment> listener) {
    finalListeners.add(listener);
  }

  synchronized IssuedToken issueToken() {
    String token = hex(24);
    tokens.put(token, clock.instant().plusSeconds(TOKEN_LIFETIME_SECONDS));
    return new IssuedToken(token, TOKEN_LIFETIME_SECONDS);
  }

  synchronized boolean isValidToken(String token) {
    Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Forgets every token, as a provider does when it rotates keys: clients must fetch a new one. */
  public synchronized void revokeTokens() {
    tokens.clear();
  }

  /** Whether a payment has spent this QR (what the customer's wallet app learns from its server). */
  public synchronized boolean qrUsed(String content) {
    IssuedQr qr = qrs.get(hash(content));
    return qr != null && qr.used();
  }

  /** False if this X-EXTERNAL-ID was already used today. */
  synchronized boolean useExternalId(String externalId) {
    String key = DateTimeFormatter.ofPattern("yyyyMMdd").format(clock.instant().atZone(zone)) + ":"
        + externalId;
    if (externalIds.putIfAbsent(key, Boolean.TRUE) != null) {
      return false;
    }
    save("externalId", key, Boolean.TRUE);
    return true;
  }

  /** Issues a one-time QRIS CPM payload, as the customer's wallet gets it from generate (59). */
  synchronized Issued issueQr(Scenario scenario, int pendingQueries) {
    String content = CpmPayload.build("936000" + digits(10), "SBX" + hex(16));
    IssuedQr qr = new IssuedQr(hash(content), nextReference("QR"), scenario.id(), pendingQueries,
        clock.instant().plus(qrValidity).toEpochMilli(), false);
    qrs.put(qr.contentHash(), qr);
    save("qr", qr.contentHash(), qr);
    return new Issued(content, qr);
  }

  record Issued(String content, IssuedQr qr) {}

  /**
   * Books a payment against a QR it issued. Returns the scenario that decides how the provider
   * answers; a declined payment is booked as failed so that a query tells the same story.
   */
  synchronized Booking pay(PaymentRequest request) throws SandboxError {
    String qrHash = hash(request.qrContent());
    Payment existing = payments.get(request.partnerReferenceNo());
    String amount = request.amount().value();
    if (existing != null) {
      boolean same = existing.qrHash().equals(qrHash) && existing.amount().equals(amount);
      throw same
          ? new SandboxError(409, "01", "Duplicate partnerReferenceNo")
          : new SandboxError(404, "18", "Inconsistent Request");
    }
    IssuedQr qr = qrs.get(qrHash);
    if (qr == null) {
      throw new SandboxError(404, "11", "Invalid Card/Account/Customer");
    }
    if (qr.used() || !clock.instant().isBefore(qr.expiresAt())) {
      throw new SandboxError(403, "00", "Transaction Expired");
    }
    IssuedQr spent = new IssuedQr(qr.contentHash(), qr.referenceNo(), qr.scenario(),
        qr.pendingQueries(),
        qr.expiresAtMillis(), true);
    qrs.put(qrHash, spent);
    save("qr", qrHash, spent);
    Scenario scenario = Scenario.byId(qr.scenario()).orElse(Scenario.APPROVE);
    if (!scenario.books() && scenario.kind() != Scenario.Kind.DECLINE) {
      return new Booking(scenario, null);
    }
    String now = now();
    String status = scenario.kind() == Scenario.Kind.DECLINE
        ? FAILED
        : scenario.kind() == Scenario.Kind.IN_PROGRESS ? PENDING : PAID;
    Payment p = new Payment(request.partnerReferenceNo(), nextReference("SBX"),
        request.merchantId(), amount,
        request.amount().currency(), qrHash, status, qr.pendingQueries(), now,
        PAID.equals(status) ? now : null,
        null, "0.00", clock.millis());
    put(p);
    return new Booking(scenario, p);
  }

  record Booking(Scenario scenario, Payment payment) {}

  /** A query: an in-progress payment moves one step towards paid each time it is asked about. */
  synchronized Optional<Payment> query(String partnerReferenceNo, String referenceNo) {
    Optional<Payment> found = find(partnerReferenceNo, referenceNo);
    if (found.isPresent() && PENDING.equals(found.get().status())) {
      Payment p = found.get();
      Payment next = p.queriesLeft() <= 1
          ? p.with(PAID, 0, now(), null, p.refunded())
          : p.with(PENDING, p.queriesLeft() - 1, null, null, p.refunded());
      put(next);
      return Optional.of(next);
    }
    return found;
  }

  /** Reverses a payment that is pending or paid, within the window and before any refund. */
  synchronized Payment cancel(String partnerReferenceNo, String referenceNo) throws SandboxError {
    Payment p = find(partnerReferenceNo, referenceNo)
        .orElseThrow(() -> new SandboxError(404, "01", "Transaction Not Found"));
    if (CANCELLED.equals(p.status())) {
      return p; // cancelling twice is answered the same way: cancels are retried by design
    }
    if (FAILED.equals(p.status())) {
      throw new SandboxError(404, "00", "Invalid Transaction Status");
    }
    if (new BigDecimal(p.refunded()).signum() > 0 || outsideWindow(p)) {
      throw new SandboxError(405, "01", "Requested Operation Is Not Allowed");
    }
    Payment cancelled = p.with(CANCELLED, 0, p.paidTime(), now(), p.refunded());
    put(cancelled);
    return cancelled;
  }

  /** Refunds part or all of a paid payment; the same partnerRefundNo always gets the same refund. */
  synchronized Refund refund(RefundRequest request) throws SandboxError {
    Refund earlier = refunds.get(request.partnerRefundNo());
    Amount amount = request.refundAmount();
    if (earlier != null) {
      if (earlier.originalPartnerReferenceNo().equals(request.originalPartnerReferenceNo())
          && earlier.amount().equals(amount.value())) {
        return earlier;
      }
      throw new SandboxError(404, "18", "Inconsistent Request");
    }
    Payment p = find(request.originalPartnerReferenceNo(), request.originalReferenceNo())
        .orElseThrow(() -> new SandboxError(404, "01", "Transaction Not Found"));
    if (!(PAID.equals(p.status())) || outsideWindow(p)) {
      throw new SandboxError(405, "01", "Requested Operation Is Not Allowed");
    }
    BigDecimal value = new BigDecimal(amount.value());
    if (value.compareTo(p.refundable()) > 0 || !Objects.equals(amount.currency(), p.currency())) {
      throw new SandboxError(404, "13", "Invalid Amount");
    }
    Refund r = new Refund(request.partnerRefundNo(), p.partnerReferenceNo(), nextReference("RFD"),
        amount.value(), amount.currency(), now());
    refunds.put(r.partnerRefundNo(), r);
    save("refund", r.partnerRefundNo(), r);
    BigDecimal refunded = new BigDecimal(p.refunded()).add(value);
    String status = refunded.compareTo(new BigDecimal(p.amount())) == 0 ? REFUNDED : PAID;
    put(p.with(status, 0, p.paidTime(), p.cancelTime(), refunded.setScale(2).toPlainString()));
    return r;
  }

  public synchronized Optional<Payment> payment(String partnerReferenceNo) {
    return Optional.ofNullable(payments.get(partnerReferenceNo));
  }

  /** Payments the provider charged and did not reverse: what a double charge would show up in. */
  public synchronized long chargedCount() {
    return payments.values().stream()
        .filter(p -> PAID.equals(p.status()) || REFUNDED.equals(p.status())
            || PENDING.equals(p.status()))
        .count();
  }

  public synchronized int paymentCount() {
    return payments.size();
  }

  public synchronized List<Refund> refunds(String partnerReferenceNo) {
    return refunds.values().stream()
        .filter(r -> r.originalPartnerReferenceNo().equals(partnerReferenceNo)).toList();
  }

  private Optional<Payment> find(String partnerReferenceNo, String referenceNo) {
    if (partnerReferenceNo != null && payments.containsKey(partnerReferenceNo)) {
      return Optional.of(payments.get(partnerReferenceNo));
    }
    return payments.values().stream().filter(p -> p.referenceNo().equals(referenceNo)).findFirst();
  }

  private boolean outsideWindow(Payment p) {
    return clock.instant().isAfter(Instant.ofEpochMilli(p.bookedAtMillis()).plus(REVERSAL_WINDOW));
  }

  private void put(Payment p) {
    Payment before = payments.put(p.partnerReferenceNo(), p);
    save("payment", p.partnerReferenceNo(), p);
    boolean nowFinal = PAID.equals(p.status()) || FAILED.equals(p.status());
    boolean wasFinal = before != null
        && (PAID.equals(before.status()) || FAILED.equals(before.status()));
    if (nowFinal && !wasFinal) {
      finalListeners.forEach(l -> l.accept(p));
    }
  }

  private void save(String kind, String id, Object record) {
    if (store != null) {
      store.put(kind, id, record);
    }
  }

  private String nextReference(String prefix) {
    return prefix + String.format("%017d", ++sequence);
  }

  private String now() {
    return SnapTimestamps.format(OffsetDateTime.now(clock.withZone(zone)));
  }

  private String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(10));
    }
    return sb.toString();
  }

  static String hash(String content) {
    return Signatures.bodyHash(content.strip().getBytes(StandardCharsets.UTF_8));
  }
}
