package id.cpmpos.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A secret kept outside the journal (an owner-only file beside the configuration) that is mixed
 * into the supervisor PIN's hash. A 4–6 digit PIN has at most a million values, so its PBKDF2 hash
 * alone falls to an offline search in minutes; with the pepper, a copied journal alone reveals
 * nothing. Created on first need (setup, the first PIN set or migrated) with 32 random bytes.
 */
public final class PinPepper {
  private static final PinPepper NONE = new PinPepper(null);
  private final Path file;

  private PinPepper(Path file) {
    this.file = file;
  }

  /** No pepper: PINs are hashed as before (tests, and callers that have no configuration directory). */
  public static PinPepper none() {
    return NONE;
  }

  public static PinPepper at(Path file) {
    return new PinPepper(file);
  }

  public boolean available() {
    return file != null;
  }

  public Path file() {
    return file;
  }

  /** The pepper if its file exists. */
  Optional<byte[]> existing() {
    if (file == null || !Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("the PIN pepper file " + file + " cannot be read", e);
    }
  }

  /** The pepper, creating its file (0600 from the first byte) if there is none yet. */
  public synchronized byte[] obtain() {
    Optional<byte[]> existing = existing();
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] pepper = new byte[32];
    new SecureRandom().nextBytes(pepper);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, Base64.getEncoder().encodeToString(pepper) + "\n",
          StandardCharsets.US_ASCII);
      return pepper;
    } catch (FileAlreadyExistsException e) {
      return existing().orElseThrow(); // another process created it first: use theirs
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the PIN pepper file " + file, e);
    }
  }
}
