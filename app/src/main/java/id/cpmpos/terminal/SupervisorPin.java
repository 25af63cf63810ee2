package id.cpmpos.terminal;

import id.cpmpos.journal.Journal;
import id.cpmpos.journal.SupervisorStore;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor PIN that cancels and refunds require. Only a salted PBKDF2-HMAC-SHA256 hash is
 * kept, peppered with a secret outside the journal ({@link PinPepper}), so a copied journal does not
 * give the PIN away; the iteration count travels with the hash, so it can be raised later without a
 * reset. A hash from before the pepper is replaced by a peppered one at its next successful use.
 */
public final class SupervisorPin implements PinGate {
  private static final Logger log = LoggerFactory.getLogger(SupervisorPin.class);
  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;
  static final int MIN_LENGTH = 4;
  static final int MAX_LENGTH = 12;

  /** After this many wrong PINs within {@link #LOCKOUT}, the PIN is refused until LOCKOUT has passed. */
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  private final Journal journal;
  private final int iterations;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final PinPepper pepper;

  public SupervisorPin(Journal journal, int iterations, Clock clock) {
    this(journal, iterations, clock, PinPepper.none());
  }

  /** @param pepper mixed into every new hash; an older hash without it is migrated on its next successful use */
  public SupervisorPin(Journal journal, int iterations, Clock clock, PinPepper pepper) {
    this.journal = journal;
    this.iterations = iterations;
    this.clock = clock;
    this.pepper = pepper;
  }

  public boolean isSet() {
    return journal.supervisor().pinHash().isPresent();
  }

  /**
   * Sets the PIN. With one set already, {@code current} must match it. The PIN is digits only, 4–12
   * of them: what a supervisor can type on the counter's keypad.
   */
  public void set(char[] current, char[] next) throws InputProblem {
    requireWellFormed(next);
    Optional<String> stored = journal.supervisor().pinHash();
    if (stored.isPresent()) {
      if (current == null) {
        throw new InputProblem("pin.currentRequired");
      }
      verify(stored.get(), current);
    }
    if (!journal.supervisor().replacePinHash(stored.orElse(null), hash(next))) {
      throw new InputProblem("pin.changedMeanwhile");
    }
  }

  /** Refuses unless {@code pin} is the supervisor's. */
  public void check(char[] pin) throws InputProblem {
    Optional<String> stored = journal.supervisor().pinHash();
    if (stored.isEmpty()) {
      throw new InputProblem("pin.notSet");
    }
    if (pin == null || pin.length == 0) {
      throw new InputProblem("pin.required");
    }
    verify(stored.get(), pin);
    if (pepper.available() && !stored.get().startsWith(PEPPERED)) {
      // Migrated on its first successful use since the pepper exists; a concurrent change wins.
      String peppered = hash(pin);
      if (peppered.startsWith(PEPPERED)) {
        journal.supervisor().replacePinHash(stored.get(), peppered);
      }
    }
  }

  /**
   * Compares, counting wrong PINs in the journal (so the GUI and every CLI process share the count):
   * a 4-digit PIN must not be guessable by a script that simply tries them all.
   */
  private void verify(String stored, char[] pin) throws InputProblem {
    long now = clock.millis();
    // Locked for exactly LOCKOUT: a failure LOCKOUT ago no longer counts (the message's "try again at").
    SupervisorStore.PinFailures failures = journal.supervisor()
        .failuresSince(now - LOCKOUT.toMillis() + 1);
    if (failures.count() >= MAX_FAILURES) {
      long until = failures.newestMillis() + LOCKOUT.toMillis();
      long minutes = Math.max(1, (until - now + 59_999) / 60_000); // rounded up: never "0 minutes"
      throw new InputProblem("pin.locked", minutes, clockTime(until));
    }
    if (!matchesPeppered(stored, pin)) {
      journal.supervisor().recordFailure(now);
      long wrong = failures.count() + 1;
      long lockMinutes = LOCKOUT.toMinutes();
      if (wrong >= MAX_FAILURES) {
        throw new InputProblem("pin.wrongNowLocked", wrong, MAX_FAILURES, lockMinutes,
            clockTime(now + LOCKOUT.toMillis()));
      }
      // Warned before the last try: a supervisor who is unsure stops before locking everyone out.
      throw new InputProblem(wrong == MAX_FAILURES - 1 ? "pin.wrongLastTry" : "pin.wrong", wrong,
          MAX_FAILURES,
          lockMinutes);
    }
    if (failures.count() > 0) {
      journal.supervisor().clearFailures();
    }
  }

  /**
   * When a lockout ends, as the counter's wall clock shows it ("14:35 WIB"): in the terminal's zone,
   * whatever the computer's own, so the time on screen is the one on the shop's clock.
   */
  private String clockTime(long epochMillis) {
    long minute = 60_000;
    long roundedUp = (epochMillis + minute - 1) / minute * minute; // "try again at 10:16", never a minute early
    return Instant.ofEpochMilli(roundedUp).atZone(journal.zone())
        .format(DateTimeFormatter.ofPattern("HH:mm z", Locale.ROOT));
  }

  /** Refuses, before anything is done with it, a PIN that {@link #set} would refuse for its form. */
  public static void requireWellFormed(char[] pin) throws InputProblem {
    if (!isWellFormed(pin)) {
      throw new InputProblem("pin.format", MIN_LENGTH, MAX_LENGTH);
    }
  }

  static boolean isWellFormed(char[] pin) {
    if (pin == null || pin.length < MIN_LENGTH || pin.length > MAX_LENGTH) {
      return false;
    }
    for (char c : pin) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static final String PEPPERED = "pbkdf2-sha256-hmac$";

  /**
   * {@code pbkdf2-sha256-hmac$iterations$salt$HMAC-SHA256(pepper, PBKDF2(pin, salt))} with a pepper,
   * else {@code pbkdf2-sha256$iterations$salt$PBKDF2(pin, salt)}.
   */
  String hash(char[] pin) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    byte[] derived = derive(pin, salt, iterations);
    byte[] secret = pepperOrNull();
    if (secret != null) {
      return PEPPERED + iterations + "$" + b64.encodeToString(salt) + "$"
          + b64.encodeToString(hmac(secret, derived));
    }
    return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(derived);
  }

  /** Null when there is no pepper or its file cannot be created (a read-only configuration directory). */
  private byte[] pepperOrNull() {
    if (!pepper.available()) {
      return null;
    }
    try {
      return pepper.obtain();
    } catch (UncheckedIOException e) {
      log.warn("PIN hashed without a pepper: {}", e.getMessage());
      return null;
    }
  }

  private boolean matchesPeppered(String stored, char[] pin) throws InputProblem {
    if (!stored.startsWith(PEPPERED)) {
      return matches(stored, pin);
    }
    byte[] secret = pepper.existing().orElseThrow(() -> new InputProblem("pin.pepperMissing",
        String.valueOf(pepper.file())));
    String[] parts = stored.split("\\$");
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] actual = hmac(secret, derive(pin, b64.decode(parts[2]), Integer.parseInt(parts[1])));
    return MessageDigest.isEqual(b64.decode(parts[3]), actual); // constant time
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
    }
  }

  static boolean matches(String stored, char[] pin) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(pin, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual); // constant time
  }

  private static byte[] derive(char[] pin, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Overwrites a PIN once it was used: it must not linger in memory longer than needed. */
  public static void wipe(char[] pin) {
    if (pin != null) {
      Arrays.fill(pin, '\0');
    }
  }
}
