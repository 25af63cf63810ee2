package id.cpmpos.journal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * State names in SQL come from the enums: {@code in(SENDING, UNKNOWN)} is {@code ('SENDING',
 * 'UNKNOWN')}, so renaming a state cannot leave a query silently matching nothing.
 */
final class SqlStates {
  private SqlStates() {}

  static String in(Enum<?>... states) {
    return Arrays.stream(states).map(SqlStates::literal)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  static String literal(Enum<?> state) {
    return "'" + state.name() + "'";
  }
}
