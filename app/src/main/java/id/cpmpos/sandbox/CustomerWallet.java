package id.cpmpos.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.GenerateRequest;
import id.cpmpos.snap.GenerateResponse;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapTimestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The customer's side, simulated: asks the provider for a one-time CPM QR (generate, service 59)
 * through the real client, with the sandbox scenario the QR should play.
 */
public record CustomerWallet(SnapClient snap, Clock clock, ZoneId zone, String merchantId) {
  /** A QR the customer's phone shows, until {@code expiresAt}. */
  public record WalletQr(String content, OffsetDateTime expiresAt, String referenceNo) {}

  /** Generation failed; the message says what the provider or the network said. */
  public static final class WalletException extends Exception {
    public WalletException(String message) {
      super(message);
    }
  }

  public WalletQr generate(Scenario scenario) throws WalletException {
    ObjectNode info = SnapJson.mapper().createObjectNode().put("scenario", scenario.id());
    GenerateRequest request = new GenerateRequest(null, null, merchantId, null,
        SnapTimestamps.now(clock, zone), info);
    CallOutcome<GenerateResponse> outcome = snap.generate(request);
    if (outcome instanceof CallOutcome.Answered<GenerateResponse> a && a.code().isSuccess()
        && a.body() != null
        && a.body().qrContent() != null) {
      return new WalletQr(a.body().qrContent(), expiry(a.body().expiryTime()),
          a.body().referenceNo());
    }
    if (outcome instanceof CallOutcome.Answered<GenerateResponse> a) {
      throw new WalletException(a.code() + " " + a.message());
    }
    throw new WalletException(outcome instanceof CallOutcome.NotSent<GenerateResponse> n
        ? n.reason()
        : ((CallOutcome.Unknown<GenerateResponse>) outcome).reason());
  }

  /** The spec says ISO-8601, its sample says "60": accept both (seconds from now). */
  private OffsetDateTime expiry(String expiryTime) {
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(zone));
    if (expiryTime == null) {
      return now.plusSeconds(60);
    }
    try {
      return OffsetDateTime.parse(expiryTime);
    } catch (DateTimeParseException e) {
      try {
        return now.plusSeconds(Long.parseLong(expiryTime.trim()));
      } catch (NumberFormatException n) {
        return now.plusSeconds(60);
      }
    }
  }
}
