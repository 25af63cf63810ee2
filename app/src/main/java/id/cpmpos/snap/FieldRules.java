package id.cpmpos.snap;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The spec's field tables as checks, read top to bottom like the table; the first broken field wins.
 *
 * <p>Which case a field gets: an absent or blank mandatory field is case 02; a value that is present
 * but malformed or too long is case 01, mandatory or not. (The table's description of 02 also says
 * "invalid format on mandatory field"; providers in practice answer 01 for a present, malformed
 * value, and both are 400s, so nothing downstream depends on the choice.)
 */
final class FieldRules {
  /** Up to 16 integer digits and exactly two decimals, as a string: {@code "10000.00"}. */
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,16}\\.\\d{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  private FieldViolation first;

  FieldRules mandatory(String field, String value, int maxLength) {
    if (first == null && isBlank(value)) {
      first = FieldViolation.mandatory(field);
    }
    return optional(field, value, maxLength);
  }

  FieldRules optional(String field, String value, int maxLength) {
    if (first == null && value != null && value.codePointCount(0, value.length()) > maxLength) {
      first = FieldViolation.format(field);
    }
    return this;
  }

  /** An ISO-8601 date-time that carries its offset ({@code 2020-12-23T07:50:11+07:00}). */
  FieldRules mandatoryTime(String field, String value, int maxLength) {
    if (first == null && isBlank(value)) {
      first = FieldViolation.mandatory(field);
    }
    return optionalTime(field, value, maxLength);
  }

  FieldRules optionalTime(String field, String value, int maxLength) {
    optional(field, value, maxLength);
    if (first == null && value != null && !isOffsetDateTime(value)) {
      first = FieldViolation.format(field);
    }
    return this;
  }

  /** An optional amount object whose {@code value} and {@code currency} are mandatory when it is present. */
  FieldRules optionalAmount(String field, Amount amount) {
    if (first != null || amount == null) {
      return this;
    }
    if (isBlank(amount.value())) {
      first = FieldViolation.mandatory(field + ".value");
    } else if (!AMOUNT.matcher(amount.value()).matches()) {
      first = FieldViolation.format(field + ".value");
    } else if (isBlank(amount.currency())) {
      first = FieldViolation.mandatory(field + ".currency");
    } else if (!CURRENCY.matcher(amount.currency()).matches()
        || !ISO_4217.contains(amount.currency())) {
      first = FieldViolation.format(field + ".currency");
    }
    return this;
  }

  FieldRules oneOf(String field, String value, Set<String> allowed) {
    if (first == null && value != null && !allowed.contains(value)) {
      first = FieldViolation.format(field);
    }
    return this;
  }

  /**
   * A "C" condition the spec leaves implicit: a request that names an earlier transaction must name
   * it by at least one reference, else no provider can find it. Reported as the first field missing.
   */
  FieldRules atLeastOne(String field, String value, String otherValue) {
    if (first == null && isBlank(value) && isBlank(otherValue)) {
      first = FieldViolation.mandatory(field);
    }
    return this;
  }

  FieldRules scannerInfo(ScannerInfo scanner) {
    if (scanner == null) {
      return this;
    }
    return optional("scannerInfo.deviceId", scanner.deviceId(), 64)
        .optional("scannerInfo.deviceVersion", scanner.deviceVersion(), 128)
        .optional("scannerInfo.deviceModel", scanner.deviceModel(), 128)
        .optional("scannerInfo.deviceIp", scanner.deviceIp(), 64);
  }

  Optional<FieldViolation> first() {
    return Optional.ofNullable(first);
  }

  static boolean isOffsetDateTime(String value) {
    try {
      OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
