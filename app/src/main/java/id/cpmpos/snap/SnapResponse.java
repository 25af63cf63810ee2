package id.cpmpos.snap;

/** What every SNAP response body carries. */
public interface SnapResponse {
  String responseCode();

  String responseMessage();
}
