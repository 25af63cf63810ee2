package id.cpmpos;

import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.ui.GuiLauncher;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX on the class path works
 * (and jpackage can use it); the toolkit starts only when no command is given.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.setProperty("cpmpos.log.level", System.getProperty("cpmpos.log.level", "WARN"));
    CpmPosCommand.installGui(GuiLauncher::launch);
    System.exit(CpmPosCommand.run(args));
  }
}
