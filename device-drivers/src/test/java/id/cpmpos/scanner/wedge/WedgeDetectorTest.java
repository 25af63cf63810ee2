package id.cpmpos.scanner.wedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.scanner.RecordingListener;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerDescription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detector on timed keystroke traces (src/test/resources/wedge): scanners of several kinds
 * against people typing amounts, text, keypad rollovers and a held key. The traces are modelled on
 * published timings (scanners 5–20 ms per key, people 2–3 keys under 20 ms at most); a trace
 * captured from real hardware in the same format can be dropped in beside them.
 */
class WedgeDetectorTest {
  private static final WedgeSettings DEFAULTS = WedgeSettings.DEFAULTS;

  @ParameterizedTest
  @ValueSource(strings = {"scanner-2d-imager.txt", "scanner-cheap-usb.txt"})
  void aScannerBurstIsOneScanOfExactlyWhatItTyped(String file) {
    KeyTrace trace = KeyTrace.load(file);
    List<WedgeBurst> bursts = trace.replay(new WedgeDetector(DEFAULTS));

    assertEquals(1, bursts.size(), file);
    String typed = trace.text();
    assertEquals(typed.substring(0, typed.length() - 1), bursts.get(0).content());
    assertEquals(trace.keys().size(), bursts.get(0).keys(), "every key, the Enter included");
  }

  @ParameterizedTest
  @ValueSource(strings = {"human-amount.txt", "human-fast-typist.txt", "human-keypad-rollover.txt",
      "human-held-key.txt"})
  void aPersonTypingIsNeverAScan(String file) {
    assertEquals(List.of(), KeyTrace.load(file).replay(new WedgeDetector(DEFAULTS)), file);
  }

  @Test
  void keysTypedJustBeforeAScanAreNotPartOfIt() {
    KeyTrace trace = KeyTrace.load("human-then-scanner.txt");
    List<WedgeBurst> bursts = trace.replay(new WedgeDetector(DEFAULTS));

    assertEquals(1, bursts.size());
    assertTrue(bursts.get(0).content().startsWith("hQVDUFYwM"), bursts.get(0).content());
    assertEquals(trace.keys().size() - 2, bursts.get(0).keys(),
        "the cashier's two digits stay theirs");
  }

  @Test
  void aConfiguredPrefixIsRequiredAndStripped() {
    KeyTrace trace = KeyTrace.load("scanner-aim-prefix.txt");
    WedgeSettings withPrefix = new WedgeSettings(DEFAULTS.maxGap(), DEFAULTS.maxMeanGap(), 8, "]Q1",
        "\n");

    List<WedgeBurst> bursts = trace.replay(new WedgeDetector(withPrefix));
    assertEquals(1, bursts.size());
    assertTrue(bursts.get(0).content().startsWith("hQVDUFYwM"), "prefix stripped");

    WedgeDetector detector = new WedgeDetector(withPrefix);
    long t = 0;
    for (char c : "ABCDEFGHIJKL".toCharArray()) {
      detector.key(c, t += 8_000_000);
    }
    assertTrue(detector.key('\n', t + 8_000_000).isEmpty(),
        "a fast burst without the prefix is not this scanner's");
    assertEquals(1,
        KeyTrace.load("scanner-2d-imager.txt").replay(new WedgeDetector(withPrefix)).size(),
        "but a CPM code is a scan whoever typed it: it must never land in a field as typing");
  }

  @Test
  void aConfiguredSuffixEndsTheScanInsteadOfEnter() {
    WedgeDetector detector = new WedgeDetector(
        new WedgeSettings(Duration.ofMillis(50), Duration.ofMillis(25), 4,
            "", "\t"));
    long t = 0;
    for (char c : "ABCDEF\n".toCharArray()) {
      assertTrue(detector.key(c, t += 10_000_000).isEmpty(), "Enter is data here, not the end");
    }
    var burst = detector.key('\t', t + 10_000_000);
    assertEquals("ABCDEF\n", burst.orElseThrow().content());
  }

