package id.cpmpos.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the chain's tests. On CI, {@code .ci/run} starts one and names it in
 * {@code CPMPOS_TEST_PG_URL} (with {@code _USER}, {@code _PASSWORD_FILE}, {@code _DATA}, {@code _BIN});
 * on a developer's machine without those, a throwaway cluster is made the same way (initdb into a
 * temporary directory, as the unprivileged {@code postgres} user when the tests run as root, on a
 * free loopback port with its socket in that directory) and stopped when the JVM exits. With
 * {@code CI=true} a missing server fails the test instead.
 *
 * <p>Each test gets its own database ({@link #newDatabase}), so tests never see each other's rows.
 */
public final class TestPostgres {
  private static TestPostgres shared;

  private final String host;
  private final int port;
  private final String user;
  private final Path passwordFile;
  private final Path dataDir;
  private final Path bin;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(String host, int port, String user, Path passwordFile, Path dataDir,
      Path bin) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.passwordFile = passwordFile;
    this.dataDir = dataDir;
    this.bin = bin;
  }

  /** A database server has nothing to find: the test cannot run (CI: fails; elsewhere: skipped). */
  public static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static synchronized TestPostgres server() {
    if (shared == null) {
      Map<String, String> env = System.getenv();
      String url = env.get("CPMPOS_TEST_PG_URL");
      if (url != null && !url.isBlank()) {
        shared = fromEnvironment(url, env);
      } else if ("true".equalsIgnoreCase(env.get("CI"))) {
        throw new IllegalStateException(
            "CI=true but CPMPOS_TEST_PG_URL is not set: .ci/run must start PostgreSQL");
      } else {
        shared = startOwn();
      }
    }
    return shared;
  }

  private static TestPostgres fromEnvironment(String url, Map<String, String> env) {
    Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*").matcher(url);
    if (!m.matches()) {
      throw new IllegalStateException(
          "CPMPOS_TEST_PG_URL is not jdbc:postgresql://HOST:PORT/DB: " + url);
    }
    String data = env.get("CPMPOS_TEST_PG_DATA");
    String bin = env.get("CPMPOS_TEST_PG_BIN");
    return new TestPostgres(m.group(1), Integer.parseInt(m.group(2)),
        env.getOrDefault("CPMPOS_TEST_PG_USER", "cpmpos"),
        Path.of(env.get("CPMPOS_TEST_PG_PASSWORD_FILE")), data == null ? null : Path.of(data),
        bin == null ? null : Path.of(bin));
  }

  private static TestPostgres startOwn() {
    Path bin = Stream.of("17", "16", "15", "14", "13")
        .map(v -> Path.of("/usr/lib/postgresql", v, "bin"))
        .filter(p -> Files.isExecutable(p.resolve("initdb"))).findFirst()
        .orElseThrow(() -> new Unavailable(
            "no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)",
            null));
    try {
      Path dir = Files.createTempDirectory("cpmpos-pg");
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
            .lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
      }
      Path password = dir.resolve("password");
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      Files.writeString(password,
          Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
      Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
      if (root) {
        Files.setOwner(password,
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
      }
      Path data = dir.resolve("data");
      run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "cpmpos",
          "--pwfile=" + password,
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
      int port = freePort();
      Files.writeString(data.resolve("postgresql.conf"),
          "\nlisten_addresses = '127.0.0.1'\nport = " + port
              + "\nunix_socket_directories = '" + dir + "'\nfsync = off\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      TestPostgres server = new TestPostgres("127.0.0.1", port, "cpmpos", password, data, bin);
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.pgCtl("stop", "-m", "immediate");
        } catch (RuntimeException ignored) {
          // already stopped
        }
        deleteTree(dir);
      }, "test-postgres-stop"));
      return server;
    } catch (IOException e) {
      throw new Unavailable("cannot start a throwaway PostgreSQL: " + e.getMessage(), e);
    }
  }

  public String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public String user() {
    return user;
  }

  public Path passwordFile() {
    return passwordFile;
  }

  /** A new, empty database on this server; its JDBC URL. */
  public String newDatabase() {
    String name = "cpmpos_t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    }
    return url(name);
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user, password());
  }

  public Connection connectUrl(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password());
  }

  private String password() {
    try {
      return Files.readString(passwordFile).strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether this server can be stopped and started by the tests (its data directory is known). */
  public boolean controllable() {
    return dataDir != null && bin != null;
  }

  /** Stops the server (fast shutdown: open connections are cut, as in a crash of the network). */
  public void stop() {
    pgCtl("stop", "-m", "fast", "-w");
  }

  public void start() {
    pgCtl("start", "-w", "-t", "60", "-l", dataDir.resolveSibling("server.log").toString());
  }

  private void pgCtl(String... args) {
    if (!controllable()) {
      throw new IllegalStateException(
          "this PostgreSQL cannot be stopped by the tests: set CPMPOS_TEST_PG_DATA and"
              + " CPMPOS_TEST_PG_BIN");
    }
    List<String> cmd = new ArrayList<>(
        List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
    cmd.addAll(List.of(args));
    try {
      run("root".equals(System.getProperty("user.name")), cmd.toArray(String[]::new));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(boolean asPostgres, String... command) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out;
    try {
      out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory
    }
  }
}
