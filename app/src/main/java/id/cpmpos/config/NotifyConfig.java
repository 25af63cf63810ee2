package id.cpmpos.config;

import java.time.Duration;

/**
 * The notify (service 79) receiver, from {@code notify.*}: a terminal's and hq's alike.
 *
 * @param port {@code notify.port}; 0 = off
 * @param bindAddress {@code notify.bindAddress}
 * @param maxClockSkew how far a notify's {@code X-TIMESTAMP} may be from this clock, either way
 */
public record NotifyConfig(int port, String bindAddress, Duration maxClockSkew) {}
