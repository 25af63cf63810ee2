package id.cpmpos.sync;

/** The merchant fields every query, cancel and refund repeats. */
public record MerchantRefs(String merchantId, String subMerchantId, String externalStoreId) {}
