package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read side of the Calls resource through the official twilio-java library: calls are written
 * straight into the running server's store (the engine's job), then fetched, listed and deleted
 * over REST.
 */
class CallsReadIT {
    static final Instant T0 = Instant.parse("2024-05-06T07:08:09Z");
    static final AtomicInteger NUMBERS = new AtomicInteger(100);
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static RunningSwitchboard sb;
    static TwilioRestClient main;
    static CallStore store;
    static RawHttp http;
    static String acct;

    @BeforeAll
    static void start() {
        sb = new RunningSwitchboard(dir).start();
        main = sb.client();
        store = sb.server().database().stores().calls();
        http = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
        acct = "/2010-04-01/Accounts/" + sb.accountSid;
    }

    @AfterAll
    static void stop() { sb.close(); }

    /** A number no other test uses, so tests sharing the server never see each other's calls. */
    static String freshNumber() { return "+1415555" + String.format("%04d", NUMBERS.getAndIncrement()); }

    static dev.switchboard.core.call.Call call(String accountSid, String to, CallStatus status, Instant start, Instant end) {
        return new dev.switchboard.core.call.Call(Sids.next(SidPrefix.CALL), accountSid, null, to, "+14155550111",
                null, status, CallDirection.OUTBOUND_API, null, "2010-04-01", null, null, null, null,
                start, end, null, null, null, 0L, T0, T0);
    }

