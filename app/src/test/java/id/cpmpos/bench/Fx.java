package id.cpmpos.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The JavaFX toolkit for benchmarks (headless Monocle under the bench profile's arguments). */
final class Fx {
  private Fx() {}

  static void start() {
    CompletableFuture<Void> started = new CompletableFuture<>();
    try {
      Platform.startup(() -> started.complete(null));
    } catch (IllegalStateException alreadyRunning) {
      started.complete(null);
    }
    Platform.setImplicitExit(false);
    started.join();
  }

  static void run(Runnable r) throws Exception {
    call(() -> {
      r.run();
      return null;
    });
  }

  static <T> T call(Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(c.call());
      } catch (Exception | Error e) {
        f.completeExceptionally(e);
      }
    });
    return f.get(120, TimeUnit.SECONDS); // a loaded machine builds the checkout slowly
  }
}
