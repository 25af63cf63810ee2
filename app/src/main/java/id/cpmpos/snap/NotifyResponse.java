package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-notify (service 79) response, sent by the terminal. */
public record NotifyResponse(String responseCode, String responseMessage, JsonNode additionalInfo)
    implements
      SnapResponse {}
