package id.cpmpos.bench;

/** Launches {@link BareWindow} the way {@code Launcher} launches the terminal: from a class that is not the Application. */
public final class BareWindowMain {
  private BareWindowMain() {}

  public static void main(String[] args) {
    BareWindow.main(args);
  }
}
