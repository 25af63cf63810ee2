package id.cpmpos.terminal;

import id.cpmpos.snap.ScannerInfo;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * The merchant and terminal fields every payment carries, from configuration, and the largest
 * amount one sale may have ({@code sale.maxAmount}).
 */
public record TerminalProfile(
    String merchantId,
    String subMerchantId,
    String terminalId,
    String externalStoreId,
    String merchantName,
    String merchantLocation,
    String acquirerName,
    String currency,
    ScannerInfo defaultScanner,
    boolean training,
    ZoneId zone,
    BigDecimal maxAmount) {}
