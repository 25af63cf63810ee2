package id.cpmpos.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    if (System.getProperty("org.sqlite.lib.path") != null) {
      return null; // chosen by whoever started the JVM
    }
    try {
      String name = LibraryLoaderUtil.getNativeLibName();
      URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
      if (resource == null) {
        return null;
      }
      URLConnection connection = resource.openConnection();
      long size = connection.getContentLengthLong();
      Path library = dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + size).resolve(name);
      if (!Files.isRegularFile(library) || Files.size(library) != size) {
        Files.createDirectories(library.getParent());
        Path part = Files.createTempFile(library.getParent(), name, ".part");
        try (InputStream in = connection.getInputStream()) {
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        connection.getInputStream().close();
      }
      System.setProperty("org.sqlite.lib.path", library.getParent().toString());
      System.setProperty("org.sqlite.lib.name", name);
      return library;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
