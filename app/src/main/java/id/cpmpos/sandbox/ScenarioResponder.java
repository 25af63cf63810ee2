package id.cpmpos.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.CancelResponse;
import id.cpmpos.snap.FieldViolation;
import id.cpmpos.snap.GenerateRequest;
import id.cpmpos.snap.GenerateResponse;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.PaymentResponse;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.QueryResponse;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.snap.RefundResponse;
import id.cpmpos.snap.SnapRequest;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The transaction services behind the checks: books each request in the {@link SandboxLedger} and
 * answers as the {@link Scenario} bound to the customer's QR says (approve, decline, in progress,
 * slow, no answer, a broken body).
 */
final class ScenarioResponder {
  /** How many queries an {@code in-progress} payment stays pending when the wallet does not say. */
  static final int DEFAULT_PENDING_QUERIES = 2;

  private final SandboxCredentials credentials;
  private final SandboxOptions options;
  private final SandboxLedger ledger;
  private final SandboxAnswers answers;
  private final Consumer<SnapService> beforeAnswering;

  /** @param beforeAnswering runs after a payment, cancel or refund is booked, before its answer is written */
  ScenarioResponder(SandboxCredentials credentials, SandboxOptions options, SandboxLedger ledger,
      SandboxAnswers answers, Consumer<SnapService> beforeAnswering) {
    this.credentials = credentials;
    this.options = options;
    this.ledger = ledger;
    this.answers = answers;
    this.beforeAnswering = beforeAnswering;
  }

  /** Answers one transaction service's request, its token and signature already checked. */
  void answer(SnapService service, HttpExchange exchange, byte[] body)
      throws SandboxError, IOException {
    switch (service) {
      case GENERATE -> answers.json(exchange, 200, generate(body));
      case PAYMENT -> payment(exchange, body);
      case QUERY -> answers.json(exchange, 200, query(body));
      case CANCEL -> answers.json(exchange, 200, answered(service, cancel(body)));
      case REFUND -> answers.json(exchange, 200, answered(service, refund(body)));
      default -> throw new SandboxError(405, "00", "Requested Function Is Not Supported");
    }
  }

  private <T> T answered(SnapService service, T booked) {
    beforeAnswering.accept(service);
    return booked;
  }

  private GenerateResponse generate(byte[] body) throws SandboxError {
    GenerateRequest request = valid(answers.parse(body, GenerateRequest.class));
    JsonNode info = request.additionalInfo();
    String scenarioId = info == null ? null : info.path("scenario").asText(null);
    Scenario scenario = Scenario.byId(scenarioId)
        .orElseThrow(() -> SandboxError.format("additionalInfo.scenario"));
    int pending = info == null
        ? DEFAULT_PENDING_QUERIES
        : info.path("pendingQueries").asInt(DEFAULT_PENDING_QUERIES);
    SandboxLedger.Issued issued = ledger.issueQr(scenario, Math.max(1, pending));
    String expiry = SnapTimestamps
        .format(OffsetDateTime.ofInstant(issued.qr().expiresAt(), options.zone()));
    return new GenerateResponse("2005900", "Successful", issued.qr().referenceNo(),
        request.partnerReferenceNo(),
        issued.content(), null, expiry, info);
  }

