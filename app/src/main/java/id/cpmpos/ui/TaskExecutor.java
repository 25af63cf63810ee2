package id.cpmpos.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the screens leave the FX thread and come back to it: work runs on the background
 * executor, and its result, or what it threw, is handed to the screen on the UI executor. Once the
 * background executor is shut down (the window is closing) new work is dropped: no screen is left to
 * tell. View models take this and nothing else for threads; tests pass direct or queued executors and
 * need no sleeps.
 */
public final class TaskExecutor {
  private static final Logger log = LoggerFactory.getLogger(TaskExecutor.class);

  /** Work that answers with a value. */
  @FunctionalInterface
  public interface Work<T> {
    T call() throws Exception;
  }

  /** Work that only does something. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  private final Executor background;
  private final Executor ui;

  public TaskExecutor(Executor background, Executor ui) {
    this.background = background;
    this.ui = ui;
  }

  /** Work on {@code background}, its results on the JavaFX thread. */
  public static TaskExecutor fx(ExecutorService background) {
    return new TaskExecutor(background, UiThread.executor());
  }

  /**
   * Runs {@code work} off the UI thread; then {@code done} with its value, or {@code failed} with what it
   * threw, on the UI executor. Errors (out of memory, a broken class path) are not caught.
   */
  public <T> void call(Work<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
    submit(() -> {
      T value;
      try {
        value = work.call();
      } catch (Exception e) {
        ui.execute(() -> failed.accept(e));
        return;
      }
      ui.execute(() -> done.accept(value));
    });
  }

  /** {@link #call} for work that has no value to hand over. */
  public void run(Action work, Runnable done, Consumer<? super Exception> failed) {
    call(() -> {
      work.run();
      return null;
    }, nothing -> done.run(), failed);
  }

  /** Runs {@code step} on the UI executor: the way word from another thread (a scanner, the sync) reaches a screen. */
  public void onUi(Runnable step) {
    ui.execute(step);
  }

  /** The UI executor, for a listener that must hand every call over (the scanner hub's). */
  public Executor ui() {
    return ui;
  }

  private void submit(Runnable task) {
    try {
      background.execute(task);
    } catch (RejectedExecutionException e) {
      log.debug("closing: background work dropped");
    }
  }
}
