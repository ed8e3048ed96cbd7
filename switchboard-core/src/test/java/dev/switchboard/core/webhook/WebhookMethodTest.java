package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookMethodTest {
    @Test
    void parsesIgnoringCase() {
        assertThat(WebhookMethod.parse("get")).contains(WebhookMethod.GET);
        assertThat(WebhookMethod.parse(" POST ")).contains(WebhookMethod.POST);
        assertThat(WebhookMethod.parse("PUT")).isEmpty();
    }
}
