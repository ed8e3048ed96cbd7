package dev.switchboard.server.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.FormParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    @Test
    void parameterNamesAreSnakeCasedAsTwilioPresentsThem() {
        assertThat(EventJson.snakeCase("CallSid")).isEqualTo("call_sid");
        assertThat(EventJson.snakeCase("AddOns")).isEqualTo("add_ons");
        assertThat(EventJson.snakeCase("ApiVersion")).isEqualTo("api_version");
        assertThat(EventJson.snakeCase("SipCallId")).isEqualTo("sip_call_id");
        assertThat(EventJson.snakeCase("CallerIDName")).isEqualTo("caller_id_name");
        assertThat(EventJson.snakeCase("Digits")).isEqualTo("digits");
        assertThat(EventJson.snakeCase("digits")).isEqualTo("digits");
        assertThat(EventJson.snakeCase("")).isEmpty();
    }

    @Test
    void repeatedNamesBecomeAnArrayInOrder() {
        var params = FormParams.of("StatusCallbackEvent", "initiated", "From", "+1", "StatusCallbackEvent", "ringing",
                "StatusCallbackEvent", "answered");

        assertThat(EventJson.parameters(params.entries())).isEqualTo(Map.of("from", "+1",
                "status_callback_event", List.of("initiated", "ringing", "answered")));
    }
}