  private void payment(HttpExchange exchange, byte[] body) throws SandboxError, IOException {
    PaymentRequest request = valid(answers.parse(body, PaymentRequest.class));
    if (request.amount() == null) {
      // Optional in the spec's table, but a provider cannot charge without it.
      throw SandboxError.mandatory("amount.value");
    }
    if (!credentials.merchantId().equals(request.merchantId())) {
      throw new SandboxError(404, "08", "Invalid Merchant");
    }
    SandboxLedger.Booking booking = answered(SnapService.PAYMENT, ledger.pay(request));
    Scenario scenario = booking.scenario();
    SandboxLedger.Payment paid = booking.payment();
    PaymentResponse success = paid == null
        ? null
        : new PaymentResponse("2006000", "Successful",
            paid.referenceNo(), request.partnerReferenceNo(), paid.transactionDate(), null);
    switch (scenario.kind()) {
      case APPROVE -> answers.json(exchange, 200, success);
      case DECLINE, ERROR, ERROR_BOOKED ->
        throw new SandboxError(scenario.httpStatus, scenario.caseCode, scenario.message);
      case IN_PROGRESS ->
        answers.json(exchange, 202, new PaymentResponse("2026000", "Request In Progress",
            paid.referenceNo(), request.partnerReferenceNo(), paid.transactionDate(), null));
      case SLOW -> {
        pause(options.slowDelay().toMillis());
        answers.json(exchange, 200, success);
      }
      case DROP -> answers.drop(exchange);
      case MALFORMED -> answers.raw(exchange, 200, "{\"responseCode\":\"2006000\",\"responseMess");
      case EMPTY -> answers.raw(exchange, 200, "");
      default -> throw new IllegalStateException("unhandled scenario " + scenario);
    }
  }

  private QueryResponse query(byte[] body) throws SandboxError {
    QueryRequest request = valid(answers.parse(body, QueryRequest.class));
    Optional<SandboxLedger.Payment> found = ledger.query(request.originalPartnerReferenceNo(),
        request.originalReferenceNo());
    if (found.isEmpty()) {
      return new QueryResponse("2006100", "Successful", null, request.originalPartnerReferenceNo(),
          request.originalExternalId(), null, SandboxLedger.NOT_FOUND, "Not found", null, null);
    }
    SandboxLedger.Payment p = found.get();
    return new QueryResponse("2006100", "Successful", p.referenceNo(), p.partnerReferenceNo(),
        request.originalExternalId(), null, p.status(), describe(p.status()), p.paidTime(), null);
  }

  private CancelResponse cancel(byte[] body) throws SandboxError {
    CancelRequest request = valid(answers.parse(body, CancelRequest.class));
    SandboxLedger.Payment p = ledger.cancel(request.originalPartnerReferenceNo(),
        request.originalReferenceNo());
    return new CancelResponse("2006200", "Successful", p.partnerReferenceNo(), p.referenceNo(),
        request.originalExternalId(), p.cancelTime(), p.transactionDate(), null);
  }

  private RefundResponse refund(byte[] body) throws SandboxError {
    RefundRequest request = valid(answers.parse(body, RefundRequest.class));
    if (request.refundAmount() == null) {
      throw SandboxError.mandatory("refundAmount.value");
    }
    if (!credentials.merchantId().equals(request.merchantId())) {
      throw new SandboxError(404, "08", "Invalid Merchant");
    }
    SandboxLedger.Refund r = ledger.refund(request);
    return new RefundResponse("2008000", "Successful", r.originalPartnerReferenceNo(),
        ledger.payment(r.originalPartnerReferenceNo()).map(SandboxLedger.Payment::referenceNo)
            .orElse(null),
        request.originalExternalId(), r.refundNo(), r.partnerRefundNo(),
        new Amount(r.amount(), r.currency()),
        r.refundTime(), null);
  }

  private static String describe(String status) {
    return switch (status) {
      case SandboxLedger.PAID -> "success";
      case SandboxLedger.PENDING -> "pending";
      case SandboxLedger.REFUNDED -> "refunded";
      case SandboxLedger.CANCELLED -> "canceled";
      case SandboxLedger.FAILED -> "failed";
      default -> "not found";
    };
  }

  /** The spec's table for this request, checked by the same code the terminal checks before sending. */
  private static <T extends SnapRequest> T valid(T request) throws SandboxError {
    Optional<FieldViolation> violation = request.violation();
    if (violation.isPresent()) {
      FieldViolation v = violation.get();
      throw new SandboxError(400, v.caseCode(), v.message());
    }
    return request;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis); // the scenario itself: an answer that arrives too late
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
