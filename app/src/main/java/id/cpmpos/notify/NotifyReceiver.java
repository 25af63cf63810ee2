package id.cpmpos.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.cpmpos.snap.FieldViolation;
import id.cpmpos.snap.JsonMinifier;
import id.cpmpos.snap.NotifyRequest;
import id.cpmpos.snap.NotifySignatureVerifier;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's qr-cpm-notify (service 79) endpoint. Checks, in this order, so that a refused
 * notify changes nothing: the body's size ({@code 413}, before it is read), the provider's
 * asymmetric signature ({@code 4017900}), the signed X-TIMESTAMP within the allowed clock skew
 * ({@code 4017900}: a notify captured and replayed later), X-PARTNER-ID and CHANNEL-ID against this
 * terminal's configuration ({@code 4017900}), a reused X-EXTERNAL-ID of the same day
 * ({@code 4097900}), the body ({@code 400790x}); then applies it, once per content: the same
 * notify again under a new X-EXTERNAL-ID (the signature does not cover that header) is answered
 * {@code 2007900} and changes nothing.
 */
public final class NotifyReceiver implements AutoCloseable {
  public static final String DEFAULT_PATH = "/v1.0/qr/qr-cpm-notify";
  private static final Logger log = LoggerFactory.getLogger(NotifyReceiver.class);
  private static final Pattern EXTERNAL_ID = Pattern.compile("\\d{1,36}");
  /** Content claims share the X-EXTERNAL-ID table; an external id is digits, so these never collide. */
  private static final String CONTENT_PREFIX = "sha256:";

  private final NotifySignatureVerifier verifier;
  private final NotifyApplier applier;
  private final Clock clock;
  private final ZoneId zone;
  private final NotifyPolicy policy;
  private final ObjectMapper json = SnapJson.mapper();
  private final ReplayGuard replays;
  private NotifyHttpServer server;
  private String url;

  public NotifyReceiver(NotifySignatureVerifier verifier, NotifyApplier applier,
      ReplayGuard replays,
      NotifyPolicy policy, Clock clock, ZoneId zone) {
    this.replays = replays;
    this.verifier = verifier;
    this.applier = applier;
    this.policy = policy;
    this.clock = clock;
    this.zone = zone;
  }

  /** Binds to {@code bindAddress} (127.0.0.1 unless configured otherwise); port 0 picks a free one. */
  public NotifyReceiver start(String bindAddress, int port) throws IOException {
    server = new NotifyHttpServer(InetAddress.getByName(bindAddress), port,
        new NotifyHttpServer.Handler() {
          @Override
          public NotifyHttpServer.Response handle(NotifyHttpServer.Request request) {
            return respond(answer(request));
          }

          @Override
          public NotifyHttpServer.Response tooLarge() {
            log.warn("notify refused: body over {} bytes", policy.maxBodyBytes());
            return respond(new Answer("4137900", "Request Entity Too Large"));
          }

          @Override
          public NotifyHttpServer.Response malformed() {
            return respond(new Answer("4007900", "Bad Request"));
          }
        }, policy.maxBodyBytes(), policy.requestTimeout(), policy.threads());
    url = "http://" + server.address().getHostAddress() + ":" + server.port() + DEFAULT_PATH;
    log.info("notify receiver listening on {}", url);
    return this;
  }

  public String url() {
    return url;
  }

