package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** B2B access-token (service 73) request body. */
public record TokenRequest(String grantType, JsonNode additionalInfo) {
  public static TokenRequest clientCredentials() {
    return new TokenRequest("client_credentials", null);
  }
}
