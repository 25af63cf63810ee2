package id.cpmpos.receipt;

import com.fazecast.jSerialComm.SerialPort;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where ESC/POS bytes go: {@code serial:PORT} (a USB or RS-232 printer, 9600 baud 8N1 unless the
 * port was set up otherwise), {@code tcp:HOST:PORT} (a network printer's raw port, usually 9100) or
 * {@code file:PATH} (the bytes themselves, for spooling and tests).
 */
public record PrinterSpec(Kind kind, String target, int port) {
  public enum Kind {
    SERIAL, TCP, FILE
  }

  private static final int CONNECT_TIMEOUT_MS = 3000;
  private static final int SERIAL_BAUD = 9600;

  /** Parses a spec; throws IllegalArgumentException with the reason for anything else. */
  public static PrinterSpec parse(String spec) {
    String s = spec == null ? "" : spec.strip();
    int colon = s.indexOf(':');
    String scheme = colon < 0 ? "" : s.substring(0, colon);
    String rest = colon < 0 ? "" : s.substring(colon + 1);
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("expected serial:PORT, tcp:HOST:PORT or file:PATH");
    }
    switch (scheme) {
      case "serial" :
        return new PrinterSpec(Kind.SERIAL, rest, 0);
      case "file" :
        return new PrinterSpec(Kind.FILE, rest, 0);
      case "tcp" :
        int last = rest.lastIndexOf(':');
        if (last <= 0) {
          throw new IllegalArgumentException("expected tcp:HOST:PORT");
        }
        int port;
        try {
          port = Integer.parseInt(rest.substring(last + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a port number: " + rest.substring(last + 1), e);
        }
        if (port < 1 || port > 65535) {
          throw new IllegalArgumentException("not a port number: " + port);
        }
        return new PrinterSpec(Kind.TCP, rest.substring(0, last), port);
      default :
        throw new IllegalArgumentException("expected serial:PORT, tcp:HOST:PORT or file:PATH");
    }
  }

  /** Opens the destination; closing the stream closes the socket or port. */
  public OutputStream open() throws IOException {
    switch (kind) {
      case FILE :
        return Files.newOutputStream(Path.of(target));
      case TCP :
        Socket socket = new Socket();
        try {
          socket.connect(new InetSocketAddress(target, port), CONNECT_TIMEOUT_MS);
          return socket.getOutputStream(); // closing it closes the socket
        } catch (IOException e) {
          socket.close();
          throw e;
        }
      case SERIAL :
      default :
        SerialPort serial = SerialPort.getCommPort(target);
        serial.setComPortParameters(SERIAL_BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        serial.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, CONNECT_TIMEOUT_MS);
        if (!serial.openPort()) {
          throw new IOException("cannot open serial port " + target);
        }
        return new FilterOutputStream(serial.getOutputStream()) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              serial.closePort();
            }
          }
        };
    }
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SERIAL -> "serial:" + target;
      case FILE -> "file:" + target;
      case TCP -> "tcp:" + target + ":" + port;
    };
  }
}
