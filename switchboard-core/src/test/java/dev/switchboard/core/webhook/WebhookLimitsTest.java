package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookLimitsTest {
    @ParameterizedTest
    @ValueSource(strings = {"text/xml", "application/xml", "text/xml; charset=utf-8", "Application/XML;charset=UTF-8",
        " text/xml "})
    void xmlContentTypesCarryTwiml(String contentType) {
        assertThat(WebhookLimits.isTwimlContentType(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/html", "text/plain", "application/json", "audio/mpeg", "text/xmlx",
        "application/soap+xml", "xml"})
    void everythingElseIsRefused(String contentType) {
        assertThat(WebhookLimits.isTwimlContentType(contentType)).isFalse();
    }
}
