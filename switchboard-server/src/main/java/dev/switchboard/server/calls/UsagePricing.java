package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.store.CallStore;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices Application Connect legs: per started minute of the receiving leg, at a configurable rate
 * (default $0.0025/min), written to the leg's {@code price} (negative, five decimals, as Twilio
 * shows it) and {@code price_unit} {@code USD}. The dialing side's leg is not billed for it.
 */
public final class UsagePricing {
    public static final BigDecimal DEFAULT_APPLICATION_CONNECT_RATE = new BigDecimal("0.0025");

    private final CallStore calls;
    private final BigDecimal perMinute;

    public UsagePricing(CallStore calls, BigDecimal perMinute) {
        this.calls = calls;
        this.perMinute = perMinute;
    }

    public BigDecimal perMinute() { return perMinute; }

    /** Billed minutes of a leg: every started minute counts. */
    public static long minutes(Call call) {
        int s = call.duration() == null ? 0 : call.duration();
        return (s + 59) / 60;
    }

    void bill(Call leg) {
        BigDecimal price = perMinute.multiply(BigDecimal.valueOf(minutes(leg))).negate().setScale(5, RoundingMode.HALF_UP);
        calls.update(leg.withPrice(price.toPlainString(), "USD", leg.dateUpdated()));
    }

}
