package dev.switchboard.server.config;

/**
 * The call engine. Options (flag / environment / default):
 * <ul>
 *   <li>{@code clock} — {@code --clock} / {@code SWITCHBOARD_CLOCK} / {@code system}: {@code virtual}
 *       makes idle waits (Pause, ringing, Gather timeouts, call durations) take no wall time, with
 *       the same ordering and reported durations as on the system clock</li>
 *   <li>{@code callsPerSecond} — {@code --cps} / {@code SWITCHBOARD_CPS} / {@code 0} (no limit):
 *       REST-created calls per second per account; calls over it wait as {@code queued}</li>
 *   <li>{@code applicationConnectRate} — {@code --app-connect-rate} / {@code SWITCHBOARD_APP_CONNECT_RATE} /
 *       {@code 0.0025}: USD per started minute of the receiving leg of {@code <Dial><Application>}</li>
 *   <li>{@code maxLiveCalls} — {@code --max-live-calls} / {@code SWITCHBOARD_MAX_LIVE_CALLS} / {@code 20000}:
 *       calls running on this node at once; a new REST, sandbox or client call over it is refused
 *       with 20429 (HTTP 429) instead of being started. A live call costs about 30 KB of heap
 *       ({@code docs/performance.md}), so the default needs about 600 MB</li>
 * </ul>
 */
public record CallConfig(ClockMode clock, double callsPerSecond, java.math.BigDecimal applicationConnectRate, int maxLiveCalls) {
    public enum ClockMode { SYSTEM, VIRTUAL }

    public static final int DEFAULT_MAX_LIVE_CALLS = 20_000;

    public CallConfig {
        if (maxLiveCalls < 1) throw new IllegalArgumentException("--max-live-calls must be at least 1");
    }

    public CallConfig(ClockMode clock, double callsPerSecond, java.math.BigDecimal applicationConnectRate) {
        this(clock, callsPerSecond, applicationConnectRate, DEFAULT_MAX_LIVE_CALLS);
    }

    public CallConfig(ClockMode clock, double callsPerSecond) {
        this(clock, callsPerSecond, new java.math.BigDecimal("0.0025"));
    }

    public static CallConfig defaults() { return new CallConfig(ClockMode.SYSTEM, 0); }
}
