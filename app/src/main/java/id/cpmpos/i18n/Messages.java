package id.cpmpos.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text in Bahasa Indonesia (the default) and English, from {@code assets/i18n}. A
 * counter's language is a terminal setting; the JVM's locale counts only for the command line before
 * a configuration names one ({@link #forConsole}).
 */
public final class Messages {
  private static final String BUNDLE = "assets.i18n.messages";
  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code "en"} for English; anything else gives Bahasa Indonesia. */
  public static Messages forLanguage(String language) {
    return new Messages(
        "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.forLanguageTag("id"));
  }

  /**
   * The command line's language while no configuration says otherwise: Bahasa Indonesia when the
   * console's locale is Indonesian, English for any other, the rule picocli applies to the help.
   */
  public static Messages forConsole(Locale console) {
    String language = console.getLanguage();
    return forLanguage(language.equals("id") || language.equals("in") ? "id" : "en");
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public ResourceBundle bundle() {
    return bundle;
  }
}
