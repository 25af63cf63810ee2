package id.cpmpos.snap;

import okhttp3.HttpUrl;

/** The EndpointUrl that SNAP signs: the whole path as sent, provider prefix included, plus any query. */
public final class SignedPath {
  private SignedPath() {}

  public static String of(HttpUrl url) {
    String query = url.encodedQuery();
    return url.encodedPath() + (query == null ? "" : "?" + query);
  }

  public static String of(String path, String query) {
    return path + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}
