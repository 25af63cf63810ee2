package id.cpmpos.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.boot.Version;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.doctor.Check;
import id.cpmpos.doctor.DoctorReport;
import id.cpmpos.journal.AuditReport;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PendingAction;
import id.cpmpos.logging.LogMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip for a help desk: the configuration with its secrets removed, the newest logs (masked once
 * more on the way in), the doctor's report and the journal's summary (counts, what waits, the audit
 * head; never QR content or hashes). Key files, the PIN pepper and the journal itself stay behind.
 */
public final class SupportBundle {
  /** The newest log files, newest first, up to this many bytes in all: enough for a day or two. */
  static final long MAX_LOG_BYTES = 20L * 1024 * 1024;
  static final String REMOVED = "(removed)";
  /** Keys whose values are secrets; everything else in the configuration is a setting or a path. */
  static final Set<String> SECRET_KEYS = Set.of(ConfigKeys.CLIENT_SECRET,
      ConfigKeys.PROVIDER_TRUST_STORE_PASSWORD);

  private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private final Clock clock;

  public SupportBundle(Clock clock) {
    this.clock = clock;
  }

  /** What went into the zip, for the command's output. */
  public record Written(Path file, List<String> entries) {}

  /**
   * @param configFile the {@code --config} given, or null for the default file
   * @param logDir where the logs are ({@code LogLocation})
   * @param doctor the doctor's report, made just before
   */
  public Written write(Path out, Path configFile, Path logDir, DoctorReport doctor)
      throws IOException {
    Path config = configFile != null ? configFile : ConfigPaths.defaultConfigFile();
    Files.deleteIfExists(out);
    if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(out,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    List<String> entries = new ArrayList<>();
    try (ZipOutputStream zip = new ZipOutputStream(
        Files.newOutputStream(out, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
      put(zip, entries, "about.json", json.writeValueAsBytes(about(config, logDir)));
      if (Files.isRegularFile(config)) {
        put(zip, entries, "terminal.properties", redactedConfig(config));
      }
      put(zip, entries, "doctor.json", json.writeValueAsBytes(doctorJson(doctor)));
      put(zip, entries, "journal.json", json.writeValueAsBytes(journalSummary(config)));
      for (Path log : newestLogs(logDir)) {
        put(zip, entries, "logs/" + log.getFileName(), masked(log));
      }
    }
    return new Written(out, entries);
  }

  private Map<String, Object> about(Path config, Path logDir) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", Version.get());
    m.put("createdAt", OffsetDateTime.now(clock).toString());
    m.put("config", config.toAbsolutePath().toString());
    m.put("logDir", logDir.toAbsolutePath().toString());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  /** Every key is kept; a secret's value is replaced by {@value #REMOVED}. */
  static byte[] redactedConfig(Path config) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    for (String key : SECRET_KEYS) {
      LogMask.register(p.getProperty(key));
    }
    Properties redacted = new Properties();
    for (String key : p.stringPropertyNames()) {
      // Any other value is masked as a log line is: a secret pasted under the wrong key stays out too.
      redacted.setProperty(key,
          SECRET_KEYS.contains(key) ? REMOVED : LogMask.mask(p.getProperty(key)));
    }
    var buffer = new ByteArrayOutputStream();
    redacted.store(new OutputStreamWriter(buffer, StandardCharsets.UTF_8),
        "secrets removed by cpm-pos support-bundle");
    return buffer.toByteArray();
  }

  private static Map<String, Object> doctorJson(DoctorReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", report.ok());
    List<Map<String, Object>> checks = new ArrayList<>();
    for (Check c : report.checks()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", c.name());
      one.put("ok", c.ok());
      one.put("status", c.status().name().toLowerCase(Locale.ROOT));
      one.put("detail", LogMask.mask(c.detail()));
      one.put("fix", LogMask.mask(c.fix()));
      checks.add(one);
    }
    m.put("checks", checks);
    return m;
  }

  /** Counts per state, what waits (references and amounts only), the audit chain's state and head. */
  private Map<String, Object> journalSummary(Path config) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!Files.isRegularFile(config)) {
      m.put("error", "no configuration at " + config);
      return m;
    }
    try (TerminalContext terminal = TerminalContext.open(config, clock)) {
      Journal journal = terminal.journal();
      m.put("path", terminal.config().journalPath().toString());
      Map<String, Integer> states = new TreeMap<>();
      List<PaymentRecord> payments = journal.payments().recent(Integer.MAX_VALUE);
      for (PaymentRecord p : payments) {
        states.merge(p.state().name(), 1, Integer::sum);
      }
      m.put("payments", payments.size());
      m.put("paymentsByState", states);
      List<Map<String, Object>> pending = new ArrayList<>();
      for (PendingAction a : journal.syncSchedule().pending()) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("kind", a.kind().name());
        one.put("key", a.key());
        one.put("partnerReferenceNo", a.partnerReferenceNo());
        one.put("amount", a.amount() == null ? null : a.amount().toPlainString());
        one.put("currency", a.currency());
        one.put("createdAt", a.createdAt() == null ? null : a.createdAt().toString());
        one.put("attempts", a.attempts());
        pending.add(one);
      }
      m.put("pending", pending);
      AuditReport audit = journal.verify();
      m.put("auditIntact", audit.intact());
      m.put("auditEntries", audit.entries());
      m.put("auditHead", audit.head());
      m.put("auditProblems", audit.problems().size());
    } catch (Exception e) {
      // The summary is best effort: a journal that cannot be opened is itself what support needs to know.
      m.put("error", LogMask.mask(String.valueOf(e.getMessage())));
    }
    return m;
  }

  static List<Path> newestLogs(Path logDir) throws IOException {
    if (!Files.isDirectory(logDir)) {
      return List.of();
    }
    List<Path> logs;
    try (Stream<Path> files = Files.list(logDir)) {
      logs = files
          .filter(f -> f.getFileName().toString().endsWith(".log") && Files.isRegularFile(f))
          .sorted(Comparator.comparing(SupportBundle::modified).reversed()).toList();
    }
    List<Path> chosen = new ArrayList<>();
    long total = 0;
    for (Path log : logs) {
      long size = Files.size(log);
      if (!chosen.isEmpty() && total + size > MAX_LOG_BYTES) {
        break;
      }
      chosen.add(log);
      total += size;
    }
    return chosen;
  }

  private static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The logs are masked when written; masked again here, in case an older version wrote them. */
  private static byte[] masked(Path log) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      lines.forEach(l -> sb.append(LogMask.mask(l)).append('\n'));
    } catch (UncheckedIOException e) {
      sb.append("(log unreadable: ").append(e.getCause().getMessage()).append(")\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void put(ZipOutputStream zip, List<String> entries, String name, byte[] content)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
    entries.add(name);
  }
}
