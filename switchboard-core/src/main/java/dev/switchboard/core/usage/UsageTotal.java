package dev.switchboard.core.usage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The sums of one category over a date range: {@code count} events, {@code usage} their summed
 * quantity, {@code price} their summed price (USD, positive).
 */
public record UsageTotal(String category, long count, BigDecimal usage, BigDecimal price) {
    public UsageTotal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(price, "price");
    }

    /** A category nobody used in the range. */
    public static UsageTotal none(String category) {
        return new UsageTotal(category, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
