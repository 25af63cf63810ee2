package id.cpmpos;

import id.cpmpos.boot.SqliteLibrary;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.LogLocation;
import id.cpmpos.ui.GuiLauncher;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX on the class path works
 * (and jpackage can use it); the toolkit starts only when no command is given.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    // Before the first logger exists: log.dir, else the per-user data directory (LogLocation's rule).
    System.setProperty(LogLocation.PROPERTY,
        LogLocation.resolve(LogLocation.configArgument(args)).toString());
    // Before the first journal opens: SQLite's native library from the data directory, not unpacked again.
    SqliteLibrary.keepIn(ConfigPaths.defaultDataDir().resolve("native"));
    System.exit(CpmPosCommand.run(GuiLauncher::launch, args));
  }
}
