package id.cpmpos.ui.setup;

import java.util.Locale;

/** The wizard's pages in order: what the provider issued, the keys, the merchant, the test, the PIN. */
public enum SetupPage {
  PROVIDER, KEYS, MERCHANT, TEST, PIN;

  /** The page's message key suffix ({@code setup.page.provider}, ...). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
