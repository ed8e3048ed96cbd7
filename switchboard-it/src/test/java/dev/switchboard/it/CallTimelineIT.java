package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Notification;
import com.twilio.rest.api.v2010.account.call.Event;
import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.StatusChanged;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A call's timeline through the official twilio-java library and raw HTTP: a call and its entries
 * are written straight into the running server's stores (the engine's job), then read back as
 * Twilio's Call Events and Notifications and as Switchboard's Timeline.json.
 */
class CallTimelineIT extends ServerPerClass {
    static final Instant T0 = Instant.parse("2024-05-06T07:08:09Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static CallTimelineStore timelines;
    static RawHttp http;
    static String acct;

    @BeforeAll
    static void stores() {
        timelines = sb.server().database().stores().timelines();
        http = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
        acct = "/2010-04-01/Accounts/" + sb.accountSid;
    }

    static String newCall() {
        Call c = new Call(Sids.next(SidPrefix.CALL), sb.accountSid, null, "+14155550100", "+14155550111", null,
                CallStatus.COMPLETED, CallDirection.OUTBOUND_API, null, Call.API_VERSION, null, null, null, null,
                T0, T0.plusSeconds(30), 30, null, null, 0L, T0, T0.plusSeconds(30));
        sb.server().database().stores().calls().create(c);
        return c.sid();
    }

    static WebhookExchange voiceFetch(String call, long second) {
        return new WebhookExchange(sb.accountSid, call, 0, T0.plusSeconds(second), "https://example.com/voice",
                WebhookMethod.POST, FormParams.of("CallSid", call, "From", "+14155550111", "Digits", "1 2",
                "StatusCallbackEvent", "initiated", "StatusCallbackEvent", "ringing"),
                WebhookOutcome.Answered.of(200, "text/xml", "<Response><Say>Hi</Say></Response>"),
                Duration.ofMillis(42));
    }

    static ErrorRaised error(String call, long second, int code, ErrorRaised.Level level) {
        return ErrorRaised.of(sb.accountSid, call, T0.plusSeconds(second), code, "Document parse failure", level,
                Optional.of("https://example.com/voice"), Optional.of(WebhookMethod.POST));
    }

    @Test
    void eventsShowEachWebhookRequestWithItsResponse() {
        String call = newCall();
        timelines.append(new StatusChanged(sb.accountSid, call, 0, T0, CallStatus.QUEUED, CallStatus.RINGING));
        timelines.append(voiceFetch(call, 1));
        timelines.append(new VerbExecuted(sb.accountSid, call, 0, T0.plusSeconds(2), "Say", "Hi"));
        timelines.append(new WebhookExchange(sb.accountSid, call, 0, T0.plusSeconds(3), "https://example.com/down",
                WebhookMethod.GET, FormParams.empty(),
                new WebhookOutcome.Failed(11200, "HTTP retrieval failure", OptionalInt.of(503)), Duration.ofSeconds(2)));

        List<Event> events = new ArrayList<>();
        Event.reader(call).read(main).forEach(events::add);

        assertThat(events).hasSize(2);
        @SuppressWarnings("unchecked") Map<String, Object> request = (Map<String, Object>) events.get(0).getRequest();
        @SuppressWarnings("unchecked") Map<String, Object> response = (Map<String, Object>) events.get(0).getResponse();
        assertThat(request).containsEntry("method", "POST").containsEntry("url", "https://example.com/voice");
        assertThat(request.get("parameters")).isEqualTo(Map.of("call_sid", call, "from", "+14155550111",
                "digits", "1 2", "status_callback_event", List.of("initiated", "ringing")));
        assertThat(response).containsEntry("response_code", 200).containsEntry("content_type", "text/xml")
                .containsEntry("response_body", "<Response><Say>Hi</Say></Response>")
                .containsEntry("request_duration", 42)
                .containsEntry("date_created", "Mon, 06 May 2024 07:08:10 +0000");
        @SuppressWarnings("unchecked") Map<String, Object> failed = (Map<String, Object>) events.get(1).getResponse();
        assertThat(failed).containsEntry("response_code", 503).containsEntry("response_body", null)
                .containsEntry("request_duration", 2000);
    }

    @Test
    void eventsPageInOrderThroughTheLibrary() {
        String call = newCall();
        for (int i = 0; i < 5; i++) timelines.append(voiceFetch(call, i));

        List<Event> events = new ArrayList<>();
        Event.reader(call).pageSize(2).read(main).forEach(events::add);

        assertThat(events).hasSize(5);
    }

    @Test
    void notificationsMapEveryFieldPerCallAndPerAccountNewestFirst() {
        String call = newCall();
        String other = newCall();
        ErrorRaised first = (ErrorRaised) timelines.append(error(call, 1, 12100, ErrorRaised.Level.ERROR));
        ErrorRaised warning = (ErrorRaised) timelines.append(ErrorRaised.of(sb.accountSid, call, T0.plusSeconds(2),
                13227, "Invalid voice", ErrorRaised.Level.WARNING, Optional.empty(), Optional.empty()));
        ErrorRaised elsewhere = (ErrorRaised) timelines.append(error(other, 3, 11200, ErrorRaised.Level.ERROR));

        List<com.twilio.rest.api.v2010.account.call.Notification> perCall = new ArrayList<>();
        com.twilio.rest.api.v2010.account.call.Notification.reader(call).read(main).forEach(perCall::add);
        assertThat(perCall).extracting(n -> n.getSid()).containsExactly(warning.notificationSid(), first.notificationSid());
        var n = perCall.get(1);
        assertThat(n.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(n.getCallSid()).isEqualTo(call);
        assertThat(n.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(n.getErrorCode()).isEqualTo("12100");
        assertThat(n.getLog()).isEqualTo("0");
        assertThat(n.getMessageText()).isEqualTo("Document parse failure");
        assertThat(n.getMessageDate().toInstant()).isEqualTo(T0.plusSeconds(1));
        assertThat(n.getDateCreated().toInstant()).isEqualTo(T0.plusSeconds(1));
        assertThat(n.getMoreInfo()).isEqualTo(URI.create("https://www.twilio.com/docs/errors/12100"));
        assertThat(n.getRequestMethod()).isEqualTo(HttpMethod.POST);
        assertThat(n.getRequestUrl()).isEqualTo(URI.create("https://example.com/voice"));
        assertThat(n.getUri()).isEqualTo(acct + "/Calls/" + call + "/Notifications/" + first.notificationSid() + ".json");
        assertThat(perCall.get(0).getLog()).isEqualTo("1");
        assertThat(perCall.get(0).getRequestUrl()).isNull();

        List<Notification> all = new ArrayList<>();
        Notification.reader().read(main).forEach(all::add);
        assertThat(all).extracting(Notification::getSid).containsSubsequence(
                elsewhere.notificationSid(), warning.notificationSid(), first.notificationSid());

        Notification fetched = Notification.fetcher(elsewhere.notificationSid()).fetch(main);
        assertThat(fetched.getCallSid()).isEqualTo(other);
        assertThat(fetched.getErrorCode()).isEqualTo("11200");
        assertThat(fetched.getUri()).isEqualTo(acct + "/Notifications/" + elsewhere.notificationSid() + ".json");
        assertThat(com.twilio.rest.api.v2010.account.call.Notification.fetcher(call, first.notificationSid())
                .fetch(main).getSid()).isEqualTo(first.notificationSid());
        assertThatThrownBy(() -> com.twilio.rest.api.v2010.account.call.Notification
                .fetcher(call, elsewhere.notificationSid()).fetch(main))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).getCode()).isEqualTo(20404);
    }

    @Test
    void timelineJsonListsEveryKindInSequence() throws Exception {
        String call = newCall();
        timelines.append(new StatusChanged(sb.accountSid, call, 0, T0, CallStatus.RINGING, CallStatus.IN_PROGRESS));
        timelines.append(voiceFetch(call, 1));
        timelines.append(new VerbExecuted(sb.accountSid, call, 0, T0.plusSeconds(2), "Say", "Hi"));
        ErrorRaised err = (ErrorRaised) timelines.append(error(call, 3, 12100, ErrorRaised.Level.ERROR));

        HttpResponse<String> r = http.get(acct + "/Calls/" + call + "/Timeline.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode timeline = JSON.readTree(r.body()).get("timeline");
        assertThat(timeline).hasSize(4);
        assertThat(timeline.get(0).toString()).isEqualTo("{\"sequence\":1,\"at\":\"Mon, 06 May 2024 07:08:09 +0000\","
                + "\"kind\":\"status\",\"from\":\"ringing\",\"to\":\"in-progress\"}");
        JsonNode webhook = timeline.get(1);
        assertThat(webhook.get("kind").asText()).isEqualTo("webhook");
        assertThat(webhook.get("parameters").get(3).toString()).isEqualTo("{\"name\":\"StatusCallbackEvent\",\"value\":\"initiated\"}");
        assertThat(webhook.get("response_code").asInt()).isEqualTo(200);
        assertThat(webhook.get("response_body_truncated").asBoolean()).isFalse();
        assertThat(webhook.get("duration_ms").asInt()).isEqualTo(42);
        assertThat(timeline.get(2).get("verb").asText()).isEqualTo("Say");
        JsonNode error = timeline.get(3);
        assertThat(error.get("sequence").asInt()).isEqualTo(4);
        assertThat(error.get("notification_sid").asText()).isEqualTo(err.notificationSid());
        assertThat(error.get("error_code").asText()).isEqualTo("12100");
        assertThat(error.get("level").asText()).isEqualTo("error");
    }

    @Test
    void anUnknownCallAnswers20404Everywhere() throws Exception {
        String unknown = Sids.next(SidPrefix.CALL);
        for (String sub : List.of("Events", "Notifications", "Timeline")) {
            HttpResponse<String> r = http.get(acct + "/Calls/" + unknown + "/" + sub + ".json");
            assertThat(r.statusCode()).as(sub).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).get("code").asInt()).isEqualTo(20404);
        }
        assertThat(http.get(acct + "/Notifications/" + Sids.next(SidPrefix.NOTIFICATION) + ".json").statusCode())
                .isEqualTo(404);
    }
}
