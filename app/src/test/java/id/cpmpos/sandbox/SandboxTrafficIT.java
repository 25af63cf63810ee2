package id.cpmpos.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.testing.SandboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's traffic log holds nothing that could be replayed: no token, no signature, no QR content. */
class SandboxTrafficIT {
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  @TempDir Path dir;
  final OkHttpClient http = new OkHttpClient();

  @Test
  void tokensSignaturesAndQrContentNeverReachTheLog() throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    try (SandboxFixture fixture = new SandboxFixture(dir,
        SandboxOptions.defaults().withTraffic(log::add),
        Clock.systemUTC())) {
      SandboxCredentials c = fixture.sandbox.credentials();
      String base = fixture.sandbox.baseUrl();

      String timestamp = SnapTimestamps.now(Clock.systemUTC(), JAKARTA);
      String tokenSignature = Signatures.rsaSign(c.partnerKeys().getPrivate(),
          Signatures.tokenStringToSign(c.clientKey(), timestamp));
      JsonNode token = post(new Request.Builder().url(base + "/v1.0/access-token/b2b")
          .header("X-TIMESTAMP", timestamp).header("X-CLIENT-KEY", c.clientKey())
          .header("X-SIGNATURE", tokenSignature),
          "{\"grantType\":\"client_credentials\"}");
      String accessToken = token.get("accessToken").asText();
      assertTrue(accessToken.length() > 16, token.toString());

      byte[] query = ("{\"originalPartnerReferenceNo\":\"P1\",\"merchantId\":\"" + c.merchantId()
          + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      String querySignature = Signatures.hmacSha512(c.clientSecret(),
          Signatures.symmetricStringToSign("POST", "/v1.0/qr/qr-cpm-query", accessToken, query,
              timestamp));
      post(
          new Request.Builder().url(base + "/v1.0/qr/qr-cpm-query")
              .header("Authorization", "Bearer " + accessToken)
              .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", querySignature)
              .header("X-PARTNER-ID", c.partnerId())
              .header("X-EXTERNAL-ID", "7001").header("CHANNEL-ID", c.channelId()),
          new String(query, StandardCharsets.UTF_8));

      String qr = fixture.customerQr();
      try (TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
        terminal.payments().pay("5000", qr, null);
      }

      String all = String.join("\n", log);
      assertTrue(
          all.contains("access-token/b2b") && all.contains("qr-cpm-payment")
              && all.contains("qr-cpm-generate"),
          all);
      assertFalse(all.contains(accessToken), "the token response's accessToken is in the log");
      assertFalse(all.contains(accessToken.substring(0, 12)),
          "a usable part of the token is in the log");
      assertFalse(all.contains(tokenSignature), "the token request's X-SIGNATURE is in the log");
      assertFalse(all.contains(querySignature), "a transaction's X-SIGNATURE is in the log");
      assertFalse(all.contains(qr), "QR content is in the log");
      assertTrue(all.contains("\"qrContent\":\"sha256:"), "QR content appears as its hash");
      assertTrue(all.contains("X-signature: " + tokenSignature.substring(0, 6) + "…(len ")
          || all.contains("X-SIGNATURE: " + tokenSignature.substring(0, 6) + "…(len "), all);
    }
  }

  private JsonNode post(Request.Builder request, String body) throws Exception {
    try (Response response = http
        .newCall(request.post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8),
            MediaType.get("application/json"))).build())
        .execute()) {
      return SnapJson.mapper().readTree(response.body().string());
    }
  }
}
