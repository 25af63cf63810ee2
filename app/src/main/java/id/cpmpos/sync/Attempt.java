package id.cpmpos.sync;

/** What one try at a pending action came to: finished (a final state is recorded) or try again later. */
public record Attempt(boolean finished, String detail) {
  static Attempt done(String detail) {
    return new Attempt(true, detail);
  }

  static Attempt retry(String detail) {
    return new Attempt(false, detail);
  }
}