    @Test
    void fetchMapsEveryFieldOfAFinishedCall() {
        String parent = Sids.next(SidPrefix.CALL);
        String number = Sids.next(SidPrefix.PHONE_NUMBER);
        var stored = new dev.switchboard.core.call.Call(Sids.next(SidPrefix.CALL), sb.accountSid, parent,
                "+14158675309", "client:alice", number, CallStatus.COMPLETED, CallDirection.OUTBOUND_DIAL,
                "machine_end_beep", "2010-04-01", "+14155550199", "ALICE SMITH", null, null,
                T0.plusSeconds(10), T0.plusSeconds(75), 65, "-0.00250", "USD", 1234L, T0, T0.plusSeconds(80));
        store.create(stored);

        Call c = Call.fetcher(stored.sid()).fetch(main);

        assertThat(c.getSid()).isEqualTo(stored.sid());
        assertThat(c.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(c.getParentCallSid()).isEqualTo(parent);
        assertThat(c.getTo()).isEqualTo("+14158675309");
        assertThat(c.getToFormatted()).isEqualTo("(415) 867-5309");
        assertThat(c.getFrom()).isEqualTo("client:alice");
        assertThat(c.getFromFormatted()).isEqualTo("client:alice");
        assertThat(c.getPhoneNumberSid()).isEqualTo(number);
        assertThat(c.getStatus()).isEqualTo(Call.Status.COMPLETED);
        assertThat(c.getDirection()).isEqualTo("outbound-dial");
        assertThat(c.getAnsweredBy()).isEqualTo("machine_end_beep");
        assertThat(c.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(c.getForwardedFrom()).isEqualTo("+14155550199");
        assertThat(c.getCallerName()).isEqualTo("ALICE SMITH");
        assertThat(c.getGroupSid()).isNull();
        assertThat(c.getTrunkSid()).isNull();
        assertThat(c.getStartTime().toInstant()).isEqualTo(T0.plusSeconds(10));
        assertThat(c.getEndTime().toInstant()).isEqualTo(T0.plusSeconds(75));
        assertThat(c.getDuration()).isEqualTo("65");
        assertThat(c.getPrice()).isEqualTo("-0.00250");
        assertThat(c.getPriceUnit()).isEqualTo(Currency.getInstance("USD"));
        assertThat(c.getQueueTime()).isEqualTo("1234");
        assertThat(c.getDateCreated().toInstant()).isEqualTo(T0);
        assertThat(c.getDateUpdated().toInstant()).isEqualTo(T0.plusSeconds(80));
        String path = acct + "/Calls/" + stored.sid();
        assertThat(c.getUri()).isEqualTo(path + ".json");
        assertThat(c.getSubresourceUris()).hasSize(9)
                .containsEntry("recordings", path + "/Recordings.json")
                .containsEntry("user_defined_message_subscriptions", path + "/UserDefinedMessageSubscriptions.json");
    }

    @Test
    void aQueuedCallAnswersNullsWhereNothingIsKnownYet() {
        var stored = call(sb.accountSid, freshNumber(), CallStatus.QUEUED, null, null);
        store.create(stored);

        Call c = Call.fetcher(stored.sid()).fetch(main);

        assertThat(c.getStatus()).isEqualTo(Call.Status.QUEUED);
        assertThat(c.getDirection()).isEqualTo("outbound-api");
        assertThat(c.getParentCallSid()).isNull();
        assertThat(c.getStartTime()).isNull();
        assertThat(c.getEndTime()).isNull();
        assertThat(c.getDuration()).isNull();
        assertThat(c.getPrice()).isNull();
        assertThat(c.getPriceUnit()).isNull();
        assertThat(c.getAnsweredBy()).isNull();
        assertThat(c.getQueueTime()).isEqualTo("0");
    }

    @Test
    void theWireJsonHasExactlyTwiliosKeys() throws Exception {
        var stored = call(sb.accountSid, freshNumber(), CallStatus.RINGING, T0, null);
        store.create(stored);

        HttpResponse<String> r = http.get(acct + "/Calls/" + stored.sid() + ".json");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("sid", "date_created", "date_updated", "parent_call_sid", "account_sid",
                "to", "to_formatted", "from", "from_formatted", "phone_number_sid", "status", "start_time",
                "end_time", "duration", "price", "price_unit", "direction", "answered_by", "api_version",
                "forwarded_from", "group_sid", "caller_name", "queue_time", "trunk_sid", "uri",
                "subresource_uris", "annotation");
        assertThat(json.get("queue_time").isTextual()).isTrue();
        assertThat(json.get("duration").isNull()).isTrue();
        assertThat(json.get("annotation").isNull()).isTrue();
        assertThat(json.get("start_time").asText()).isEqualTo("Mon, 06 May 2024 07:08:09 +0000");
    }

    @Test
    void listFiltersByStatusToAndStartTimeAndPagesNewestFirst() {
        String to = freshNumber();
        List<String> expected = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            Instant start = Instant.parse("2024-05-0" + day + "T10:00:00Z");
            var completed = call(sb.accountSid, to, CallStatus.COMPLETED, start, start.plusSeconds(60));
            store.create(completed);
            store.create(call(sb.accountSid, to, CallStatus.BUSY, start, start.plusSeconds(5)));
            store.create(call(sb.accountSid, freshNumber(), CallStatus.COMPLETED, start, start.plusSeconds(60)));
            if (day <= 5) expected.addFirst(completed.sid());
        }
        ZonedDateTime may6 = ZonedDateTime.of(2024, 5, 6, 0, 0, 0, 0, ZoneOffset.UTC);

        List<Call> seen = list(Call.reader().setStatus(Call.Status.COMPLETED).setTo(new PhoneNumber(to))
                .setStartTimeBefore(may6).pageSize(2).read(main));

        assertThat(seen).extracting(Call::getSid).containsExactlyElementsOf(expected);
        assertThat(seen).allSatisfy(c -> {
            assertThat(c.getStatus()).isEqualTo(Call.Status.COMPLETED);
            assertThat(c.getTo()).isEqualTo(to);
        });

        Page<Call> first = Call.reader().setStatus(Call.Status.COMPLETED).setTo(new PhoneNumber(to))
                .setStartTimeBefore(may6).pageSize(2).firstPage(main);
        assertThat(first.getRecords()).extracting(Call::getSid).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(first.getNextPageUrl("api")).contains("Status=completed").contains("StartTime%3C=")
                .contains("PageToken=PA" + expected.get(1));

        assertThat(list(Call.reader().setTo(new PhoneNumber(to)).setStartTime(may6).read(main)))
                .extracting(Call::getStatus).containsExactly(Call.Status.BUSY, Call.Status.COMPLETED);
        assertThat(list(Call.reader().setTo(new PhoneNumber(to)).setStatus(Call.Status.COMPLETED)
                .setStartTimeAfter(may6).read(main))).hasSize(2);
        assertThat(list(Call.reader().setTo(new PhoneNumber(to)).setEndTimeBefore(may6.plusDays(1))
                .setEndTimeAfter(may6).read(main))).hasSize(2);
        assertThat(list(Call.reader().setTo(new PhoneNumber(to)).setStatus(Call.Status.NO_ANSWER).read(main))).isEmpty();
    }

    @Test
    void listFiltersByParentCallAndFrom() {
        String parentSid = Sids.next(SidPrefix.CALL);
        String to = freshNumber();
        var parent = call(sb.accountSid, to, CallStatus.IN_PROGRESS, T0, null);
        var childA = new dev.switchboard.core.call.Call(Sids.next(SidPrefix.CALL), sb.accountSid, parentSid,
                "client:bob", to, null, CallStatus.RINGING, CallDirection.OUTBOUND_DIAL, null, "2010-04-01",
                null, null, null, null, null, null, null, null, null, 0L, T0, T0);
        var childB = new dev.switchboard.core.call.Call(Sids.next(SidPrefix.CALL), sb.accountSid, parentSid,
                "sip:carol@example.com", to, null, CallStatus.RINGING, CallDirection.OUTBOUND_DIAL, null,
                "2010-04-01", null, null, null, null, null, null, null, null, null, 0L, T0, T0);
        for (var c : List.of(parent, childA, childB)) store.create(c);

        assertThat(list(Call.reader().setParentCallSid(parentSid).read(main)))
                .extracting(Call::getSid).containsExactly(childB.sid(), childA.sid());
        assertThat(list(Call.reader().setFrom(new PhoneNumber(to)).read(main)))
                .extracting(Call::getTo).containsExactly("sip:carol@example.com", "client:bob");
        assertThat(list(Call.reader().setTo("client:bob").read(main))).extracting(Call::getSid).containsExactly(childA.sid());
    }

    @Test
    void deleteRemovesAFinishedCallAndRefusesALiveOneWith20009() {
        var live = call(sb.accountSid, freshNumber(), CallStatus.IN_PROGRESS, T0, null);
        var done = call(sb.accountSid, freshNumber(), CallStatus.NO_ANSWER, T0, T0.plusSeconds(30));
        store.create(live);
        store.create(done);

        assertThatThrownBy(() -> Call.deleter(live.sid()).delete(main))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20009);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("Cannot delete this resource before it is complete");
                });
        assertThat(Call.fetcher(live.sid()).fetch(main).getStatus()).isEqualTo(Call.Status.IN_PROGRESS);

        assertThat(Call.deleter(done.sid()).delete(main)).isTrue();
        assertThat(store.findBySid(done.sid())).isEmpty();
        assertThatThrownBy(() -> Call.fetcher(done.sid()).fetch(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThatThrownBy(() -> Call.deleter(done.sid()).delete(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void unknownMalformedAndForeignCallsAre20404ButAParentReadsItsSubaccountsCalls() {
        var foreign = call(Sids.next(SidPrefix.ACCOUNT), freshNumber(), CallStatus.COMPLETED, T0, T0);
        store.create(foreign);
        Account sub = Account.creator().setFriendlyName("calls sub").create(main);
        var subCall = call(sub.getSid(), freshNumber(), CallStatus.COMPLETED, T0, T0);
        store.create(subCall);

        for (String sid : List.of(Sids.next(SidPrefix.CALL), "CAnot-a-sid", foreign.sid(), subCall.sid())) {
            assertThatThrownBy(() -> Call.fetcher(sid).fetch(main)).as(sid)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(20404);
                        assertThat(e.getStatusCode()).isEqualTo(404);
                    });
        }
        assertThatThrownBy(() -> Call.deleter(foreign.sid()).delete(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThat(store.findBySid(foreign.sid())).isPresent();

        assertThat(Call.fetcher(sub.getSid(), subCall.sid()).fetch(main).getAccountSid()).isEqualTo(sub.getSid());
        assertThat(list(Call.reader(sub.getSid()).read(main))).extracting(Call::getSid).containsExactly(subCall.sid());
        assertThat(list(Call.reader().read(main))).extracting(Call::getSid).doesNotContain(subCall.sid(), foreign.sid());
    }

    @Test
    void badFiltersAreRefusedWithTwilioCodes() throws Exception {
        String calls = acct + "/Calls.json?";
        for (String query : List.of("Status=initiated", "Status=done", "StartTime=yesterday",
                "StartTime%3C=2024-13-01", "StartTime%3E=06%2F05%2F2024", "EndTime=2024-5-6", "EndTime%3C=x",
                "EndTime%3E=2024-05-06T25:00:00")) {
            HttpResponse<String> r = http.get(calls + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("code").asInt()).as(query).isEqualTo(21200);
            assertThat(body.get("more_info").asText()).isEqualTo("https://www.twilio.com/docs/errors/21200");
        }
        assertThat(JSON.readTree(http.get(calls + "PageSize=0").body()).get("code").asInt()).isEqualTo(20007);
        assertThat(http.get(calls + "StartTime=2024-05-06&EndTime%3E=2024-05-06T10:00:00").statusCode()).isEqualTo(200);
    }
}
