package id.cpmpos.config;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The head office's relay ({@code hq}): the ledger, and the notify receiver it runs in front of it,
 * which accepts only notifies for the chain's merchant ({@code partner.id}, {@code channel.id}).
 */
public record HqConfig(ChainConfig chain, Path providerPublicKey, String partnerId,
    String channelId,
    NotifyConfig notifyReceiver, ZoneId zone) {}
