package id.cpmpos.logging;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A rolling log file readable by the terminal's user only: the directory is 0700 and each file is
 * created 0600 before Logback opens it, so no line is ever readable by others, not even briefly.
 * Rolled files are renamed from the active one and keep its permissions. On a file system without
 * POSIX permissions (Windows) the files inherit the per-user data directory's ACL.
 */
public final class OwnerOnlyFileAppender<E> extends RollingFileAppender<E> {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

  @Override
  public void openFile(String fileName) throws IOException {
    prepare(Path.of(fileName).toAbsolutePath());
    super.openFile(fileName);
  }

  private static boolean onlyOurLogs(Path dir) throws IOException {
    if (!Files.getOwner(dir).getName().equals(System.getProperty("user.name"))) {
      return false;
    }
    try (var files = Files.list(dir)) {
      return files.allMatch(
          f -> f.getFileName().toString().startsWith("cpm-pos") && f.toString().endsWith(".log"));
    }
  }

  static void prepare(Path file) throws IOException {
    Path dir = file.getParent();
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      if (posix) {
        Files.setPosixFilePermissions(dir, DIR);
      }
    } else if (posix && !Files.getPosixFilePermissions(dir).equals(DIR) && onlyOurLogs(dir)) {
      // Made 0755 by an earlier version: tightened. A directory shared with other files (log.dir
      // pointing somewhere common) is left as it is; our files in it are still 0600.
      Files.setPosixFilePermissions(dir, DIR);
    }
    if (!Files.exists(file)) {
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      } else {
        Files.createFile(file);
      }
    } else if (posix && !Files.getPosixFilePermissions(file).equals(FILE)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }
}
