package id.cpmpos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.ResponseCode;
import id.cpmpos.snap.SnapService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityTest {
  final Connectivity connectivity = new Connectivity();
  final List<Connectivity.State> heard = new ArrayList<>();

  {
    connectivity.onChange(heard::add);
  }

  @Test
  void anAnswerProvesReachableAndNotSentProvesUnreachable() {
    connectivity.report(new CallOutcome.NotSent<>("connection refused"));
    assertEquals(Connectivity.State.UNREACHABLE, connectivity.state());
    connectivity.report(
        new CallOutcome.Answered<>(404, ResponseCode.of(404, SnapService.QUERY, "01"), "x", null));
    assertEquals(Connectivity.State.REACHABLE, connectivity.state());
    assertEquals(List.of(Connectivity.State.UNREACHABLE, Connectivity.State.REACHABLE), heard);
  }

  @Test
  void aLostAnswerProvesNothingButA5xxIsAnAnswer() {
    connectivity.report(new CallOutcome.NotSent<>("offline"));
    connectivity.report(new CallOutcome.Unknown<>("read timeout", null));
    assertEquals(Connectivity.State.UNREACHABLE, connectivity.state());
    connectivity.report(new CallOutcome.Unknown<>("HTTP 502", 502));
    assertEquals(Connectivity.State.REACHABLE, connectivity.state());
  }

  @Test
  void listenersHearChangesOnly() {
    connectivity.report(new CallOutcome.NotSent<>("a"));
    connectivity.report(new CallOutcome.NotSent<>("b"));
    connectivity.set(Connectivity.State.UNREACHABLE);
    assertEquals(List.of(Connectivity.State.UNREACHABLE), heard);
  }
}
