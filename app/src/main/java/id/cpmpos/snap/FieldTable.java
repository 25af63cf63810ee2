package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The spec's request field tables, kept as data in {@code request-fields.tsv} beside this class (with
 * why each row is what it is) and read once when it loads. Each row is resolved then to the record
 * accessors that read its value, so checking a request, which happens on every payment, only calls
 * them. Rows are checked in the table's order and the first broken field wins.
 *
 * <p>Which case a field gets: an absent or blank mandatory field is case 02; a value that is present
 * but malformed or too long is case 01, mandatory or not. (The table's description of 02 also says
 * "invalid format on mandatory field"; providers in practice answer 01 for a present, malformed
 * value, and both are 400s, so nothing downstream depends on the choice.)
 */
final class FieldTable {
  private static final String TABLE = "request-fields.tsv";
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
  /** {@code latestTransactionStatus}: 00 success … 07 not found, as listed in the spec. */
  private static final Set<String> TRANSACTION_STATUSES = Set.of("00", "01", "02", "03", "04",
      "05", "06", "07");
  private static final Map<Class<?>, List<Field>> STANDARD = parse(
      TableResource.lines(FieldTable.class, TABLE));

  /** A row's type column. */
  enum Type {
    TEXT, TIME, AMOUNT, STATUS
  }

  /**
   * One row, resolved. {@code path} reads the value from the request (one accessor, or two for a field
   * of an object such as {@code scannerInfo.deviceId}); {@code unlessGiven}, for {@code M|other}, reads
   * the field whose presence excuses a missing value (empty otherwise). {@code amountValue} is the
   * pattern an amount's value must match, from the length column ({@code 16,2}:
   * {@code \d{1,16}\.\d{2}}); the other types have a {@code maxLength} in code points.
   */
  record Field(String name, Type type, boolean mandatory, List<Method> unlessGiven,
      List<Method> path, int maxLength, Pattern amountValue) {}

  private FieldTable() {}

