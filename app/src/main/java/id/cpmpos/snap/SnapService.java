package id.cpmpos.snap;

/** The SNAP services this terminal speaks, with their service codes and path tails. */
public enum SnapService {
  ACCESS_TOKEN("73", "access-token/b2b"), GENERATE("59", "qr/qr-cpm-generate"), PAYMENT("60",
      "qr/qr-cpm-payment"), QUERY("61", "qr/qr-cpm-query"), CANCEL("62",
          "qr/qr-cpm-cancel"), NOTIFY("79", "qr/qr-cpm-notify"), REFUND("80", "qr/qr-cpm-refund");

  private final String code;
  private final String tail;

  SnapService(String code, String tail) {
    this.code = code;
    this.tail = tail;
  }

  public String code() {
    return code;
  }

  /** The path from the version on, e.g. {@code /v1.0/qr/qr-cpm-payment}. The token is always v1.0. */
  public String path(String version) {
    return "/" + (this == ACCESS_TOKEN ? "v1.0" : version) + "/" + tail;
  }

  public static SnapService fromPath(String path) {
    for (SnapService s : values()) {
      if (path.endsWith("/" + s.tail)) {
        return s;
      }
    }
    return null;
  }
}
