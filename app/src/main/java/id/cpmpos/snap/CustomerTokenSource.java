package id.cpmpos.snap;

import java.util.Optional;

/**
 * The customer token for {@code Authorization-Customer}, when one exists. A merchant terminal normally
 * has none, and then the header is not sent at all.
 */
@FunctionalInterface
public interface CustomerTokenSource {
  CustomerTokenSource NONE = Optional::empty;

  Optional<String> current();
}