  private NotifyHttpServer.Response respond(Answer answer) {
    ObjectNode out = json.createObjectNode().put("responseCode", answer.code())
        .put("responseMessage", answer.message());
    try {
      return new NotifyHttpServer.Response(Integer.parseInt(answer.code().substring(0, 3)),
          json.writeValueAsBytes(out),
          Map.of("X-TIMESTAMP", SnapTimestamps.now(clock, zone)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Answer(String code, String message) {}

  private Answer answer(NotifyHttpServer.Request request) {
    if (!"POST".equals(request.method())) {
      return new Answer("4057900", "Requested Function Is Not Supported");
    }
    if (!request.rawPath().startsWith(DEFAULT_PATH)) {
      return new Answer("4047900", "Not Found");
    }
    byte[] body = request.body();
    String path = SignedPath.of(request.rawPath(), request.rawQuery());
    if (!verifier.verify(path, body, request::header)) {
      log.warn("notify refused: bad or missing signature");
      return new Answer("4017900", "Unauthorized. Signature");
    }
    Optional<Answer> refused = checkTimestamp(request.header("X-TIMESTAMP"))
        .or(() -> checkSender(request.header("X-PARTNER-ID"), request.header("CHANNEL-ID")));
    if (refused.isPresent()) {
      return refused.get();
    }
    String externalId = request.header("X-EXTERNAL-ID");
    if (externalId == null || externalId.isBlank()) {
      return new Answer("4007902", "Invalid Mandatory Field X-EXTERNAL-ID");
    }
    if (!EXTERNAL_ID.matcher(externalId).matches()) {
      return new Answer("4007901", "Invalid Field Format X-EXTERNAL-ID");
    }
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    if (replays.used(day, externalId)) {
      log.warn("notify refused: X-EXTERNAL-ID {} already used today", externalId);
      return new Answer("4097900", "Conflict");
    }
    NotifyRequest notify;
    try {
      notify = json.readValue(body, NotifyRequest.class);
    } catch (IOException e) {
      return new Answer("4007900", "Bad Request");
    }
    Optional<FieldViolation> invalid = notify.violation();
    if (invalid.isPresent()) {
      return new Answer(invalid.get().responseCode(SnapService.NOTIFY).toString(),
          invalid.get().message());
    }
    if (!replays.claim(day, externalId)) {
      return new Answer("4097900", "Conflict");
    }
    // Yesterday's too: the window around X-TIMESTAMP spans midnight.
    String content = CONTENT_PREFIX + HexFormat.of().formatHex(Signatures.sha256(
        JsonMinifier.minify(new String(body, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8)));
    if (replays.used(day, content) || replays.used(day.minusDays(1), content)) {
      log.warn("notify for {} with the content of one already applied: nothing changed",
          notify.originalPartnerReferenceNo());
      return new Answer("2007900", "Successful");
    }
    NotifyApplier.Result result = applier.apply(notify);
    log.info("notify for {} status {}: {}", notify.originalPartnerReferenceNo(),
        notify.latestTransactionStatus(), result);
    if (result == NotifyApplier.Result.UNKNOWN_TRANSACTION) {
      return new Answer("4047901", "Transaction Not Found");
    }
    // After applying, not before: a notify whose application failed must still apply when it is sent again.
    replays.claim(day, content);
    return new Answer("2007900", "Successful");
  }

  /** The signature covers X-TIMESTAMP, so a stale one means a captured notify sent again. */
  private Optional<Answer> checkTimestamp(String timestamp) {
    OffsetDateTime sent;
    try {
      sent = OffsetDateTime.parse(String.valueOf(timestamp));
    } catch (DateTimeParseException e) {
      return Optional.of(new Answer("4007901", "Invalid Field Format X-TIMESTAMP"));
    }
    Duration skew = Duration.between(sent.toInstant(), clock.instant()).abs();
    if (skew.compareTo(policy.maxClockSkew()) > 0) {
      log.warn(
          "notify refused: X-TIMESTAMP {} is {} s from this terminal's clock (at most {} s allowed)",
          timestamp, skew.toSeconds(), policy.maxClockSkew().toSeconds());
      return Optional
          .of(new Answer("4017900", "Unauthorized. X-TIMESTAMP outside the allowed window"));
    }
    return Optional.empty();
  }

  private Optional<Answer> checkSender(String partnerId, String channelId) {
    if (partnerId == null || partnerId.isBlank()) {
      return Optional.of(new Answer("4007902", "Invalid Mandatory Field X-PARTNER-ID"));
    }
    if (channelId == null || channelId.isBlank()) {
      return Optional.of(new Answer("4007902", "Invalid Mandatory Field CHANNEL-ID"));
    }
    if (!policy.partnerId().equals(partnerId) || !policy.channelId().equals(channelId)) {
      log.warn("notify refused: X-PARTNER-ID/CHANNEL-ID are not this terminal's");
      return Optional.of(new Answer("4017900", "Unauthorized. Unknown Client"));
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