  /** The first field of this request that breaks its table, or empty when it may be sent. */
  static Optional<FieldViolation> violation(SnapRequest request) {
    List<Field> fields = STANDARD.get(request.getClass());
    // A "C" condition the spec leaves implicit comes first: a request that names an earlier
    // transaction must name it by at least one reference, else no provider can find it.
    for (Field field : fields) {
      if (!field.unlessGiven().isEmpty() && isBlank(read(request, field.path()))
          && isBlank(read(request, field.unlessGiven()))) {
        return Optional.of(FieldViolation.mandatory(field.name()));
      }
    }
    for (Field field : fields) {
      FieldViolation v = check(field, read(request, field.path()));
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static FieldViolation check(Field field, Object value) {
    if (field.mandatory() && isBlank(value)) {
      return FieldViolation.mandatory(field.name());
    }
    if (value == null) {
      return null;
    }
    return switch (field.type()) {
      case TEXT -> formatUnless(fits(field, (String) value), field);
      case TIME -> formatUnless(fits(field, (String) value) && isOffsetDateTime((String) value),
          field);
      case STATUS -> formatUnless(
          fits(field, (String) value) && TRANSACTION_STATUSES.contains(value), field);
      case AMOUNT -> amount(field, (Amount) value);
    };
  }

  private static FieldViolation formatUnless(boolean wellFormed, Field field) {
    return wellFormed ? null : FieldViolation.format(field.name());
  }

  /** An amount object is optional, but its {@code value} and {@code currency} are mandatory in it. */
  private static FieldViolation amount(Field field, Amount amount) {
    if (isBlank(amount.value())) {
      return FieldViolation.mandatory(field.name() + ".value");
    }
    if (!field.amountValue().matcher(amount.value()).matches()) {
      return FieldViolation.format(field.name() + ".value");
    }
    if (isBlank(amount.currency())) {
      return FieldViolation.mandatory(field.name() + ".currency");
    }
    if (!CURRENCY.matcher(amount.currency()).matches() || !ISO_4217.contains(amount.currency())) {
      return FieldViolation.format(field.name() + ".currency");
    }
    return null;
  }

  private static boolean fits(Field field, String value) {
    return value.codePointCount(0, value.length()) <= field.maxLength();
  }

  private static boolean isOffsetDateTime(String value) {
    try {
      OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }

  /** The value at the end of {@code path}; null when it, or an object on the way, is absent. */
  private static Object read(Object request, List<Method> path) {
    Object value = request;
    for (Method accessor : path) {
      if (value == null) {
        return null;
      }
      try {
        value = accessor.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
    return value;
  }

  /**
   * The table's lines, resolved per request type. Blank lines and lines starting with {@code #} are
   * notes; every other line is a row of five tab-separated columns naming a field the request has. A
   * line that is not one, or a request type without rows, fails the first check and every one after
   * it, so that nothing is sent unchecked (and FieldTableTest fails the build first).
   */
  static Map<Class<?>, List<Field>> parse(List<String> lines) {
    Map<String, Class<?>> requests = Arrays.stream(SnapRequest.class.getPermittedSubclasses())
        .collect(Collectors.toMap(Class::getSimpleName, type -> type));
    Map<Class<?>, List<Field>> tables = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        String[] columns = line.split("\t", -1);
        if (columns.length != 5 || Arrays.stream(columns).anyMatch(String::isBlank)) {
          throw new IllegalArgumentException("five columns, none empty");
        }
        Class<?> request = requests.get(columns[0]);
        if (request == null) {
          throw new IllegalArgumentException("no request type " + columns[0]);
        }
        List<Field> fields = tables.computeIfAbsent(request, type -> new ArrayList<>());
        Field field = field(request, columns);
        if (fields.stream().anyMatch(f -> f.name().equals(field.name()))) {
          throw new IllegalArgumentException(columns[1] + " twice");
        }
        fields.add(field);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            TABLE + " line " + (i + 1) + " is not a row (" + e.getMessage() + "): " + line, e);
      }
    }
    for (Class<?> request : requests.values()) {
      if (!tables.containsKey(request)) {
        throw new IllegalStateException(TABLE + " has no row for " + request.getSimpleName());
      }
    }
    return tables.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  private static Field field(Class<?> request, String[] columns) {
    String name = columns[1];
    Type type = Arrays.stream(Type.values())
        .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(columns[3])).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("type text, time, amount or status"));
    List<Method> path = path(request, name);
    Class<?> javaType = path.get(path.size() - 1).getReturnType();
    if (javaType != (type == Type.AMOUNT ? Amount.class : String.class)) {
      throw new IllegalArgumentException(name + " is " + javaType.getSimpleName() + ", not "
          + columns[3]);
    }
    String presence = columns[2];
    // M|other is checked before the rows (see violation), and its row then as an optional one.
    boolean mandatory = presence.equals("M");
    if (!mandatory && !presence.equals("O") && !presence.startsWith("M|")) {
      throw new IllegalArgumentException("presence M, O or M|other");
    }
    List<Method> unlessGiven = presence.startsWith("M|")
        ? path(request, presence.substring(2))
        : List.of();
    if (type == Type.AMOUNT) {
      String[] digits = columns[4].split(",", -1);
      if (digits.length != 2) {
        throw new IllegalArgumentException("an amount's length is digits,decimals");
      }
      Pattern value = Pattern.compile("\\d{1," + positive(digits[0]) + "}\\.\\d{"
          + positive(digits[1]) + "}");
      return new Field(name, type, mandatory, unlessGiven, path, 0, value);
    }
    return new Field(name, type, mandatory, unlessGiven, path,
        positive(columns[4]), null);
  }

  /** The accessors from the request to the field with this JSON name, a dot between objects. */
  private static List<Method> path(Class<?> request, String name) {
    List<Method> path = new ArrayList<>();
    Class<?> type = request;
    for (String part : name.split("\\.", -1)) {
      Method accessor = accessor(type, part);
      path.add(accessor);
      type = accessor.getReturnType();
    }
    return List.copyOf(path);
  }

  private static Method accessor(Class<?> type, String jsonName) {
    RecordComponent[] components = type.getRecordComponents();
    if (components != null) {
      for (RecordComponent component : components) {
        Method accessor = component.getAccessor();
        JsonProperty renamed = accessor.getAnnotation(JsonProperty.class);
        String sent = renamed == null || renamed.value().isEmpty()
            ? component.getName()
            : renamed.value();
        if (sent.equals(jsonName)) {
          return accessor;
        }
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no field " + jsonName);
  }

  private static int positive(String number) {
    int n = Integer.parseInt(number);
    if (n < 1) {
      throw new IllegalArgumentException("a length of at least 1");
    }
    return n;
  }
}
