package id.cpmpos.bench;

import java.util.Arrays;

/** Percentiles of a run's samples, in milliseconds. */
final class Stats {
  private final double[] sorted;

  Stats(double[] millis) {
    sorted = millis.clone();
    Arrays.sort(sorted);
  }

  static Stats ofNanos(long[] nanos) {
    double[] ms = new double[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      ms[i] = nanos[i] / 1e6;
    }
    return new Stats(ms);
  }

  double p(int percent) {
    int i = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  double p50() {
    return p(50);
  }

  double p99() {
    return p(99);
  }

  double max() {
    return sorted[sorted.length - 1];
  }
}
