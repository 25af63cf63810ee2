package id.cpmpos.snap;

import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Remembers whether OkHttp began writing a request. A failure before that point proves the provider
 * saw nothing; after it, the provider may have processed the request.
 */
final class RequestWriteTracker {
  private final AtomicBoolean writeStarted = new AtomicBoolean();

  boolean writeStarted() {
    return writeStarted.get();
  }

  /** Installed on the client; finds the tracker that {@link SnapClient} tagged onto each request. */
  static final class Listener extends EventListener {
    @Override
    public void requestHeadersStart(Call call) {
      RequestWriteTracker tracker = call.request().tag(RequestWriteTracker.class);
      if (tracker != null) {
        tracker.writeStarted.set(true);
      }
    }
  }
}
