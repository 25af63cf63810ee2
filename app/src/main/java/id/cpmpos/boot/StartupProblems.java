package id.cpmpos.boot;

import id.cpmpos.i18n.Messages;
import java.io.IOException;
import java.net.BindException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What stops the checkout window from opening, said in one line a newcomer can act on: what is
 * missing and how to get it. A stack trace helps nobody at that point; the support log keeps one.
 */
public final class StartupProblems {
  private StartupProblems() {}

  /**
   * On Linux and the BSDs the window needs an X display (GTK draws through it, under Wayland through
   * XWayland). Checked before anything else starts, so the answer comes at once, not after the
   * journal, the demo's keys and the sandbox were set up for nothing.
   */
  public static Optional<String> noDisplay(Map<String, String> env, String osName,
      String glassPlatform,
      Messages messages) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win") || os.contains("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
      return Optional.empty(); // Windows and macOS always have a screen; Monocle draws without one
    }
    String display = env.get("DISPLAY");
    return display == null || display.isBlank()
        ? Optional.of(messages.get("startup.noDisplay"))
        : Optional.empty();
  }

  /** The toolkit did not start: a display that cannot be opened, or GTK 3 not installed. */
  public static String toolkitFailed(Throwable failure, Map<String, String> env,
      Messages messages) {
    String causes = chain(failure).toLowerCase(Locale.ROOT);
    if (causes.contains("unable to open display") || causes.contains("cannot open display")) {
      return messages.get("startup.displayUnusable", String.valueOf(env.get("DISPLAY")));
    }
    if (causes.contains("gtk") || causes.contains("glass")) {
      return messages.get("startup.noGtk");
    }
    return messages.get("startup.toolkit", rootMessage(failure));
  }

  /** The notify receiver could not listen. */
  public static String notifyFailed(IOException e, int port, Messages messages) {
    return e instanceof BindException
        ? messages.get("startup.portInUse", String.valueOf(port))
        : messages.get("startup.notify", String.valueOf(port), rootMessage(e));
  }

  static String chain(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null
        && sb.length() < 4_000; c = c.getCause() == c ? null : c.getCause()) {
      sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
    }
    return sb.toString();
  }

  public static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
