package id.cpmpos.snap;

/**
 * How transaction requests (59–62, 80) are signed; agreed per partner with the provider.
 *
 * <p>{@link #ASYMMETRIC} is SNAP's "asymmetric signature without token": SHA256withRSA with the
 * partner key over {@code METHOD:EndpointUrl:hash:X-TIMESTAMP}. We read "without token" as: no B2B
 * token is fetched and no {@code Authorization} header is sent, since the RSA signature alone
 * authenticates the partner; a provider that wants a bearer token as well uses the symmetric scheme.
 */
public enum SignatureScheme {
  /** HMAC-SHA512 with the client secret over a string that includes the B2B token. The default. */
  SYMMETRIC, ASYMMETRIC
}
