package id.cpmpos.scanner.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import id.cpmpos.scanner.BackgroundScanner;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed scanner on a serial or USB CDC port, through jSerialComm. One thread opens the port,
 * reads with a short timeout (so stop is prompt) and cuts the stream into scans at the terminator.
 * A port that is missing, or that goes away (a USB cable pulled), is reported as disconnected and
 * opened again every {@code reopenInterval} until it is back.
 *
 * <p>Serial is the mode to prefer over the keyboard wedge: the bytes arrive as the scanner sent
 * them, whatever the keyboard layout, and one terminator ends one scan.
 */
public final class SerialScanner extends BackgroundScanner {
  /**
   * The serial ports this computer has now, as a configuration names them ({@code /dev/ttyACM0},
   * {@code COM3}); empty when there are none or the native library cannot load here.
   */
  public static List<String> availablePorts() {
    try {
      List<String> ports = new ArrayList<>();
      for (SerialPort p : SerialPort.getCommPorts()) {
        ports.add(p.getSystemPortPath());
      }
      return ports;
    } catch (RuntimeException | LinkageError e) {
      return List.of();
    }
  }

  private static final Logger log = LoggerFactory.getLogger(SerialScanner.class);
  private static final int READ_TIMEOUT_MS = 200;

  private final SerialSettings settings;
  private final ScannerDescription description;
  private final Clock clock;

  public SerialScanner(SerialSettings settings, String version, Clock clock) {
    super(ScannerDescription.local("serial:" + settings.port(), version, "serial"));
    this.settings = settings;
    this.description = ScannerDescription.local("serial:" + settings.port(), version, "serial");
    this.clock = clock;
  }

  @Override
  public ScannerDescription description() {
    return description;
  }

  @Override
  protected String threadName() {
    return "serial-" + settings.port();
  }

  @Override
  protected void run(ScanListener listener, CountDownLatch stop) {
    MessageSplitter splitter = new MessageSplitter(settings.terminator());
    while (stop.getCount() > 0) {
      SerialPort port = null;
      try {
        port = open();
        status.set(ScannerStatus.READY);
        splitter.reset();
        read(port, splitter, listener, stop);
      } catch (PortProblem p) {
        status.set(ScannerStatus.disconnected(p.problem, p.getMessage()));
      } catch (RuntimeException | LinkageError e) {
        log.error("serial port {} failed", settings.port(), e);
        status.set(ScannerStatus.error(ScannerProblem.IO_ERROR, e.toString()));
        return;
      } finally {
        if (port != null) {
          port.closePort();
        }
      }
      pause(stop, settings.reopenInterval().toMillis());
    }
  }

  private SerialPort open() throws PortProblem {
    if (!settings.port().toUpperCase(Locale.ROOT).startsWith("COM")
        && !Files.exists(Path.of(settings.port()))) {
      throw new PortProblem(ScannerProblem.PORT_NOT_FOUND, settings.port() + " does not exist");
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(settings.port());
    } catch (SerialPortInvalidPortException e) {
      throw new PortProblem(ScannerProblem.PORT_NOT_FOUND, settings.port() + ": " + e.getMessage());
    }
    port.setComPortParameters(settings.baud(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
    if (!port.openPort()) {
      throw new PortProblem(ScannerProblem.PORT_UNAVAILABLE, settings.port()
          + " cannot be opened (in use, or no permission: on Linux the user must be in the dialout group); error "
          + port.getLastErrorCode());
    }
    return port;
  }

  private void read(SerialPort port, MessageSplitter splitter, ScanListener listener,
      CountDownLatch stop)
      throws PortProblem {
    byte[] buffer = new byte[1024];
    while (stop.getCount() > 0) {
      int n = port.readBytes(buffer, buffer.length);
      if (n < 0 || (n == 0 && !stillThere(port))) {
        throw new PortProblem(ScannerProblem.PORT_NOT_FOUND, settings.port() + " went away");
      }
      for (String message : splitter.feed(buffer, n)) {
        listener.onScan(new ScanEvent(message, description, clock.instant()));
      }
    }
  }

  /** A read that times out with nothing is normal; a port whose device vanished says so here. */
  private boolean stillThere(SerialPort port) {
    return port.bytesAvailable() >= 0 && Files.exists(Path.of(settings.port()))
        || settings.port().toUpperCase(Locale.ROOT).startsWith("COM");
  }

  private static final class PortProblem extends Exception {
    final ScannerProblem problem;

    PortProblem(ScannerProblem problem, String message) {
      super(message);
      this.problem = problem;
    }
  }
}
