package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookSignature;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TwiML Bins on a real server: management through raw HTTP (the official library has no Bin
 * resource), serving with and without a valid signature, and bins used by live calls (created with
 * the official library) as the voice URL, a Gather action and a Redirect target, on virtual time.
 */
class TwimlBinsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir static Path dir;
    static RunningSwitchboard sb;
    static TwilioRestClient client;
    static RawHttp api;
    static String bins;
    ScriptedWebhookServer app;

    @BeforeAll
    static void start() {
        sb = new RunningSwitchboard(dir).virtualClock().start();
        client = sb.client();
        api = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
        bins = "/2010-04-01/Accounts/" + sb.accountSid + "/TwimlBins";
    }

    @AfterAll
    static void stop() { sb.close(); }

    @BeforeEach
    void startApp() { app = ScriptedWebhookServer.start(); }

    @AfterEach
    void stopApp() {
        app.close();
        api.send("DELETE", "/sandbox/Phones.json", null, null);
    }

    @Test
    void binsAreCreatedListedFetchedUpdatedAndDeleted() throws Exception {
        HttpResponse<String> created = api.postForm(bins + ".json",
                "FriendlyName=Greeting&Twiml=" + enc("<Response><Say>Hi {{Name}}</Say></Response>"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode bin = JSON.readTree(created.body());
        String sid = bin.get("sid").asText();
        assertThat(sid).matches("EH[0-9a-f]{32}");
        assertThat(bin.get("account_sid").asText()).isEqualTo(sb.accountSid);
        assertThat(bin.get("friendly_name").asText()).isEqualTo("Greeting");
        assertThat(bin.get("twiml").asText()).isEqualTo("<Response><Say>Hi {{Name}}</Say></Response>");
        assertThat(bin.get("url").asText()).isEqualTo(sb.baseUrl() + "/twiml/" + sid);
        assertThat(bin.get("uri").asText()).isEqualTo(bins + "/" + sid + ".json");
        assertThat(bin.get("date_created").asText()).endsWith("+0000");

        JsonNode list = JSON.readTree(api.get(bins + ".json?PageSize=10").body());
        assertThat(list.get("twiml_bins")).extracting(n -> n.get("sid").asText()).contains(sid);
        assertThat(list.get("page_size").asInt()).isEqualTo(10);

        HttpResponse<String> updated = api.postForm(bins + "/" + sid + ".json", "Twiml=" + enc("<Response/>"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("twiml").asText()).isEqualTo("<Response/>");
        assertThat(JSON.readTree(updated.body()).get("friendly_name").asText()).isEqualTo("Greeting");
        assertThat(JSON.readTree(api.get(bins + "/" + sid + ".json").body()).get("twiml").asText())
                .isEqualTo("<Response/>");

        assertThat(api.send("DELETE", bins + "/" + sid + ".json", null, null).statusCode()).isEqualTo(204);
        assertThat(api.get(bins + "/" + sid + ".json").statusCode()).isEqualTo(404);
        assertThat(signedGet(sb.baseUrl() + "/twiml/" + sid, sb.authToken).statusCode()).isEqualTo(404);
    }

    @Test
    void badTemplatesAreRefusedWithTwilioCodes() throws Exception {
        assertError(api.postForm(bins + ".json", "FriendlyName=NoTwiml"), 400, 21602);
        assertError(api.postForm(bins + ".json", "Twiml="), 400, 21602);
        assertError(api.postForm(bins + ".json", "Twiml=" + enc("<Response>{{#Open}}</Response>")), 400, 12100);
        assertError(api.postForm(bins + ".json", "Twiml=" + "x".repeat(64 * 1024 + 1)), 400, 11750);
        assertError(api.postForm(bins + ".json", "Twiml=ok&FriendlyName=" + "n".repeat(65)), 400, 20002);
        assertThat(api.postForm(bins + ".json", "Twiml=" + "x".repeat(64 * 1024)).statusCode()).isEqualTo(201);
        assertThat(api.postForm(bins + ".json", "Twiml=" + enc("not xml until {{rendered}}")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aBinIsServedOnlyWithTheOwningAccountsSignature() throws Exception {
        String url = createBin("<Response><Say>{{ customerID }} {{#Dest}}[{{.}}]{{/Dest}} {{From}}</Say></Response>");
        String withQuery = url + "?customerID=c%2642&Dest%5B%5D=a&Dest%5B%5D=b";

        HttpResponse<String> get = signedGet(withQuery, sb.authToken);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(get.body()).isEqualTo("<Response><Say>c&amp;42 [a][b] </Say></Response>");

        HttpResponse<String> post = signedPost(withQuery, sb.authToken, FormParams.of("From", "+14155550100"));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).isEqualTo("<Response><Say>c&amp;42 [a][b] +14155550100</Say></Response>");

        assertThat(send(HttpRequest.newBuilder(URI.create(withQuery)).GET()).statusCode()).isEqualTo(403);
        assertThat(signedGet(withQuery, "another-accounts-token").statusCode()).isEqualTo(403);
        assertThat(signedGet(url + "?customerID=tampered", "x").statusCode()).isEqualTo(403);
        String signedForGet = WebhookSignature.sign(sb.authToken, withQuery);
        assertThat(send(HttpRequest.newBuilder(URI.create(withQuery)).header(WebhookSignature.HEADER, signedForGet)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("From=%2B14155550100"))).statusCode())
                .as("body parameters are signed").isEqualTo(403);
        assertThat(signedGet(sb.baseUrl() + "/twiml/EH00000000000000000000000000000000", sb.authToken).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSubaccountsCallsCannotFetchTheParentsBin() throws Exception {
        Account sub = Account.creator().setFriendlyName("Team").create(client);
        String url = createBin("<Response><Say>parent only</Say></Response>");

        assertThat(signedGet(url, sub.getAuthToken()).statusCode()).isEqualTo(403);
    }

    @Test
    void aBinIsTheVoiceUrlOfACallCreatedWithTheOfficialLibrary() throws Exception {
        String url = createBin("<Response><Say>Hello {{ customerID }}</Say></Response>");

        Call call = Call.creator(new PhoneNumber("+15005550001"), new PhoneNumber("+15005550002"),
                URI.create(url + "?customerID=c%2642")).create(client);

        assertThat(saidOn(call.getSid())).containsExactly("Hello c&42");
    }

    @Test
    void aBinIsARedirectTargetAndAGatherActionOfTheCustomersApp() throws Exception {
        String greet = createBin("<Response><Say>Hi {{Name}} calling {{#e164}}{{To}}{{/e164}}</Say>"
                + "<Gather numDigits=\"1\" action=\"" + createBin("<Response><Say>You pressed {{Digits}}</Say></Response>")
                + "\"><Say>Press a key</Say></Gather></Response>");
        // Says take 0.4 s a word (min 1 s): the Gather starts about 2.6 s after answer.
        api.postForm("/sandbox/Phones/+15005550007.json", "Press=5:7");
        app.enqueueTwiml("/voice", "<Response><Say>One moment</Say><Redirect>" + greet + "?Name=Jane</Redirect></Response>");

        Call call = Call.creator(new PhoneNumber("+15005550007"), new PhoneNumber("+15005550002"),
                URI.create(app.url("/voice"))).create(client);

        assertThat(saidOn(call.getSid()))
                .containsExactly("One moment", "Hi Jane calling +15005550007", "Press a key", "You pressed 7");
        assertThat(app.takeRequest(Duration.ofSeconds(5)).path()).isEqualTo("/voice");
    }

    private static List<String> saidOn(String callSid) throws Exception {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Call.fetcher(callSid).fetch(client).getStatus() == Call.Status.COMPLETED);
        JsonNode heard = JSON.readTree(api.get("/sandbox/Calls/" + callSid + "/Heard.json").body()).get("heard");
        List<String> said = new ArrayList<>();
        heard.forEach(e -> { if (e.get("type").asText().equals("SaidText")) said.add(e.get("text").asText()); });
        return said;
    }

    private static String createBin(String twiml) throws Exception {
        HttpResponse<String> r = api.postForm(bins + ".json", "Twiml=" + enc(twiml));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("url").asText();
    }

    private static HttpResponse<String> signedGet(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header(WebhookSignature.HEADER, WebhookSignature.sign(token, url)).GET());
    }

    private static HttpResponse<String> signedPost(String url, String token, FormParams form) {
        StringBuilder body = new StringBuilder();
        form.entries().forEach(p -> body.append(body.isEmpty() ? "" : "&").append(enc(p.name())).append('=').append(enc(p.value())));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(token, url, form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(HttpResponse<String> r, int status, int code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(JSON.readTree(r.body()).get("code").asInt()).as(r.body()).isEqualTo(code);
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
