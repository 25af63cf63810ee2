package id.cpmpos.config;

/** A configuration problem, naming the key at fault so an installer knows what to fix. */
public final class ConfigException extends Exception {
  private final String key;

  public ConfigException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
