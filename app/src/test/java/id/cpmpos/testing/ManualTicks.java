package id.cpmpos.testing;

import id.cpmpos.ui.supervisor.SupervisorSessions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Ticks a test fires itself (on the FX thread, through the robot, when a window is involved). */
public final class ManualTicks implements SupervisorSessions.Ticks {
  private final List<Runnable> ticks = new CopyOnWriteArrayList<>();

  @Override
  public void every(Duration period, Runnable tick) {
    ticks.add(tick);
  }

  public void fire() {
    ticks.forEach(Runnable::run);
  }
}
