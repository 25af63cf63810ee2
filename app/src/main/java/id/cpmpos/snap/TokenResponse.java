package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * B2B access-token (service 73) response. {@code expiresIn} is a string in the spec; some providers
 * send a number, which Jackson coerces into this string.
 */
public record TokenResponse(
    String responseCode,
    String responseMessage,
    String accessToken,
    String tokenType,
    String expiresIn,
    JsonNode additionalInfo) implements SnapResponse {}
