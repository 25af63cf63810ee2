package id.cpmpos.notify;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server for the notify endpoint that an internet-facing peer cannot exhaust. The
 * JDK's server reads a request's headers and body on its handler threads with no deadline, so two
 * stalled connections stopped it, and it hands the handler a body of any size. Here every
 * connection has one deadline for the whole request (a client dripping a byte at a time is cut
 * off too), a body over the limit is refused by its {@code Content-Length} before a byte of it is
 * read and a chunked one as soon as it passes the limit, and the handler threads and the queue in
 * front of them are bounded: a connection beyond them is closed at once. One request per
 * connection: a provider sends one notify at a time.
 */
final class NotifyHttpServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NotifyHttpServer.class);
  private static final int MAX_LINE = 8 * 1024;
  private static final int MAX_HEADERS = 100;
  private static final long LINGER_BYTES = 1 << 20;

  /** What the handler sees: headers by lower-case name. (Never compared, so an array is fine here.) */
  @SuppressWarnings("ArrayRecordComponent")
  record Request(String method, String rawPath, String rawQuery, Map<String, String> headers,
      byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  @SuppressWarnings("ArrayRecordComponent") // never compared
  record Response(int status, byte[] json, Map<String, String> headers) {}

  @FunctionalInterface
  interface Handler {
    Response handle(Request request);

    /** The answer to a body over the limit, before it was read. */
    default Response tooLarge() {
      return new Response(413, new byte[0], Map.of());
    }

    /** The answer to a request that is not HTTP the server understands. */
    default Response malformed() {
      return new Response(400, new byte[0], Map.of());
    }
  }

  /** A request that cannot be served; answered with its response and the connection closed. */
  private static final class Refused extends Exception {
    final boolean tooLarge;

    Refused(boolean tooLarge) {
      super(null, null, false, false);
      this.tooLarge = tooLarge;
    }
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final int maxBody;
  private final Duration requestTimeout;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService deadlines;
  private final Thread acceptor;
  private volatile boolean closed;

  NotifyHttpServer(InetAddress address, int port, Handler handler, int maxBody,
      Duration requestTimeout, int threads)
      throws IOException {
    this.socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(address, port), 50);
    this.handler = handler;
    this.maxBody = maxBody;
    this.requestTimeout = requestTimeout;
    this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 4), r -> daemon(r, "notify-receiver"));
    this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "notify-deadline"));
    this.acceptor = daemon(this::accept, "notify-accept");
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  InetAddress address() {
    return socket.getInetAddress();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private void accept() {
    while (!closed) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        if (!closed) {
          log.warn("notify receiver: accept failed: {}", e.toString());
        }
        continue;
      }
      try {
        workers.execute(() -> serve(connection));
      } catch (RejectedExecutionException e) {
        log.warn("notify receiver busy: connection from {} closed",
            connection.getInetAddress().getHostAddress());
        closeQuietly(connection);
      }
    }
  }

  private void serve(Socket connection) {
    // Closing the socket at the deadline ends any read blocked on it, however the client paces its bytes.
    ScheduledFuture<?> deadline = deadlines.schedule(() -> closeQuietly(connection),
        requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    try (connection) {
      connection.setTcpNoDelay(true);
      connection.setSoTimeout((int) Math.max(1, requestTimeout.toMillis()));
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      Response response;
      try {
        response = handler.handle(read(in, out));
      } catch (Refused r) {
        response = r.tooLarge ? handler.tooLarge() : handler.malformed();
      }
      write(out, response);
      linger(connection, in);
    } catch (SocketException e) {
      log.info("notify receiver: connection closed before the request was complete ({})",
          e.getMessage());
    } catch (IOException e) {
      log.info("notify receiver: {}", e.toString());
    } catch (RuntimeException e) {
      log.error("notify receiver failed", e);
    } finally {
      deadline.cancel(false);
    }
  }

  private Request read(InputStream in, OutputStream out) throws IOException, Refused {
    String requestLine = line(in);
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new Refused(false);
    }
    Map<String, String> headers = new TreeMap<>();
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon <= 0 || headers.size() >= MAX_HEADERS) {
        throw new Refused(false);
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      if (headers.putIfAbsent(name, value) != null && (name.equals("content-length")
          || name.equals("transfer-encoding"))) {
        throw new Refused(false); // two lengths: a smuggling attempt or a broken client
      }
    }
    String target = parts[1];
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? null : target.substring(q + 1);
    String length = headers.get("content-length");
    String encoding = headers.get("transfer-encoding");
    if (length != null && encoding != null) {
      throw new Refused(false);
    }
    byte[] body;
    if (encoding != null) {
      if (!"chunked".equalsIgnoreCase(encoding)) {
        throw new Refused(false);
      }
      continueIfExpected(headers, out);
      body = chunked(in);
    } else if (length != null) {
      long n;
      try {
        n = Long.parseLong(length);
      } catch (NumberFormatException e) {
        throw new Refused(false);
      }
      if (n < 0) {
        throw new Refused(false);
      }
      if (n > maxBody) {
        throw new Refused(true); // refused unread
      }
      continueIfExpected(headers, out);
      body = in.readNBytes((int) n);
      if (body.length < n) {
        throw new IOException("body ended after " + body.length + " of " + n + " bytes");
      }
    } else {
      body = new byte[0];
    }
    return new Request(parts[0], path, query, headers, body);
  }

  private static void continueIfExpected(Map<String, String> headers, OutputStream out)
      throws IOException {
    if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  private byte[] chunked(InputStream in) throws IOException, Refused {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(in);
      int semicolon = sizeLine.indexOf(';');
      long size;
      try {
        size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(),
            16);
      } catch (NumberFormatException e) {
        throw new Refused(false);
      }
      if (size < 0) {
        throw new Refused(false);
      }
      if (size == 0) {
        for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
          // trailers carry nothing a notify needs
        }
        return body.toByteArray();
      }
      if (body.size() + size > maxBody) {
        throw new Refused(true); // stopped as soon as it passes the limit
      }
      byte[] chunk = in.readNBytes((int) size);
      if (chunk.length < size) {
        throw new IOException("chunk ended early");
      }
      body.write(chunk);
      if (!line(in).isEmpty()) {
        throw new Refused(false);
      }
    }
  }

  /** One header line, CRLF (or a bare LF) stripped; a line longer than any header is refused. */
  private static String line(InputStream in) throws IOException, Refused {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed mid-request");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
            ? bytes.length - 1
            : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= MAX_LINE) {
        throw new Refused(false);
      }
      line.write(b);
    }
  }

  private static void write(OutputStream out, Response response) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
        .append(reason(response.status())).append("\r\n");
    if (response.json().length > 0) {
      head.append("Content-Type: application/json\r\n");
    }
    response.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(response.json().length)
        .append("\r\nConnection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(response.json());
    out.flush();
  }

  /**
   * Half-closes, then reads what the client still sends (an unread body) for a moment: closing with
   * unread bytes would reset the connection, and the client could lose the answer it was sent.
   */
  private static void linger(Socket connection, InputStream in) {
    try {
      connection.shutdownOutput();
      connection.setSoTimeout(1_000);
      long drained = 0;
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n > 0 && drained < LINGER_BYTES; n = in.read(buffer)) {
        drained += n;
      }
    } catch (IOException e) {
      // the answer is out; whatever the client does now is its business
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 413 -> "Payload Too Large";
      default -> "Status";
    };
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing
    }
    workers.shutdownNow();
    deadlines.shutdownNow();
  }
}
