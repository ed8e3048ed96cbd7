package dev.switchboard.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reference semantics of the Calls list filters; the store contract checks every store against them. */
class CallFilterTest {
    static final LocalDate MAY_6 = LocalDate.parse("2024-05-06");

    static Call startedAt(String instant) {
        Call q = CallTest.queued();
        return q.withStartTime(instant == null ? null : Instant.parse(instant), q.dateUpdated());
    }

    @Test
    void anEmptyFilterMatchesEverything() {
        assertThat(CallFilter.none().matches(CallTest.queued())).isTrue();
        assertThat(CallFilter.none().matches(startedAt(null))).isTrue();
    }

    @Test
    void onMeansTheWholeUtcDay() {
        CallFilter on = CallFilter.none().withStartTimeOn(MAY_6);
        assertThat(on.matches(startedAt("2024-05-05T23:59:59.999999Z"))).isFalse();
        assertThat(on.matches(startedAt("2024-05-06T00:00:00Z"))).isTrue();
        assertThat(on.matches(startedAt("2024-05-06T23:59:59.999999Z"))).isTrue();
        assertThat(on.matches(startedAt("2024-05-07T00:00:00Z"))).isFalse();
    }

    @Test
    void beforeIsAtOrBeforeMidnightAndAfterIsAtOrAfterMidnight() {
        CallFilter before = CallFilter.none().withStartTimeBefore(MAY_6);
        CallFilter after = CallFilter.none().withStartTimeAfter(MAY_6);
        assertThat(before.matches(startedAt("2024-05-05T23:59:59Z"))).isTrue();
        assertThat(before.matches(startedAt("2024-05-06T00:00:00Z"))).isTrue();
        assertThat(before.matches(startedAt("2024-05-06T00:00:00.000001Z"))).isFalse();
        assertThat(after.matches(startedAt("2024-05-05T23:59:59.999999Z"))).isFalse();
        assertThat(after.matches(startedAt("2024-05-06T00:00:00Z"))).isTrue();
        assertThat(after.matches(startedAt("2030-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aTimeThatIsNotSetNeverMatchesAFilterOnIt() {
        assertThat(CallFilter.none().withStartTimeAfter(MAY_6).matches(startedAt(null))).isFalse();
        assertThat(CallFilter.none().withEndTimeBefore(MAY_6).matches(startedAt("2024-05-01T00:00:00Z"))).isFalse();
    }

    @Test
    void allGivenFiltersMustHold() {
        Call c = startedAt("2024-05-06T10:00:00Z");
        assertThat(CallFilter.none().withTo(c.to()).withStatus(CallStatus.QUEUED).withStartTimeOn(MAY_6).matches(c)).isTrue();
        assertThat(CallFilter.none().withTo(c.to()).withStatus(CallStatus.RINGING).matches(c)).isFalse();
        assertThat(CallFilter.none().withFrom(c.to()).matches(c)).isFalse();
        assertThat(CallFilter.none().withParentCallSid("CA1").matches(c)).isFalse();
    }
}
