package id.cpmpos.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/** The head office's relay ({@code hq}): the ledger, and the notify receiver it runs in front of it. */
public record HqConfig(ChainConfig chain, Path providerPublicKey, int notifyPort, String notifyBindAddress,
    ZoneId zone, String partnerId, String channelId, Duration notifyMaxClockSkew) {}
