package id.cpmpos.ui.supervisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * What a supervisor opened with the PIN (the settings screen, a refund or cancel dialog) stays open
 * only while someone uses it: after {@code supervisor.idleMinutes} without a key or a click it ends,
 * so a counter left alone does not stay in a supervisor's hands. Time comes from the injected clock
 * and the checks from {@link Ticks}, so a test drives both without waiting.
 */
public final class SupervisorSessions {
  /** How often sessions are checked: an idle session ends at most this much after its limit. */
  public static final Duration CHECK_EVERY = Duration.ofSeconds(1);

  /** Calls {@code tick} every {@code period} on the FX thread. */
  public interface Ticks {
    void every(Duration period, Runnable tick);
  }

  /** A JavaFX timeline: the ticks of a running terminal. */
  public static Ticks fxTicks() {
    return (period, tick) -> {
      Timeline timeline = new Timeline(
          new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
      timeline.setCycleCount(Animation.INDEFINITE);
      timeline.play();
    };
  }

  private final Clock clock;
  private volatile Duration limit;
  private final List<Session> open = new CopyOnWriteArrayList<>();

  public SupervisorSessions(Clock clock, Duration limit, Ticks ticks) {
    this.clock = clock;
    this.limit = limit;
    ticks.every(CHECK_EVERY, this::check);
  }

  /** Sessions that never end by themselves (view models tested without a window). */
  public static SupervisorSessions untimed() {
    return new SupervisorSessions(Clock.systemUTC(), Duration.ofDays(3650), (period, tick) -> {});
  }

  /** Starts a session; {@code onIdle} runs (on the ticking thread) when it ends for want of input. */
  public Session begin(Runnable onIdle) {
    Session s = new Session(onIdle);
    open.add(s);
    return s;
  }

  /** Changes the idle limit at once, for sessions already open too (the settings screen applies it live). */
  public void limit(Duration idle) {
    this.limit = idle;
  }

  public Duration limit() {
    return limit;
  }

  /** Ends every session idle for the limit or longer. */
  public void check() {
    Instant now = clock.instant();
    for (Session s : open) {
      if (Duration.between(s.lastInput, now).compareTo(limit) >= 0) {
        s.end();
        s.onIdle.run();
      }
    }
  }

  /** One supervisor's session: every input calls {@link #touch()}. */
  public final class Session {
    private volatile Runnable onIdle;
    private volatile Instant lastInput = clock.instant();

    private Session(Runnable onIdle) {
      this.onIdle = onIdle;
    }

    public void touch() {
      lastInput = clock.instant();
    }

    /** Ends it (locked by hand, dialog closed); nothing runs. */
    public void end() {
      open.remove(this);
    }

    public boolean isOpen() {
      return open.contains(this);
    }

    /** Who is told when it ends for want of input (a screen rebuilt in another language takes it over). */
    public void onIdle(Runnable onIdle) {
      this.onIdle = onIdle;
    }
  }
}
