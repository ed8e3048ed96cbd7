package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.ResourceSet;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.usage.Record;
import com.twilio.rest.api.v2010.account.usage.record.AllTime;
import com.twilio.rest.api.v2010.account.usage.record.Daily;
import com.twilio.rest.api.v2010.account.usage.record.Monthly;
import com.twilio.rest.api.v2010.account.usage.record.Today;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Usage Records for Application Connect: the receiving account is billed per started minute of its
 * leg (category {@code calls-application-connect}), a rejected connect bills nothing, the dialing
 * account pays nothing for it; read with the official library.
 */
class UsageRecordsIT extends CallFixture {
    static final String CATEGORY = "calls-application-connect";

    ScriptedWebhookServer agentApp;
    Account agents;
    TwilioRestClient agentsClient;
    Application router;

    @BeforeEach
    void receivingAccount() {
        agentApp = ScriptedWebhookServer.start();
        agents = Account.creator().setFriendlyName("agents").create(client);
        agentsClient = sb.client(agents.getSid(), agents.getAuthToken(), agents.getSid());
        router = Application.creator().setFriendlyName("router").setVoiceUrl(URI.create(agentApp.url("/route")))
                .setPublicApplicationConnectEnabled(true).create(agentsClient);
    }

    @AfterEach
    void closeAgentApp() { agentApp.close(); }

    /** The main account's IVR dials the agents' app; returns the DialCallSid and DialCallStatus. */
    private String[] connect(String agentTwiml) {
        agentApp.enqueueTwiml("/route", agentTwiml);
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\"><Application><ApplicationSid>" + router.getSid()
                + "</ApplicationSid></Application></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        Call ivr = Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        agentApp.takeRequest(Duration.ofSeconds(10));
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        awaitStatus(ivr.getSid(), Call.Status.COMPLETED);
        return new String[] {after.form().get("DialCallSid").orElse(null), after.form().get("DialCallStatus").orElseThrow()};
    }

    private static <T extends com.twilio.base.Resource> List<T> all(ResourceSet<T> set) {
        return StreamSupport.stream(set.spliterator(), false).toList();
    }

