package id.cpmpos.ui.sound;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's sounds, on or off ({@code ui.sound}; a settings screen binds to
 * {@link #enabledProperty()}). Cues play on a thread of their own, one after the other, so the UI
 * never waits for a speaker. A machine without an audio device (a server, a container, a headless
 * test) plays nothing: that is said once in the log and never gets in the way of a sale.
 */
public final class Sounds implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Sounds.class);

  private final BooleanProperty enabled;
  private final ExecutorService speaker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sounds");
    t.setDaemon(true);
    return t;
  });
  private volatile Consumer<Cue> output = Sounds::toSpeaker;
  private static volatile boolean noDevice;

  public Sounds(boolean enabled) {
    this.enabled = new SimpleBooleanProperty(enabled);
  }

  public void play(Cue cue) {
    if (!enabled.get()) {
      return;
    }
    Consumer<Cue> out = output;
    try {
      speaker.execute(() -> out.accept(cue));
    } catch (RejectedExecutionException e) {
      log.debug("closing: {} not played", cue);
    }
  }

  /** Where cues go instead of the speaker (a test listens here). */
  public void output(Consumer<Cue> output) {
    this.output = output;
  }

  public BooleanProperty enabledProperty() {
    return enabled;
  }

  private static void toSpeaker(Cue cue) {
    if (noDevice) {
      return;
    }
    AudioFormat format = new AudioFormat(Tone.SAMPLE_RATE, 16, 1, true, false);
    try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
      byte[] pcm = cue.pcm();
      line.open(format, pcm.length);
      line.start();
      line.write(pcm, 0, pcm.length);
      line.drain();
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      noDevice = true;
      log.info("no audio output ({}): the counter stays silent", e.toString());
    }
  }

  @Override
  public void close() {
    speaker.shutdownNow();
  }
}
