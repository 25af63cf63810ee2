package id.cpmpos.snap;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scriptable HTTP/1.1 provider on 127.0.0.1 (port 0), written on a bare {@link ServerSocket} so a test
 * can make it misbehave in exactly one way after reading a request: stay silent, reset, close, or
 * answer anything. It records every request it fully read, with its exact body bytes.
 */
final class LoopbackServer implements AutoCloseable {

  /** A request as received: header names in lower case, the body's exact bytes. */
  record Received(String method, String target, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    boolean isToken() {
      return target.endsWith("/access-token/b2b");
    }
  }

  /** What the server does with one request on its connection; the connection is closed afterwards. */
  @FunctionalInterface
  interface Handler {
    void handle(Received request, Socket socket) throws Exception;
  }

  static final String TOKEN = "tok-1";
  static final String PAYMENT_OK = "{\"responseCode\":\"2006000\",\"responseMessage\":\"Successful\","
      + "\"referenceNo\":\"R1\",\"partnerReferenceNo\":\"P1\"}";

  private final ServerSocket server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  volatile Handler token = (r, s) -> json(s, 200, tokenBody(TOKEN, "\"900\""));
  volatile Handler transaction = (r, s) -> json(s, 200, PAYMENT_OK);

  LoopbackServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  long count(boolean tokenRequests) {
    return received.stream().filter(r -> r.isToken() == tokenRequests).count();
  }

  /** Blocks a handler until the test ends: "read the request and never answer". Bounded. */
  void holdUntilClosed() throws InterruptedException {
    closed.await(30, TimeUnit.SECONDS);
  }

  static String tokenBody(String token, String expiresInJson) {
    return "{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\",\"accessToken\":\""
        + token
        + "\",\"tokenType\":\"Bearer\",\"expiresIn\":" + expiresInJson + "}";
  }

  static void json(Socket socket, int status, String body) throws IOException {
    raw(socket, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  static void raw(Socket socket, int status, String contentType, byte[] body) throws IOException {
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  /** Abortive close: the client sees a connection reset. */
  static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread t = new Thread(() -> serve(socket), "loopback-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout(10_000);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      in.mark(1);
      int first = in.read();
      in.reset();
      if (first < 'A' || first > 'Z') { // not HTTP (a TLS ClientHello starts with 0x16): answer as plain HTTP does
        raw(socket, 400, "text/plain", "not HTTP".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      Received request = read(in);
      received.add(request);
      (request.isToken() ? token : transaction).handle(request, socket);
    } catch (Exception e) {
      // the client went away or the handler misbehaved on purpose
    }
  }

  private static Received read(InputStream in) throws IOException {
    String[] requestLine = line(in).split(" ");
    Map<String, String> headers = new TreeMap<>();
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.putIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          h.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Received(requestLine[0], requestLine[1], headers, body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("end of stream in headers");
      }
      if (b != '\r') {
        out.write(b);
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    server.close();
  }
}
