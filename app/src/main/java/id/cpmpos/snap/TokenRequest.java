package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;

/** B2B access-token (service 73) request body. Older documents spell the field {@code granttype}. */
public record TokenRequest(@JsonAlias("granttype") String grantType,
    JsonNode additionalInfo) implements SnapRequest {
  public static TokenRequest clientCredentials() {
    return new TokenRequest("client_credentials", null);
  }
}
