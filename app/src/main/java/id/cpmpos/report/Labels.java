package id.cpmpos.report;

/** The localised text of a message key (the message bundles), so this package needs no bundle itself. */
@FunctionalInterface
public interface Labels {
  String get(String key, Object... args);
}
