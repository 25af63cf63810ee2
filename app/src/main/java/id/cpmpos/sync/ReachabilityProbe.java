package id.cpmpos.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A light check that the provider can be reached: a TCP connect to its host, and nothing sent, so
 * probing can never cause anything at the provider.
 */
@FunctionalInterface
public interface ReachabilityProbe {
  boolean reachable();

  static ReachabilityProbe tcp(String host, int port, Duration timeout) {
    return () -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        return true;
      } catch (IOException e) {
        return false;
      }
    };
  }
}
