package dev.switchboard.core.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One billed use of the platform, as the usage ledger keeps it: which account used what, for which
 * call, when, how much and at what price. At most one event per call and category (billing a leg
 * twice is refused by the store), so a retried bill never counts twice.
 *
 * @param category a Usage Records category ({@link UsageCategory#wire()})
 * @param at       when the usage was billed; its UTC date puts it in a day of the Usage Records
 * @param quantity how much, in {@code unit} (minutes for calls); zero or more
 * @param unit     {@code minutes} for calls
 * @param price    the positive price in USD (the call's {@code price} shows it negated, as Twilio does)
 */
public record UsageEvent(String accountSid, String category, String callSid, Instant at, BigDecimal quantity,
        String unit, BigDecimal price) {

    public UsageEvent {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(callSid, "callSid");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(price, "price");
        if (quantity.signum() < 0) throw new IllegalArgumentException("quantity " + quantity);
        if (price.signum() < 0) throw new IllegalArgumentException("price " + price + " (usage prices are positive)");
    }
}
