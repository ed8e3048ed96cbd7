package dev.switchboard.server.api.usage;

import dev.switchboard.core.usage.UsageCategory;
import dev.switchboard.core.usage.UsageTotal;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Usage Record with exactly the keys of Twilio's OpenAPI {@code api.v2010.account.usage.usage_record}:
 * {@code count} and {@code usage} are strings, {@code price} a number (USD, positive),
 * {@code price_unit} {@code usd}, dates {@code YYYY-MM-DD}, {@code as_of}
 * {@code YYYY-MM-DDTHH:MM:SS+00:00}; {@code subresource_uris} links the eight period lists for the
 * same category.
 */
final class UsageRecordJson {
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private UsageRecordJson() {}

    static Map<String, Object> of(String accountSid, UsageCategory category, LocalDate start, LocalDate end, UsageTotal total,
            Instant asOf, String listPath) {
        String accountPath = "/2010-04-01/Accounts/" + accountSid;
        String cat = URLEncoder.encode(category.wire(), StandardCharsets.UTF_8);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", accountSid);
        m.put("api_version", "2010-04-01");
        m.put("as_of", AS_OF.format(asOf));
        m.put("category", category.wire());
        m.put("count", Long.toString(total.count()));
        m.put("count_unit", category.countUnit());
        m.put("description", category.description());
        m.put("end_date", end.toString());
        m.put("price", money(total.price()));
        m.put("price_unit", "usd");
        m.put("start_date", start.toString());
        Map<String, String> subs = new LinkedHashMap<>();
        for (UsagePeriod p : UsagePeriod.values()) {
            if (p.subresourceKey() != null) subs.put(p.subresourceKey(), accountPath + p.path() + "?Category=" + cat);
        }
        m.put("subresource_uris", subs);
        m.put("uri", listPath + "?Category=" + cat + "&StartDate=" + start + "&EndDate=" + end);
        m.put("usage", plain(total.usage()));
        m.put("usage_unit", category.usageUnit());
        return m;
    }

    /** At least two decimals, no trailing zeros beyond them, never in exponent form. */
    static BigDecimal money(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
