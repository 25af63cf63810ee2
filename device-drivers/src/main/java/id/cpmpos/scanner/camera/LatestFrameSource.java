package id.cpmpos.scanner.camera;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A source whose frames are pushed by a producer (a camera callback, a test) at its own rate. It
 * holds one slot: a new frame replaces the one not yet taken. So a slow decoder sees the newest
 * frame and the rest are dropped, which is what a counter wants: a queue would make the decoder
 * work through seconds-old pictures of a phone that is already gone.
 */
public final class LatestFrameSource implements FrameSource {
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private BufferedImage slot;
  private long dropped;

  public LatestFrameSource(String name) {
    this.name = name;
  }

  /** Called by the producer for every frame. */
  public void push(BufferedImage frame) {
    lock.lock();
    try {
      if (slot != null) {
        dropped++;
      }
      slot = frame;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void open() {}

  @Override
  public String name() {
    return name;
  }

  @Override
  public BufferedImage grab() {
    lock.lock();
    try {
      // At most 200 ms for a frame (null then: the camera loop checks whether to stop); a spurious
      // wake-up waits out the rest.
      long left = TimeUnit.MILLISECONDS.toNanos(200);
      while (slot == null && left > 0) {
        left = arrived.awaitNanos(left);
      }
      BufferedImage frame = slot;
      slot = null;
      return frame;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      lock.unlock();
    }
  }

  public long dropped() {
    lock.lock();
    try {
      return dropped;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {}
}
