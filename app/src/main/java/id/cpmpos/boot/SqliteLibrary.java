package id.cpmpos.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc unpacks its native library into the temp directory at every start and then compares
 * the copy with the jar's byte by byte: a tenth of a second or more of every CLI command and of the
 * GUI's start. Kept once per driver version in the per-user data directory instead, and pointed at
 * with the driver's own {@code org.sqlite.lib.path}/{@code org.sqlite.lib.name}. Anything unusual
 * (no library for this platform, an unwritable directory) leaves the driver to do as it always did.
 * The launcher names the directory; the terminal's context installs it before its first connection,
 * so a command that opens no journal ({@code --version}) never touches the driver.
 */
public final class SqliteLibrary {
  private static Path directory;
  private static boolean prepared;

  private SqliteLibrary() {}

  /** Where the library is to be kept; nothing happens until {@link #prepare()}. */
  public static synchronized void keepIn(Path dir) {
    directory = dir;
  }

  /** Installs the kept copy once per process, if a directory was named. */
  static synchronized void prepare() {
    if (!prepared && directory != null) {
      prepared = true;
      install(directory);
    }
  }

  /** Returns the library the driver will load, or null when the driver's default applies. */
  static Path install(Path dir) {
    return install(dir, LibraryLoaderUtil::getNativeLibResourcePath);
  }

  /**
   * {@code platformFolder} is the driver's platform probe, asked only when the library is not kept
   * yet: it starts a process ({@code uname -o}, looking for Android) every time, which with the
   * hundred classes of process handling cost a CLI command more than reading its journal. The kept
   * copy is named by the driver's version and the JVM's {@code os.name} and {@code os.arch}
   * instead, and written under a temporary name and moved into place, so one that exists is whole.
   * Should it still not load (a home directory shared by a glibc and a musl system), the driver
   * falls back to unpacking its own copy.
   */
  static Path install(Path dir, Supplier<String> platformFolder) {
    if (System.getProperty("org.sqlite.lib.path") != null) {
      return null; // chosen by whoever started the JVM
    }
    try {
      String name = LibraryLoaderUtil.getNativeLibName();
      String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
          .replaceAll("[^A-Za-z0-9._-]", "_");
      Path library = dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform)
          .resolve(name);
      if (!Files.isRegularFile(library)) {
        URL resource = SQLiteJDBCLoader.class.getResource(platformFolder.get() + "/" + name);
        if (resource == null) {
          return null;
        }
        Files.createDirectories(library.getParent());
        Path part = Files.createTempFile(library.getParent(), name, ".part");
        try (InputStream in = resource.openStream()) {
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, library, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      System.setProperty("org.sqlite.lib.path", library.getParent().toString());
      System.setProperty("org.sqlite.lib.name", name);
      return library;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
