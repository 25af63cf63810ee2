package id.cpmpos.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** SQLite's native library is unpacked once into the data directory and the driver pointed at it. */
@Isolated("clears and sets org.sqlite.lib.path, which the first SQLite connection in the JVM reads")
class SqliteLibraryTest {
  @TempDir Path dir;
  private final String path = System.clearProperty("org.sqlite.lib.path");
  private final String name = System.clearProperty("org.sqlite.lib.name");

  @AfterEach
  void restore() {
    restore("org.sqlite.lib.path", path);
    restore("org.sqlite.lib.name", name);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void theLibraryIsWrittenOnceAndTheDriverIsPointedAtIt() throws Exception {
    Path library = SqliteLibrary.install(dir);
    assertNotNull(library, "this platform's library is in the driver's jar");
    assertTrue(library.startsWith(dir));
    assertTrue(Files.size(library) > 100_000, "the whole library, not a stub");
    assertEquals(library.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
    assertEquals(library.getFileName().toString(), System.getProperty("org.sqlite.lib.name"));

    FileTime written = Files.getLastModifiedTime(library);
    System.clearProperty("org.sqlite.lib.path"); // a second process
    assertEquals(library, SqliteLibrary.install(dir));
    assertEquals(written, Files.getLastModifiedTime(library),
        "the kept copy is used, not written again");
  }

  @Test
  void aKeptLibraryIsUsedWithoutTheDriversPlatformProbe() {
    Path library = SqliteLibrary.install(dir);
    assertNotNull(library);
    System.clearProperty("org.sqlite.lib.path"); // a second process
    assertEquals(library, SqliteLibrary.install(dir, () -> {
      throw new AssertionError(
          "the probe starts a process (uname) at every start; a kept copy needs none");
    }));
    assertEquals(library.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
  }

  @Test
  void aLibraryChosenByWhoeverStartedTheJvmIsLeftAlone() {
    System.setProperty("org.sqlite.lib.path", "/opt/elsewhere");
    assertEquals(null, SqliteLibrary.install(dir));
    assertEquals("/opt/elsewhere", System.getProperty("org.sqlite.lib.path"));
  }
}
