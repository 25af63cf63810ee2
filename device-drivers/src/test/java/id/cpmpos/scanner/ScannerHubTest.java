package id.cpmpos.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.scanner.decode.DecodeResult;
import id.cpmpos.scanner.image.ImageScanner;
import id.cpmpos.scanner.samples.PhoneScene;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScannerHubTest {
  private static final Instant T0 = Instant.parse("2026-11-26T03:00:00Z");

  /** A scanner the test drives by hand. */
  static final class ManualScanner implements Scanner {
    final ScannerDescription description;
    final StatusReporter status;
    ScanListener listener;
    boolean failOnStart;

    ManualScanner(String id) {
      description = ScannerDescription.local(id, "1", "manual");
      status = new StatusReporter(description);
    }

    void read(String content, Instant at) {
      listener.onScan(new ScanEvent(content, description, at));
    }

    @Override
    public ScannerDescription description() {
      return description;
    }

    @Override
    public ScannerStatus status() {
      return status.get();
    }

    @Override
    public void start(ScanListener l) {
      if (failOnStart) {
        throw new IllegalStateException("driver bug");
      }
      listener = l;
      status.listener(l);
      status.set(ScannerStatus.READY);
    }

    @Override
    public void stop() {
      status.set(ScannerStatus.STOPPED);
    }
  }

  @Test
  void sameContentFromTwoScannersWithinTheWindowIsReportedOnceFromTheFirst() {
    ScannerHub hub = new ScannerHub(Duration.ofSeconds(2));
    RecordingListener heard = new RecordingListener();
    hub.addListener(heard);
    ManualScanner camera = new ManualScanner("webcam");
    ManualScanner wedge = new ManualScanner("wedge");
    hub.add(camera);
    hub.add(wedge);
    hub.start();

    camera.read("QR-A", T0);
    wedge.read("QR-A", T0.plusMillis(300));
    camera.read("QR-B", T0.plusMillis(400));

    assertEquals(2, heard.scans.size());
    ScanEvent first = heard.scans.poll();
    assertEquals("webcam", first.source().deviceId());
    assertEquals("QR-A", first.content());
    assertEquals("QR-B", heard.scans.poll().content());
  }

  @Test
  void aPhoneHeldInViewIsReportedOnceAndAgainOnlyAfterAPause() {
    RepeatFilter filter = new RepeatFilter(Duration.ofSeconds(2));
    assertTrue(filter.isNew("QR", T0));
    for (int frame = 1; frame <= 100; frame++) { // 10 s of frames at 10 fps: each extends the window
      assertEquals(false, filter.isNew("QR", T0.plusMillis(100L * frame)));
    }
    assertTrue(filter.isNew("QR", T0.plusMillis(10_000 + 2_001)), "shown again after a 2 s pause");
  }

  @Test
  void aScannerThatFailsToStartIsAnErrorAndTheOthersStillWork() {
    ScannerHub hub = new ScannerHub(Duration.ofSeconds(2));
    RecordingListener heard = new RecordingListener();
    hub.addListener(heard);
    ManualScanner broken = new ManualScanner("broken");
    broken.failOnStart = true;
    ManualScanner wedge = new ManualScanner("wedge");
    hub.add(broken);
    hub.add(wedge);
    hub.start();

    assertEquals(ScannerState.ERROR, hub.status("broken").state());
    assertEquals(ScannerState.READY, hub.status("wedge").state());
    wedge.read("QR", T0);
    assertEquals("QR", heard.scans.poll().content());
  }

  @Test
  void statusChangesAreReportedOnceEach() {
    ManualScanner s = new ManualScanner("serial");
    RecordingListener heard = new RecordingListener();
    s.start(heard);
    ScannerStatus gone = ScannerStatus.disconnected(ScannerProblem.PORT_NOT_FOUND, "/dev/ttyACM0");
    s.status.set(gone);
    s.status.set(gone); // a driver retrying every second must not flood its listener
    s.status.set(ScannerStatus.READY);
    assertEquals(3, heard.statuses.size(), heard.statuses.toString());
  }

  @Test
  void anImageIsReadThroughTheSameHubWithItsSourceAndTime() {
    ScannerHub hub = new ScannerHub();
    RecordingListener heard = new RecordingListener();
    hub.addListener(heard);
    ImageScanner images = new ImageScanner("test", Clock.fixed(T0, ZoneOffset.UTC));
    hub.add(images);
    hub.start();
    Sample sample = new Sample("plain", "plain", PhoneScene.plain(), Sample.Shows.QR,
        "hQVDUFYwMWEXAMPLE");

    DecodeResult result = images.read(PhoneScreenRenderer.render(sample, 640, 480, 1));

    assertTrue(result instanceof DecodeResult.Found, result.toString());
    ScanEvent event = heard.scans.poll();
    assertEquals("hQVDUFYwMWEXAMPLE", event.content());
    assertEquals("image", event.source().deviceId());
    assertEquals(T0, event.at());
    assertNull(heard.scans.poll());
  }

  @Test
  void aScanEventNeverShowsItsContentWhenLogged() {
    ScanEvent e = new ScanEvent("SECRET-ONE-TIME-CODE", ScannerDescription.local("w", "1", "m"),
        T0);
    assertTrue(!e.toString().contains("SECRET"), e.toString());
    assertTrue(e.toString().contains("sha256:"));
  }
}
