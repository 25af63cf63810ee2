package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every sample body of the spec reads into its record and writes back as the same JSON tree. */
class MessagesTest {
  final ObjectMapper json = SnapJson.mapper();

  void assertRoundTrip(String sample, Class<?> type) throws Exception {
    Object read = json.readValue(sample, type);
    JsonNode written = json.readTree(json.writeValueAsBytes(read));
    assertEquals(json.readTree(sample), written, type.getSimpleName());
  }

  @Test
  void generateSamplesRoundTrip() throws Exception {
    assertRoundTrip(SpecSamples.GENERATE_REQUEST, GenerateRequest.class);
    assertRoundTrip(SpecSamples.GENERATE_RESPONSE, GenerateResponse.class);
  }

  @Test
  void paymentSamplesRoundTrip() throws Exception {
    assertRoundTrip(SpecSamples.PAYMENT_REQUEST, PaymentRequest.class);
    assertRoundTrip(SpecSamples.PAYMENT_RESPONSE, PaymentResponse.class);
  }

  @Test
  void querySamplesRoundTrip() throws Exception {
    assertRoundTrip(SpecSamples.QUERY_REQUEST, QueryRequest.class);
    assertRoundTrip(SpecSamples.QUERY_RESPONSE, QueryResponse.class);
  }

  @Test
  void cancelSamplesRoundTrip() throws Exception {
    assertRoundTrip(SpecSamples.CANCEL_REQUEST, CancelRequest.class);
    assertRoundTrip(SpecSamples.CANCEL_RESPONSE, CancelResponse.class);
  }

  @Test
  void notifySamplesRoundTripKeepingSessionIdSpelledAsInTheSpec() throws Exception {
    assertRoundTrip(SpecSamples.NOTIFY_REQUEST, NotifyRequest.class);
    assertRoundTrip(SpecSamples.NOTIFY_RESPONSE, NotifyResponse.class);
    assertEquals("0UYEB77329002HY",
        json.readValue(SpecSamples.NOTIFY_REQUEST, NotifyRequest.class).sessionId());
  }

  @Test
  void refundSamplesRoundTripKeepingAnExplicitNullAdditionalInfo() throws Exception {
    assertRoundTrip(SpecSamples.REFUND_REQUEST, RefundRequest.class);
    assertRoundTrip(SpecSamples.REFUND_RESPONSE, RefundResponse.class);
  }

  @Test
  void tokenSamplesRoundTrip() throws Exception {
    assertRoundTrip(SpecSamples.TOKEN_REQUEST, TokenRequest.class);
    assertRoundTrip(SpecSamples.TOKEN_RESPONSE, TokenResponse.class);
  }

  @Test
  void unknownFieldsAreToleratedAndAdditionalInfoPassesThroughUntouched() throws Exception {
    String body = "{\"responseCode\":\"2006000\",\"responseMessage\":\"ok\",\"somethingNew\":[1,2],"
        + "\"additionalInfo\":{\"n\":1.50,\"deep\":{\"list\":[true,null,\"x\"]},\"s\":\"John  Doe\"}}";
    PaymentResponse read = json.readValue(body, PaymentResponse.class);
    assertEquals(json.readTree(body).get("additionalInfo"), read.additionalInfo());
    assertEquals("{\"n\":1.50,\"deep\":{\"list\":[true,null,\"x\"]},\"s\":\"John  Doe\"}",
        json.writeValueAsString(read.additionalInfo()));
  }

  @Test
  void expiresInIsReadAsStringOrNumber() throws Exception {
    assertEquals("900", json.readValue("{\"expiresIn\":\"900\"}", TokenResponse.class).expiresIn());
    assertEquals("900", json.readValue("{\"expiresIn\":900}", TokenResponse.class).expiresIn());
  }

  @Test
  void tableSpellingsAreAcceptedWhenReading() throws Exception {
    assertEquals("S1",
        json.readValue("{\"externalStoreID\":\"S1\"}", QueryRequest.class).externalStoreId());
    assertEquals("S1",
        json.readValue("{\"externalStoreID\":\"S1\"}", CancelRequest.class).externalStoreId());
    assertEquals("client_credentials",
        json.readValue("{\"granttype\":\"client_credentials\"}", TokenRequest.class).grantType());
  }

  @Test
  void requestsAreWrittenCompactWithoutNulls() throws Exception {
    String written = json.writeValueAsString(TokenRequest.clientCredentials());
    assertEquals("{\"grantType\":\"client_credentials\"}", written);
    assertTrue(JsonMinifier.minify(written).equals(written));
  }
}
