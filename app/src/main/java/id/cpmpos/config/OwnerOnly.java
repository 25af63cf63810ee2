package id.cpmpos.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Refuses a file holding a secret (the client secret, the merchant's private key) that users other
 * than its owner may read: anyone with an account on the till could sign payments and refunds.
 *
 * <p>Only POSIX permissions are checked. On Windows the files live under the user's own
 * {@code %APPDATA%}, whose inherited ACL grants only the user, SYSTEM and Administrators; reading an
 * ACL right means knowing which principals a site's domain policy adds, which this check cannot
 * decide without refusing sound installations, so there the README asks the installer to keep the
 * file under the profile.
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_EXECUTE);

  private OwnerOnly() {}

  /**
   * Refuses {@code file} unless only its owner may open it.
   *
   * @param key the key that holds the secret (or names the file), for the message
   * @throws ConfigException naming the file and the exact command that fixes it
   */
  public static void check(String key, Path file) throws ConfigException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> granted;
    try {
      granted = view.readAttributes().permissions();
    } catch (IOException e) {
      throw new ConfigException(key,
          "cannot read the permissions of " + file + " (" + e.getMessage() + ")");
    }
    if (granted.stream().anyMatch(OTHERS::contains)) {
      throw new ConfigException(key,
          file + " holds a secret but other users of this computer may open it ("
              + PosixFilePermissions.toString(granted) + "); fix it with: chmod 600 "
              + shellQuoted(file));
    }
  }

  /** The path as one shell word, so the printed command can be pasted as it is. */
  static String shellQuoted(Path file) {
    String s = file.toString();
    return s.matches("[A-Za-z0-9_./+:@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
