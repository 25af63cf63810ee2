package id.cpmpos.snap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.logging.LogMask;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SNAP wire client: validates, signs and sends one request, classifies what came back. It never
 * repeats a transaction by itself: OkHttp's silent retries are off, and the only re-send is the
 * spec's one after the provider rejected our B2B token, which proves the request was not processed.
 */
public final class SnapClient {
  private static final Logger log = LoggerFactory.getLogger(SnapClient.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Pattern EXTERNAL_ID = Pattern.compile("\\d{1,36}");

  private final SnapSettings settings;
  private final OkHttpClient http;
  private final ExternalIdSource externalIds;
  private final CustomerTokenSource customerTokens;
  private final Clock clock;
  private final ObjectMapper json = SnapJson.mapper();
  private final AccessTokens tokens;

  public SnapClient(SnapSettings settings, OkHttpClient base, ExternalIdSource externalIds,
      Clock clock) {
    this(settings, base, externalIds, CustomerTokenSource.NONE, clock);
  }

  public SnapClient(SnapSettings settings, OkHttpClient base, ExternalIdSource externalIds,
      CustomerTokenSource customerTokens, Clock clock) {
    this.settings = settings;
    this.http = base.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .eventListener(new RequestWriteTracker.Listener())
        .build();
    this.externalIds = externalIds;
    this.customerTokens = customerTokens;
    this.clock = clock;
    this.tokens = new AccessTokens(this::requestToken, clock);
  }

  public static OkHttpClient defaultHttpClient() {
    return new OkHttpClient();
  }

  public SnapSettings settings() {
    return settings;
  }

  /**
   * Drops every pooled connection. Called when the provider was found unreachable: connections from
   * before an outage are dead, and a payment written onto one would lose its answer (UNKNOWN) where a
   * fresh connection would have been refused cleanly (NOT_SENT) or simply worked.
   */
  public void dropPooledConnections() {
    http.connectionPool().evictAll();
  }

  /** Fetches the B2B token now, so the first payment does not wait for it. */
  public CallOutcome<TokenResponse> warmUp() {
    return tokens.current();
  }

  public CallOutcome<PaymentResponse> payment(PaymentRequest request) {
    return transaction(SnapService.PAYMENT, request, PaymentResponse.class);
  }

  public CallOutcome<QueryResponse> query(QueryRequest request) {
    return transaction(SnapService.QUERY, request, QueryResponse.class);
  }

  public CallOutcome<CancelResponse> cancel(CancelRequest request) {
    return transaction(SnapService.CANCEL, request, CancelResponse.class);
  }

  public CallOutcome<RefundResponse> refund(RefundRequest request) {
    return transaction(SnapService.REFUND, request, RefundResponse.class);
  }

  /** Generate is the wallet's call (service 59); the terminal never makes it, the sandbox wallet does. */
  public CallOutcome<GenerateResponse> generate(GenerateRequest request) {
    return transaction(SnapService.GENERATE, request, GenerateResponse.class);
  }

  /**
   * Validates, signs and sends; re-sends once only after a token rejection.
   *
   * @throws InvalidRequestException when the request breaks the spec's table; nothing was sent
   */
  <T extends SnapResponse> CallOutcome<T> transaction(SnapService service, SnapRequest body,
      Class<T> type) {
    body.validate();
    byte[] bytes = serialize(body);
    if (settings.signatureScheme() == SignatureScheme.ASYMMETRIC) {
      return send(service, bytes, null, type);
    }
    CallOutcome<TokenResponse> token = tokens.current();
    if (!(token instanceof CallOutcome.Answered<TokenResponse> t) || !t.code().isSuccess()) {
      return tokenFailure(token);
    }
    CallOutcome<T> outcome = send(service, bytes, t.body().accessToken(), type);
    if (outcome instanceof CallOutcome.Answered<T> a && isTokenRejected(a.code())) {
      log.info("{} rejected our token ({}); refreshing it and sending once more", service,
          a.code());
      CallOutcome<TokenResponse> fresh = tokens.refresh(t.body().accessToken());
      if (!(fresh instanceof CallOutcome.Answered<TokenResponse> f) || !f.code().isSuccess()) {
        return tokenFailure(fresh);
      }
      outcome = send(service, bytes, f.body().accessToken(), type);
    }
    return outcome;
  }

  /** 401xx01 (invalid B2B token) and 401xx03 (token not found): refused at the gate, not processed. */
  private static boolean isTokenRejected(ResponseCode code) {
    return code.httpStatus() == 401
        && ("01".equals(code.caseCode()) || "03".equals(code.caseCode()));
  }

  /** A token that could not be had means the transaction itself was never sent. */
  private static <T extends SnapResponse> CallOutcome<T> tokenFailure(
      CallOutcome<TokenResponse> token) {
    if (token instanceof CallOutcome.Answered<TokenResponse> a) {
      return new CallOutcome.Answered<>(a.httpStatus(), a.code(), a.message(), null);
    }
    if (token instanceof CallOutcome.Unknown<TokenResponse> u) {
      return new CallOutcome.NotSent<>("access token: " + u.reason());
    }
    return new CallOutcome.NotSent<>(((CallOutcome.NotSent<TokenResponse>) token).reason());
  }

  private CallOutcome<TokenResponse> requestToken() {
    String timestamp = SnapTimestamps.now(clock, settings.zone());
    byte[] bytes = serialize(TokenRequest.clientCredentials());
    Request request = new Request.Builder()
        .url(url(SnapService.ACCESS_TOKEN))
        .header("X-TIMESTAMP", timestamp)
        .header("X-CLIENT-KEY", settings.clientKey())
        .header("X-SIGNATURE", Signatures.rsaSign(settings.partnerPrivateKey(),
            Signatures.tokenStringToSign(settings.clientKey(), timestamp)))
        .post(RequestBody.create(bytes, JSON))
        .build();
    CallOutcome<TokenResponse> outcome = execute(SnapService.ACCESS_TOKEN, request,
        TokenResponse.class);
    if (outcome instanceof CallOutcome.Answered<TokenResponse> a && a.body() != null) {
      LogMask.register(a.body().accessToken()); // from now on masked in every log line
    }
    return outcome;
  }

  /** One attempt. {@code token} is null under the asymmetric scheme, which sends no Authorization. */
  private <T extends SnapResponse> CallOutcome<T> send(SnapService service, byte[] bytes,
      String token, Class<T> type) {
    String timestamp = SnapTimestamps.now(clock, settings.zone()); // computed once: signed exactly as sent
    HttpUrl url = url(service);
    String signature = token == null
        ? Signatures.rsaSign(settings.partnerPrivateKey(),
            Signatures.asymmetricStringToSign("POST", SignedPath.of(url), bytes, timestamp))
        : Signatures.hmacSha512(settings.clientSecret(),
            Signatures.symmetricStringToSign("POST", SignedPath.of(url), token, bytes, timestamp));
    Request.Builder request = new Request.Builder()
        .url(url)
        .header("X-TIMESTAMP", timestamp)
        .header("X-SIGNATURE", signature)
        .header("ORIGIN", settings.origin())
        .header("X-PARTNER-ID", settings.partnerId())
        .header("X-EXTERNAL-ID", nextExternalId())
        .header("X-IP-ADDRESS", settings.ipAddress())
        .header("X-DEVICE-ID", settings.deviceId())
        .header("CHANNEL-ID", settings.channelId())
        .post(RequestBody.create(bytes, JSON));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    Optional<String> customer = customerTokens.current().filter(t -> !t.isBlank());
    customer.ifPresent(t -> {
      LogMask.register(t);
      request.header("Authorization-Customer", "Bearer " + t);
    });
    if (settings.latitude() != null && settings.longitude() != null) {
      request.header("X-LATITUDE", settings.latitude()).header("X-LONGITUDE", settings.longitude());
    }
    return execute(service, request.build(), type);
  }

  /** A malformed id is our bug, caught before sending: the provider would answer 400 or 409. */
  private String nextExternalId() {
    String id = externalIds.next();
    if (id == null || !EXTERNAL_ID.matcher(id).matches()) {
      throw new IllegalStateException("X-EXTERNAL-ID must be 1-36 digits, the source gave: " + id);
    }
    return id;
  }

  private <T extends SnapResponse> CallOutcome<T> execute(SnapService service, Request request,
      Class<T> type) {
    RequestWriteTracker tracker = new RequestWriteTracker();
    Request tagged = request.newBuilder().tag(RequestWriteTracker.class, tracker).build();
    Instant started = clock.instant();
    try (Response response = http.newCall(tagged).execute()) {
      CallOutcome<T> outcome = classify(response, type);
      log.info("{} {} -> HTTP {} {} ({} ms)", service, request.header("X-EXTERNAL-ID"),
          response.code(),
          describe(outcome), Duration.between(started, clock.instant()).toMillis());
      return outcome;
    } catch (IOException e) {
      // An untrusted certificate or a pin mismatch fails the handshake, before the request is written.
      String tls = ProviderTls.describeFailure(e);
      String reason = tls != null
          ? tls
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      log.warn("{} {} failed {} the request was written: {}", service,
          request.header("X-EXTERNAL-ID"),
          tracker.writeStarted() ? "after" : "before", reason);
      return tracker.writeStarted()
          ? new CallOutcome.Unknown<>(reason, null)
          : new CallOutcome.NotSent<>(reason);
    }
  }

  /**
   * Only a well-formed body whose code agrees with the HTTP status is an answer. Anything else came
   * after the request was written, so the provider may have acted on it: unknown.
   */
  private <T extends SnapResponse> CallOutcome<T> classify(Response response, Class<T> type)
      throws IOException {
    ResponseBody body = response.body();
    String text = body == null ? "" : body.string();
    if (text.isBlank()) {
      return new CallOutcome.Unknown<>("empty body", response.code());
    }
    T parsed;
    try {
      parsed = json.readValue(text, type);
    } catch (JsonProcessingException e) {
      return new CallOutcome.Unknown<>("malformed JSON", response.code());
    }
    var code = parsed == null
        ? Optional.<ResponseCode>empty()
        : ResponseCode.parse(parsed.responseCode());
    if (code.isEmpty()) {
      return new CallOutcome.Unknown<>("no valid responseCode", response.code());
    }
    if (!code.get().matches(response.code())) {
      return new CallOutcome.Unknown<>(
          "responseCode " + code.get() + " does not match HTTP " + response.code(),
          response.code());
    }
    return new CallOutcome.Answered<>(response.code(), code.get(), parsed.responseMessage(),
        parsed);
  }

  private static String describe(CallOutcome<?> outcome) {
    if (outcome instanceof CallOutcome.Answered<?> a) {
      return a.code().toString();
    }
    return outcome instanceof CallOutcome.Unknown<?> u
        ? "unknown: " + u.reason()
        : "not sent: " + ((CallOutcome.NotSent<?>) outcome).reason();
  }

  private HttpUrl url(SnapService service) {
    return settings.baseUrl().newBuilder()
        .addPathSegments(service.path(settings.version()).substring(1))
        .build();
  }

  private byte[] serialize(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + body.getClass().getSimpleName(), e);
    }
  }
}
