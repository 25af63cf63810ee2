package id.cpmpos.snap;

/** Which scanner read the QR: sent in the payment so the provider can trace the device. */
public record ScannerInfo(String deviceId, String deviceVersion, String deviceModel,
    String deviceIp) {}