  @Test
  void tooShortABurstIsNotAScan() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    long t = 0;
    for (char c : "1234567".toCharArray()) {
      detector.key(c, t += 8_000_000);
    }
    assertTrue(detector.key('\n', t + 8_000_000).isEmpty(), "7 characters, minLength 8");
  }

  @Test
  void aPauseInsideABurstSplitsIt() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    long t = 0;
    for (char c : "ABCDEFGH".toCharArray()) {
      detector.key(c, t += 8_000_000);
    }
    t += 120_000_000; // longer than maxGap: the first half was not one burst with the rest
    for (char c : "IJKLMNOP".toCharArray()) {
      detector.key(c, t += 8_000_000);
    }
    assertEquals("IJKLMNOP", detector.key('\n', t + 8_000_000).orElseThrow().content());
  }

  @Test
  void theWedgeScannerReportsTheBurstAsAScanFromItself() {
    Instant now = Instant.parse("2026-11-26T03:00:00Z");
    var scanner = new KeyboardWedgeScanner(
        ScannerDescription.local("keyboard-wedge", "1", "usb-hid"), DEFAULTS,
        Clock.fixed(now, ZoneOffset.UTC));
    RecordingListener heard = new RecordingListener();
    scanner.start(heard);

    for (KeyTrace.Key k : KeyTrace.load("scanner-2d-imager.txt").keys()) {
      scanner.key(k.c(), k.nanos());
    }

    ScanEvent event = heard.scans.poll();
    assertTrue(event.content().startsWith("hQVDUFYwM"));
    assertEquals("keyboard-wedge", event.source().deviceId());
    assertEquals(now, event.at());
  }

  private static final String CPM = "hQVDUFYwMWEXAMPLEQRCONTENT0123456789abcdef+/==";

  /** Feeds {@code text} with the given gaps in milliseconds (cycled) and returns what its last key completed. */
  private static Optional<WedgeBurst> feed(WedgeDetector d, String text, long... gapsMs) {
    Optional<WedgeBurst> last = Optional.empty();
    for (int i = 0; i < text.length(); i++) {
      now += gapsMs[i % gapsMs.length] * 1_000_000;
      last = d.key(text.charAt(i), now);
    }
    return last;
  }

  private static long now;

  @Test
  void aCpmCodeTypedSlowlyByALoadedMachineIsStillOneScan() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    // Every gap over maxGap and the mean far over maxMeanGap: timing alone says "a person".
    WedgeBurst burst = feed(detector, CPM + "\n", 60, 130, 75, 95).orElseThrow();
    assertEquals(CPM, burst.content());
    assertEquals(CPM.length() + 1, burst.keys());
  }

  @Test
  void aCpmCodeSplitByAStallIsOneScanOfTheWholeCode() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    feed(detector, CPM.substring(0, 14), 8);
    feed(detector, CPM.substring(14, 15), 400); // the UI thread was busy for 0.4 s
    WedgeBurst burst = feed(detector, CPM.substring(15) + "\n", 8, 9, 7).orElseThrow();
    assertEquals(CPM, burst.content(), "not just the fast tail after the stall");
    assertEquals(CPM.length() + 1, burst.keys());
  }

  @Test
  void aLateEnterStillEndsTheScan() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    feed(detector, CPM, 8);
    assertEquals(CPM, feed(detector, "\n", 900).orElseThrow().content());
  }

  @Test
  void theCashiersDigitsBeforeASlowScanStayTheirs() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    feed(detector, "25000", 180);
    WedgeBurst burst = feed(detector, CPM + "\n", 70, 20, 110).orElseThrow();
    assertEquals(CPM, burst.content());
    assertEquals(CPM.length() + 1, burst.keys(), "the five digits are not taken back");
  }

  @Test
  void slowTypingThatIsNoCpmCodeIsNeverAScan() {
    WedgeDetector detector = new WedgeDetector(DEFAULTS);
    assertTrue(feed(detector, "hQVDUFYwM0 not a code\n", 60).isEmpty(), "no marker");
    assertTrue(feed(detector, "hQVDUFYwMQ but then spaces\n", 60).isEmpty(),
        "not Base64 to the end");
  }
}
