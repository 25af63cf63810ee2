package id.cpmpos.snap;

/** Supplies X-EXTERNAL-ID values: numeric, at most 36 characters, unique per partner per day. */
@FunctionalInterface
public interface ExternalIdSource {
  String next();
}