    @Test
    void theReceivingAccountIsBilledPerStartedMinuteAndARejectedConnectAddsNothing() {
        String[] connected = connect("<Response><Say>routing</Say><Pause length=\"70\"/><Hangup/></Response>");
        assertThat(connected[1]).isEqualTo("completed");
        String[] rejected = connect("<Response><Reject/></Response>");
        assertThat(rejected[1]).isNotEqualTo("completed");

        Call leg = Call.fetcher(connected[0]).fetch(agentsClient);
        assertThat(leg.getDuration()).isNotNull();
        assertThat(Integer.parseInt(leg.getDuration())).isBetween(61, 119);
        assertThat(leg.getPrice()).isEqualTo("-0.00500");
        assertThat(leg.getPriceUnit().getCurrencyCode()).isEqualTo("USD");

        List<Record> records = all(Record.reader().setCategory(CATEGORY).read(agentsClient));
        assertThat(records).hasSize(1);
        Record r = records.getFirst();
        assertThat(r.getAccountSid()).isEqualTo(agents.getSid());
        assertThat(r.getCategory()).isEqualTo(CATEGORY);
        assertThat(r.getCount()).isEqualTo("1");
        assertThat(r.getCountUnit()).isEqualTo("calls");
        assertThat(r.getUsage()).isEqualTo("2");
        assertThat(r.getUsageUnit()).isEqualTo("minutes");
        assertThat(r.getPrice()).isEqualByComparingTo("0.005");
        assertThat(r.getPrice()).isEqualByComparingTo(new BigDecimal(leg.getPrice()).negate());
        assertThat(r.getPriceUnit().getCurrencyCode()).isEqualTo("USD");
        assertThat(r.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(r.getEndDate()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(r.getSubresourceUris()).containsKeys("all_time", "daily", "monthly", "today", "yesterday",
                "this_month", "last_month", "yearly");

        List<AllTime> allTime = all(AllTime.reader().setCategory(CATEGORY).read(agentsClient));
        assertThat(allTime).singleElement().satisfies(a -> {
            assertThat(a.getCount()).isEqualTo("1");
            assertThat(a.getUsage()).isEqualTo("2");
            assertThat(a.getPrice()).isEqualByComparingTo("0.005");
        });
        assertThat(all(Today.reader().read(agentsClient))).singleElement()
                .satisfies(t -> assertThat(t.getCount()).isEqualTo("1"));

        // The dialing account pays nothing for Application Connect…
        List<Record> dialing = all(Record.reader().setCategory(CATEGORY).setIncludeSubaccounts(false).read(client));
        assertThat(dialing).singleElement().satisfies(d -> {
            assertThat(d.getAccountSid()).isEqualTo(sb.accountSid);
            assertThat(d.getCount()).isEqualTo("0");
            assertThat(d.getUsage()).isEqualTo("0");
            assertThat(d.getPrice()).isEqualByComparingTo("0");
        });
        // …but, as on Twilio, its usage includes its subaccounts' by default.
        assertThat(Long.parseLong(all(AllTime.reader().setCategory(CATEGORY).read(client)).getFirst().getCount()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void datesFilterTheRangeAndDailyAndMonthlySplitIt() {
        connect("<Response><Hangup/></Response>");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(all(Record.reader().setCategory(CATEGORY).setEndDate(today.minusDays(1))
                .setStartDate(today.minusDays(3)).read(agentsClient)))
                .singleElement().satisfies(r -> {
                    assertThat(r.getCount()).isEqualTo("0");
                    assertThat(r.getStartDate()).isEqualTo(today.minusDays(3));
                    assertThat(r.getEndDate()).isEqualTo(today.minusDays(1));
                });

        List<Daily> days = all(Daily.reader().setCategory(CATEGORY).setStartDate(today.minusDays(2)).setEndDate(today)
                .setPageSize(2L).read(agentsClient));
        assertThat(days).extracting(Daily::getStartDate).containsExactly(today.minusDays(2), today.minusDays(1), today);
        assertThat(days).extracting(Daily::getCount).containsExactly("0", "0", "1");

        List<Monthly> months = all(Monthly.reader().setCategory(CATEGORY).read(agentsClient));
        assertThat(months.getLast().getCount()).isEqualTo("1");
        assertThat(months.getLast().getEndDate()).isEqualTo(today);
    }

    @Test
    void relativeDatesWork() throws Exception {
        connect("<Response><Hangup/></Response>");
        HttpResponse<String> r = sbGet(agents, "/Usage/Records.json?Category=" + CATEGORY + "&StartDate=-30days&EndDate=%2B0days");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rec = JSON.readTree(r.body()).get("usage_records").get(0);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(rec.get("start_date").asText()).isEqualTo(today.minusDays(30).toString());
        assertThat(rec.get("end_date").asText()).isEqualTo(today.toString());
        assertThat(rec.get("count").isTextual()).isTrue();
        assertThat(rec.get("usage").isTextual()).isTrue();
        assertThat(rec.get("price").isNumber()).isTrue();
        assertThat(rec.get("price_unit").asText()).isEqualTo("usd");
        assertThat(rec.get("uri").asText()).startsWith("/2010-04-01/Accounts/" + agents.getSid() + "/Usage/Records.json?");
    }

    @Test
    void badDatesAndUnmeteredCategoriesAnswer21200() throws Exception {
        for (String query : List.of("Category=sms", "StartDate=2024-13-01", "EndDate=yesterday",
                "StartDate=2024-05-06&EndDate=2024-05-01", "IncludeSubaccounts=maybe")) {
            HttpResponse<String> r = sbGet(agents, "/Usage/Records/AllTime.json?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("code").asInt()).as(query).isEqualTo(21200);
        }
    }

    private static HttpResponse<String> sbGet(Account account, String path) {
        return new dev.switchboard.it.support.RawHttp(sb.baseUrl(), account.getSid(), account.getAuthToken())
                .get("/2010-04-01/Accounts/" + account.getSid() + path);
    }
}
