package dev.switchboard.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookOutcomeTest {
    private static final int MAX = WebhookOutcome.MAX_STORED_BODY_CHARS;

    @Test
    void bodiesUpToTheLimitAreKeptWhole() {
        var a = WebhookOutcome.Answered.of(200, "text/xml", "x".repeat(MAX));
        assertThat(a.truncated()).isFalse();
        assertThat(a.body()).hasSize(MAX);
    }

    @Test
    void longerBodiesAreCutAndMarked() {
        var a = WebhookOutcome.Answered.of(200, "text/xml", "x".repeat(MAX + 1));
        assertThat(a.truncated()).isTrue();
        assertThat(a.body()).hasSize(MAX);
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        var a = WebhookOutcome.Answered.of(200, "text/xml", "x".repeat(MAX - 1) + "👋" + "y");
        assertThat(a.truncated()).isTrue();
        assertThat(a.body()).hasSize(MAX - 1).doesNotContain("\uD83D");
    }

    @Test
    void anOverlongBodyCannotBeBuiltDirectly() {
        assertThatThrownBy(() -> new WebhookOutcome.Answered(200, "", "x".repeat(MAX + 1), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
