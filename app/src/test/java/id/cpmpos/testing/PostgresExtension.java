package id.cpmpos.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a {@link TestPostgres} server: {@code @ExtendWith(PostgresExtension.class)} and a
 * parameter of that type. On a machine with no PostgreSQL at all the test is skipped, except on CI
 * ({@code CI=true}), where it fails: CI must always run them.
 */
public final class PostgresExtension implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestPostgres.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      return TestPostgres.server();
    } catch (TestPostgres.Unavailable e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw e;
      }
      Assumptions.abort("no PostgreSQL on this machine: " + e.getMessage());
      return null;
    }
  }
}
