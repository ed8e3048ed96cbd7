package dev.switchboard.core.sandbox;

import java.time.Duration;

/**
 * How long simulated media takes on the call clock, so reported durations are plausible and
 * deterministic: Say 0.4 s a word (150 words a minute, at least 1 s), Play 2 s per URL (nothing is
 * fetched), DTMF 0.1 s a key plus 0.5 s per {@code w} ({@code W} = 1 s), a beep 0.5 s.
 */
public final class MediaTimes {
    public static final Duration PLAY = Duration.ofSeconds(2);
    public static final Duration BEEP = Duration.ofMillis(500);
    static final Duration KEY = Duration.ofMillis(100);

    private MediaTimes() {}

    public static Duration say(String text) {
        String trimmed = text.strip();
        long words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return Duration.ofMillis(Math.max(1_000, words * 400));
    }

    public static Duration digits(String digits) {
        long shortPauses = digits.chars().filter(c -> c == 'w').count();
        long longPauses = digits.chars().filter(c -> c == 'W').count();
        return KEY.multipliedBy(digits.length() - shortPauses - longPauses)
                .plus(PhoneScript.KEY_PAUSE.multipliedBy(shortPauses))
                .plus(Duration.ofSeconds(longPauses));
    }
}
