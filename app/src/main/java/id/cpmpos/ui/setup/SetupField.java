package id.cpmpos.ui.setup;

import id.cpmpos.config.ConfigKeys;

/**
 * One answer the set-up wizard asks for: the configuration key it becomes, the page it is on, whether
 * it is required, and its longest value (the configuration's limits, which are the spec's field
 * lengths: merchantId 64, subMerchantId 32, externalStoreId 64, terminalId 32, names 64).
 */
public enum SetupField {
  BASE_URL("base-url", ConfigKeys.PROVIDER_BASE_URL, SetupPage.PROVIDER, true, 2048), PARTNER_ID(
      "partner-id", ConfigKeys.PARTNER_ID, SetupPage.PROVIDER, true, 64), CLIENT_KEY("client-key",
          ConfigKeys.CLIENT_KEY, SetupPage.PROVIDER, true, 128), CHANNEL_ID("channel-id",
              ConfigKeys.CHANNEL_ID, SetupPage.PROVIDER, true, 5), PRIVATE_KEY("private-key",
                  ConfigKeys.PARTNER_PRIVATE_KEY, SetupPage.KEYS, true, 4096), PROVIDER_KEY(
                      "provider-key", ConfigKeys.PROVIDER_PUBLIC_KEY, SetupPage.KEYS, false, 4096),
  /** Installed in its own owner-only file, named by client.secretFile. */
  CLIENT_SECRET("client-secret", ConfigKeys.CLIENT_SECRET_FILE, SetupPage.KEYS, true,
      512), MERCHANT_ID("merchant-id", ConfigKeys.MERCHANT_ID, SetupPage.MERCHANT, true,
          64), SUB_MERCHANT_ID("sub-merchant-id", ConfigKeys.SUB_MERCHANT_ID, SetupPage.MERCHANT,
              false, 32), EXTERNAL_STORE_ID("store-id", ConfigKeys.EXTERNAL_STORE_ID,
                  SetupPage.MERCHANT, false, 64), TERMINAL_ID("terminal-id", ConfigKeys.TERMINAL_ID,
                      SetupPage.MERCHANT, true, 32), MERCHANT_NAME("merchant-name",
                          ConfigKeys.MERCHANT_NAME, SetupPage.MERCHANT, false,
                          64), MERCHANT_LOCATION("merchant-location", ConfigKeys.MERCHANT_LOCATION,
                              SetupPage.MERCHANT, false, 64);

  private final String id;
  private final String configKey;
  private final SetupPage page;
  private final boolean required;
  private final int maxLength;

  SetupField(String id, String configKey, SetupPage page, boolean required, int maxLength) {
    this.id = id;
    this.configKey = configKey;
    this.page = page;
    this.required = required;
    this.maxLength = maxLength;
  }

  /** The field's node id ({@code setup-ID}) and the suffix of its message keys ({@code setup.field.ID}). */
  public String id() {
    return id;
  }

  public String configKey() {
    return configKey;
  }

  public SetupPage page() {
    return page;
  }

  public boolean required() {
    return required;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The field a configuration key belongs to, for a problem the configuration's own rules found. */
  static SetupField forKey(String key) {
    if (ConfigKeys.CLIENT_SECRET.equals(key)) {
      return CLIENT_SECRET;
    }
    for (SetupField f : values()) {
      if (f.configKey.equals(key)) {
        return f;
      }
    }
    return null;
  }
}
