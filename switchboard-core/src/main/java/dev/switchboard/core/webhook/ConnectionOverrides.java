package dev.switchboard.core.webhook;

import java.math.BigInteger;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one webhook request is made, read from the URL fragment Twilio calls "connection overrides"
 * ({@code https://x/y#ct=1000&rt=5000&rc=2&rp=ct,5xx}); see spec §0.2 and
 * https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides .
 *
 * <table>
 *   <caption>Overrides understood, with Twilio's limits</caption>
 *   <tr><th>key</th><th>meaning</th><th>min</th><th>max</th><th>default</th></tr>
 *   <tr><td>ct</td><td>TCP connect timeout, ms</td><td>100</td><td>10000</td><td>5000</td></tr>
 *   <tr><td>rt</td><td>read timeout (first byte, and between packets), ms</td><td>100</td><td>15000</td><td>15000</td></tr>
 *   <tr><td>tt</td><td>total time for all attempts including retries, ms</td><td>100</td><td>15000</td><td>15000</td></tr>
 *   <tr><td>rc</td><td>retry count (attempts after the first)</td><td>0</td><td>5</td><td>1</td></tr>
 *   <tr><td>rp</td><td>comma-separated {@link RetryCondition} tokens, or {@code all}</td><td></td><td></td><td>{@code ct}</td></tr>
 * </table>
 *
 * <p>The {@code rp} values ({@code ct}, {@code rt}, {@code 4xx}, {@code 5xx}, {@code all}) and its
 * default {@code ct} are not on the part of Twilio's page this project could read; they come from
 * jambonz's re-implementation of the same fragment and agree with Twilio error 11205 ("two 5-second
 * attempts" to connect = rc 1 retried on ct only). Open question 13.
 *
 * <p>Bad values never fail a call here. Twilio answers an invalid {@code rp} with warning 11243 and
 * documents no behaviour for out-of-range numbers, so: a number outside its range is clamped to the
 * nearest limit ({@code ct=50} → 100, {@code rc=9} → 5); a value that is not an integer falls back to
 * the default; unknown {@code rp} tokens are dropped, and if none is left the default applies. The
 * {@code e} (edge) and {@code sni} keys and any unknown key are ignored. When a key repeats, the first
 * occurrence counts.
 */
public record ConnectionOverrides(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        int retryCount,
        Set<RetryCondition> retryPolicy) {

    private static final Limit CONNECT = new Limit("ct", 100, 10_000, 5_000);
    private static final Limit READ = new Limit("rt", 100, 15_000, 15_000);
    private static final Limit TOTAL = new Limit("tt", 100, 15_000, 15_000);
    private static final Limit RETRIES = new Limit("rc", 0, 5, 1);
    private static final Set<RetryCondition> DEFAULT_POLICY = Set.of(RetryCondition.CONNECT_TIMEOUT);
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** Twilio's defaults: what a URL without a fragment gets. */
    public static final ConnectionOverrides DEFAULTS = new ConnectionOverrides(
            Duration.ofMillis(CONNECT.fallback), Duration.ofMillis(READ.fallback), Duration.ofMillis(TOTAL.fallback),
            (int) RETRIES.fallback, DEFAULT_POLICY);

    public ConnectionOverrides {
        CONNECT.check(connectTimeout.toMillis());
        READ.check(readTimeout.toMillis());
        TOTAL.check(totalTimeout.toMillis());
        RETRIES.check(retryCount);
        if (retryPolicy.isEmpty()) {
            throw new IllegalArgumentException("retry policy needs at least one condition");
        }
        retryPolicy = Set.copyOf(retryPolicy);
    }

    /** The overrides in {@code url}'s fragment; {@link #DEFAULTS} when it has none. */
    public static ConnectionOverrides parse(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? DEFAULTS : fromFragment(url.substring(hash + 1));
    }

    /** The overrides in a fragment given without its {@code #}. */
    public static ConnectionOverrides fromFragment(String fragment) {
        FormParams keys = FormEncoding.decode(fragment);
        return new ConnectionOverrides(
                Duration.ofMillis(CONNECT.read(keys)),
                Duration.ofMillis(READ.read(keys)),
                Duration.ofMillis(TOTAL.read(keys)),
                (int) RETRIES.read(keys),
                retryPolicy(keys.get("rp")));
    }

    /**
     * {@code url} without its {@code #…} fragment: what goes on the wire, and what is signed (see
     * {@link WebhookSignature}).
     */
    public static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Whether a failure of this class may be retried. */
    public boolean retries(RetryCondition condition) {
        return retryPolicy.contains(condition);
    }

    private static Set<RetryCondition> retryPolicy(Optional<String> value) {
        if (value.isEmpty()) {
            return DEFAULT_POLICY;
        }
        Set<RetryCondition> policy = EnumSet.noneOf(RetryCondition.class);
        for (String token : value.get().split(",")) {
            if (token.trim().equalsIgnoreCase("all")) {
                policy.addAll(EnumSet.allOf(RetryCondition.class));
            } else {
                RetryCondition.fromToken(token).ifPresent(policy::add);
            }
        }
        return policy.isEmpty() ? DEFAULT_POLICY : policy;
    }

    private record Limit(String key, long min, long max, long fallback) {
        long read(FormParams keys) {
            Optional<String> raw = keys.get(key).map(String::trim);
            if (raw.isEmpty() || !INTEGER.matcher(raw.get()).matches()) {
                return fallback;
            }
            BigInteger value = new BigInteger(raw.get());
            return value.max(BigInteger.valueOf(min)).min(BigInteger.valueOf(max)).longValueExact();
        }

        void check(long value) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "], was " + value);
            }
        }
    }
}
