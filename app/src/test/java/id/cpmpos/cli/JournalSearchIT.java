package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journal} with its filters, over a journal holding three days of payments in the terminal's zone. */
class JournalSearchIT {
  @TempDir Path dir;
  SandboxFixture fixture;

  @BeforeEach
  void journalOfThreeDays() throws Exception {
    fixture = new SandboxFixture(dir);
    // 23:30 in Jakarta on 30 November 2026: the first payment is on the 30th, local time.
    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:30:00Z"));
    try (Journal journal = Journal.open(dir.resolve("journal.db"), clock,
        ZoneId.of("Asia/Jakarta"))) {
      add(journal, "P-A-1130", "10000.00", PaymentState.APPROVED, "REF-XYZ-001");
      clock.advance(Duration.ofMinutes(45)); // 00:15 on 1 December
      add(journal, "P-B-1201", "10000.00", PaymentState.DECLINED, null);
      add(journal, "P-C-1201", "25000.50", PaymentState.APPROVED, "REF-ABC-002");
      add(journal, "P-D-1201", "7000.00", PaymentState.UNKNOWN, null);
      clock.advance(Duration.ofDays(1));
      add(journal, "P-E-1202", "10000.00", PaymentState.NOT_SENT, null);
      add(journal, "P-F_1202", "5000.00", PaymentState.APPROVED, "REF-ABC-003");
    }
  }

  static void add(Journal journal, String ref, String amount, PaymentState state,
      String referenceNo) {
    journal.payments().recordIntent(ref, new BigDecimal(amount), "IDR", "h" + ref, "T1", false);
    if (state == PaymentState.UNKNOWN) {
      journal.payments().transition(ref, PaymentState.SENDING, PaymentState.UNKNOWN, null, null,
          "no answer");
    } else {
      journal.payments().transition(ref, PaymentState.SENDING, state, referenceNo, "x", "y");
    }
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  record Run(int status, String out, String err) {}

  Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--config", fixture.config.toString(), "journal"));
    all.addAll(List.of(args));
    int status = CpmPosCommand.run(new BufferedReader(new StringReader("")), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(err, true), all.toArray(String[]::new));
    return new Run(status, out.toString(), err.toString());
  }

  List<String> refs(String... args) throws Exception {
    String[] withJson = Arrays.copyOf(args, args.length + 1);
    withJson[args.length] = "--json";
    Run run = cli(withJson);
    assertEquals(0, run.status(), run.err());
    List<String> refs = new ArrayList<>();
    for (JsonNode n : new ObjectMapper().readTree(run.out())) {
      refs.add(n.get("partnerReferenceNo").asText());
    }
    return refs;
  }

  @Test
  void eachFilterAloneAndCombinedNewestFirst() throws Exception {
    assertEquals(List.of("P-F_1202", "P-E-1202", "P-D-1201", "P-C-1201", "P-B-1201", "P-A-1130"),
        refs());
    assertEquals(List.of("P-D-1201", "P-C-1201", "P-B-1201"),
        refs("--from", "2026-12-01", "--to", "2026-12-01"));
    assertEquals(List.of("P-A-1130"), refs("--to", "2026-11-30"),
        "days are the terminal's zone, not UTC");
    assertEquals(List.of("P-F_1202", "P-E-1202"), refs("--from", "2026-12-02"));
    assertEquals(List.of("P-F_1202", "P-C-1201", "P-A-1130"), refs("--state", "approved"));
    assertEquals(List.of("P-D-1201"), refs("--state", "PENDING"));
    assertEquals(List.of("P-E-1202", "P-B-1201", "P-A-1130"), refs("--amount", "10000"));
    assertEquals(List.of("P-C-1201"), refs("--amount", "25000.50"));
    assertEquals(List.of("P-F_1202", "P-C-1201"), refs("--ref", "abc"),
        "either reference, any part, any case");
    assertEquals(List.of("P-E-1202"), refs("--ref", "e-120"), "the partner reference too");
    assertEquals(List.of("P-F_1202"), refs("--ref", "_"), "a LIKE wildcard is matched literally");
    assertEquals(List.of("P-F_1202"), refs("--ref", "f_1"), "and through the trigram index too");
    assertEquals(List.of("P-C-1201"), refs("--ref", "abc-002"),
        "the provider's reference, given after the intent");
    assertEquals(List.of("P-E-1202", "P-B-1201"),
        refs("--amount", "10000.00", "--from", "2026-12-01"));
    assertEquals(List.of("P-F_1202", "P-E-1202"), refs("--limit", "2"));
    assertEquals(List.of(), refs("--state", "REFUNDED"));
  }

  @Test
  void badFiltersAreRefusedWithExit2AndNothingOnStdout() {
    for (String[] bad : List.of(new String[]{"--from", "1 Dec"}, new String[]{"--state", "PAID"},
        new String[]{"--amount", "10,000"},
        new String[]{"--from", "2026-12-02", "--to", "2026-12-01"},
        new String[]{"--limit", "0"})) {
      Run run = cli(bad);
      assertEquals(2, run.status(), String.join(" ", bad));
      assertEquals("", run.out());
      assertTrue(!run.err().isBlank());
    }
  }
}
