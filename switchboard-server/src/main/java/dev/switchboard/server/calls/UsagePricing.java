package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.UsageStore;
import dev.switchboard.core.usage.UsageCategory;
import dev.switchboard.core.usage.UsageEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prices Application Connect legs: per started minute of the receiving leg, at a configurable rate
 * (default $0.0025/min). One price, written twice: first as a {@link UsageEvent} in the usage
 * ledger (category {@link UsageCategory#CALLS_APPLICATION_CONNECT}, positive, counted by Usage
 * Records), then on the leg's {@code price} (negative, five decimals, as Twilio shows it) and
 * {@code price_unit} {@code USD}. The ledger refuses a second event for the same leg, and a leg
 * already in it is not re-priced, so a repeated bill changes nothing. The dialing side's leg is
 * not billed for it. Blocks on the stores.
 */
public final class UsagePricing {
    public static final BigDecimal DEFAULT_APPLICATION_CONNECT_RATE = new BigDecimal("0.0025");
    private static final Logger LOG = LoggerFactory.getLogger(UsagePricing.class);

    private final CallStore calls;
    private final UsageStore usage;
    private final BigDecimal perMinute;

    public UsagePricing(CallStore calls, UsageStore usage, BigDecimal perMinute) {
        this.calls = calls;
        this.usage = usage;
        this.perMinute = perMinute;
    }

    public BigDecimal perMinute() { return perMinute; }

    /** Billed minutes of a leg: every started minute counts. */
    public static long minutes(Call call) {
        int s = call.duration() == null ? 0 : call.duration();
        return (s + 59) / 60;
    }

    void bill(Call leg) {
        long minutes = minutes(leg);
        BigDecimal price = perMinute.multiply(BigDecimal.valueOf(minutes)).setScale(5, RoundingMode.HALF_UP);
        UsageCategory category = UsageCategory.CALLS_APPLICATION_CONNECT;
        try {
            usage.record(new UsageEvent(leg.accountSid(), category.wire(), leg.sid(),
                    leg.endTime() != null ? leg.endTime() : leg.dateUpdated(), BigDecimal.valueOf(minutes),
                    category.usageUnit(), price));
        } catch (DuplicateKeyException e) {
            LOG.warn("CallSid={} already billed for {}; not billed again", leg.sid(), category.wire());
            return;
        }
        calls.update(leg.withPrice(price.negate().toPlainString(), "USD", leg.dateUpdated()));
    }
}
