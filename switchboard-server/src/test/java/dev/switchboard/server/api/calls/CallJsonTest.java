package dev.switchboard.server.api.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.switchboard.core.call.Call;
import dev.switchboard.testing.store.CallFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallJsonTest {
    static final String ACCOUNT = "AC00000000000000000000000000000001";

    @Test
    void answersExactlyTwiliosKeySetInItsOrder() {
        assertThat(CallJson.of(CallFixtures.fullCall(ACCOUNT)).keySet()).containsExactly(
                "sid", "date_created", "date_updated", "parent_call_sid", "account_sid", "to", "to_formatted",
                "from", "from_formatted", "phone_number_sid", "status", "start_time", "end_time", "duration",
                "price", "price_unit", "direction", "answered_by", "api_version", "forwarded_from", "group_sid",
                "caller_name", "queue_time", "trunk_sid", "uri", "subresource_uris", "annotation");
    }

    @Test
    void numbersDurationsAndTimesAreTwiliosStrings() {
        Call c = CallFixtures.fullCall(ACCOUNT);
        Map<String, Object> json = CallJson.of(c);
        assertThat(json).contains(
                entry("to", "+14155550100"),
                entry("to_formatted", "(415) 555-0100"),
                entry("from", "client:alice"),
                entry("from_formatted", "client:alice"),
                entry("status", "completed"),
                entry("direction", "outbound-dial"),
                entry("duration", "65"),
                entry("price", "-0.00250"),
                entry("price_unit", "USD"),
                entry("queue_time", "1234"),
                entry("start_time", "Mon, 06 May 2024 07:08:19 +0000"),
                entry("date_created", "Mon, 06 May 2024 07:08:09 +0000"),
                entry("uri", "/2010-04-01/Accounts/" + ACCOUNT + "/Calls/" + c.sid() + ".json"),
                entry("annotation", null));
    }

    @Test
    void unsetFieldsAreNullAndQueueTimeIsZero() {
        Map<String, Object> json = CallJson.of(CallFixtures.queuedCall(ACCOUNT, "+442071838750", "+14155550111"));
        assertThat(json).contains(entry("to_formatted", "+442071838750"), entry("from_formatted", "(415) 555-0111"),
                entry("status", "queued"), entry("queue_time", "0"));
        for (String key : new String[] {"parent_call_sid", "phone_number_sid", "start_time", "end_time", "duration",
            "price", "price_unit", "answered_by", "api_version", "forwarded_from", "group_sid", "caller_name",
            "trunk_sid"}) {
            assertThat(json).containsEntry(key, null);
        }
    }

    @Test
    void linksEverySubresourceOfTheCall() {
        Call c = CallFixtures.fullCall(ACCOUNT);
        String base = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls/" + c.sid() + "/";
        @SuppressWarnings("unchecked")
        Map<String, String> links = (Map<String, String>) CallJson.of(c).get("subresource_uris");
        assertThat(links).containsExactly(
                entry("notifications", base + "Notifications.json"),
                entry("recordings", base + "Recordings.json"),
                entry("payments", base + "Payments.json"),
                entry("events", base + "Events.json"),
                entry("siprec", base + "Siprec.json"),
                entry("streams", base + "Streams.json"),
                entry("transcriptions", base + "Transcriptions.json"),
                entry("user_defined_message_subscriptions", base + "UserDefinedMessageSubscriptions.json"),
                entry("user_defined_messages", base + "UserDefinedMessages.json"));
    }
}
