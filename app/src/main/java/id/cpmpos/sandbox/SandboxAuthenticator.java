package id.cpmpos.sandbox;

import com.sun.net.httpserver.HttpExchange;
import id.cpmpos.snap.JsonMinifier;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.TokenResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * What a real provider checks before it looks at a request: the B2B token request's asymmetric
 * signature, and for every transaction the token, the symmetric signature, the partner, the channel
 * and a fresh X-EXTERNAL-ID. The same signature code as the client's.
 */
final class SandboxAuthenticator {
  private final SandboxCredentials credentials;
  private final SandboxLedger ledger;
  private final Consumer<String> secretsSeen;

  /** @param secretsSeen receives every token issued and every signature checked (tests look for them in logs) */
  SandboxAuthenticator(SandboxCredentials credentials, SandboxLedger ledger,
      Consumer<String> secretsSeen) {
    this.credentials = credentials;
    this.ledger = ledger;
    this.secretsSeen = secretsSeen;
  }

  /** Checks a B2B token request and issues a token. */
  TokenResponse token(HttpExchange exchange) throws SandboxError {
    String timestamp = header(exchange, "X-TIMESTAMP");
    String clientKey = header(exchange, "X-CLIENT-KEY");
    String signature = header(exchange, "X-SIGNATURE");
    checkTimestamp(timestamp);
    if (!credentials.clientKey().equals(clientKey)) {
      throw new SandboxError(401, "00", "Unauthorized. Unknown Client");
    }
    if (!Signatures.rsaVerify(credentials.partnerKeys().getPublic(),
        Signatures.tokenStringToSign(clientKey, timestamp), signature)) {
      throw new SandboxError(401, "00", "Unauthorized. Signature");
    }
    SandboxLedger.IssuedToken token = ledger.issueToken();
    secretsSeen.accept(token.value());
    return new TokenResponse("2007300", "Successful", token.value(), "Bearer",
        String.valueOf(token.lifetimeSeconds()), null);
  }

  /** Token, symmetric signature, partner and X-EXTERNAL-ID: the checks every transaction service shares. */
  void verifyTransaction(HttpExchange exchange, String path, byte[] body) throws SandboxError {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new SandboxError(401, "03", "Token Not Found (B2B)");
    }
    String token = authorization.substring("Bearer ".length()).trim();
    if (!ledger.isValidToken(token)) {
      throw new SandboxError(401, "01", "Invalid Token (B2B)");
    }
    String timestamp = header(exchange, "X-TIMESTAMP");
    checkTimestamp(timestamp);
    String signature = header(exchange, "X-SIGNATURE");
    secretsSeen.accept(signature);
    String minified = JsonMinifier.minify(new String(body, StandardCharsets.UTF_8));
    String stringToSign = Signatures.symmetricStringToSign("POST",
        SignedPath.of(path, exchange.getRequestURI().getRawQuery()), token,
        minified.getBytes(StandardCharsets.UTF_8), timestamp);
    if (!Signatures.sameSignature(Signatures.hmacSha512(credentials.clientSecret(), stringToSign),
        signature)) {
      throw new SandboxError(401, "00", "Unauthorized. Signature");
    }
    if (!credentials.partnerId().equals(header(exchange, "X-PARTNER-ID"))) {
      throw new SandboxError(401, "00", "Unauthorized. Unknown Partner");
    }
    String channel = header(exchange, "CHANNEL-ID");
    if (!channel.matches("\\d{5}")) {
      throw SandboxError.format("CHANNEL-ID");
    }
    String externalId = header(exchange, "X-EXTERNAL-ID");
    if (!externalId.matches("\\d{1,36}")) {
      throw SandboxError.format("X-EXTERNAL-ID");
    }
    if (!ledger.useExternalId(externalId)) {
      throw new SandboxError(409, "00", "Conflict");
    }
  }

  private static void checkTimestamp(String timestamp) throws SandboxError {
    try {
      OffsetDateTime.parse(timestamp);
    } catch (RuntimeException e) {
      throw SandboxError.format("X-TIMESTAMP");
    }
  }

  private static String header(HttpExchange exchange, String name) throws SandboxError {
    String v = exchange.getRequestHeaders().getFirst(name);
    if (v == null || v.isBlank()) {
      throw SandboxError.mandatory(name);
    }
    return v;
  }
}
