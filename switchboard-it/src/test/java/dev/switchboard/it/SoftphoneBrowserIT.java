package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.BrowserFixture;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The agent softphone page the platform serves at /softphone/, driven in headless Chromium, including
 * its page lifecycle: navigating away and back through history (whether or not the browser restores it
 * from the back-forward cache), a frozen tab, a closed tab.
 */
class SoftphoneBrowserIT extends BrowserFixture {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CONTEXT_ROWS = "Object.fromEntries([...document.querySelectorAll('#incoming-context tr')]"
            + ".map(tr => [tr.dataset.param, tr.querySelector('td').textContent]))";

    private void signIn(String identity) { signIn(sb.baseUrl(), identity); }

    private void signIn(String origin, String identity) {
        browser.open(origin + "/softphone/#token=" + token(identity));
        browser.awaitScript(WAIT, "document.getElementById('device-state').textContent === 'registered'");
        assertThat(browser.text("identity")).isEqualTo("client:" + identity);
    }

    private Call callAgent(String to) {
        app.enqueueTwiml("/voice", "<Response><Say>hello agent</Say><Pause length=\"600\"/></Response>");
        return Call.creator(new Client(to), new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);
    }

    @Test
    void incomingCallShowsTheCallersContextAndAcceptThenHangUpWork() {
        signIn("agentBob");
        Call call = callAgent("client:agentBob?displayName=Alice&customerID=375d1d60-083b-404d");

        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        assertThat(browser.text("incoming-from")).isEqualTo("+15005550700");
        assertThat(browser.mapScript("return " + CONTEXT_ROWS + ";"))
                .isEqualTo(Map.of("displayName", "Alice", "customerID", "375d1d60-083b-404d"));

        browser.click("accept");
        RecordedRequest voice = app.takeRequest(WAIT);
        assertThat(voice.form().get("CallStatus")).contains("in-progress");
        assertThat(voice.form().get("To")).contains("client:agentBob");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);
        assertThat(browser.visible("active")).isTrue();
        assertThat(browser.text("active-sid")).isEqualTo(call.getSid());
        assertThat(browser.text("call-status")).isEqualTo("open");

        browser.click("hangup");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
        browser.await(WAIT, "the call panel to close", b -> !b.visible("active"));
    }

    @Test
    void overHttpsThePageSignalsOverWss() {
        signIn("https://127.0.0.1:" + sb.httpsPort(), "agentBob"); // an https page may not open ws://: it registered over wss
        assertThat(browser.script("return performance.getEntriesByType('resource').map(e => e.name).join(' ');"))
                .asString().contains("https://127.0.0.1:" + sb.httpsPort() + "/sdk/switchboard-voice.js");
        Call call = callAgent("client:agentBob?displayName=Alice");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        browser.click("accept");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);
        browser.click("hangup");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void rejectEndsTheCallBusy() {
        signIn("agentBob");
        Call call = callAgent("client:agentBob?displayName=Alice");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        browser.click("reject");
        assertThat(awaitStatus(call.getSid(), Call.Status.BUSY).getStatus()).isEqualTo(Call.Status.BUSY);
        browser.await(WAIT, "the incoming panel to close", b -> !b.visible("incoming"));
        app.assertNoMoreRequests();
    }

    @Test
    void callerGivingUpClearsTheRingingPanel() {
        signIn("agentBob");
        Call call = callAgent("client:agentBob");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        assertThat(browser.visible("incoming-no-context")).isTrue();
        Call.updater(call.getSid()).setStatus(Call.UpdateStatus.CANCELED).update(client);
        browser.await(WAIT, "the incoming panel to close", b -> !b.visible("incoming"));
        assertThat(awaitStatus(call.getSid(), Call.Status.CANCELED).getStatus()).isEqualTo(Call.Status.CANCELED);
    }

    @Test
    void outgoingCallFromTheDialerSendsItsParamsToTheTwimlApp() {
        signIn("agentBob");
        app.enqueueTwiml("/client-voice", "<Response><Say>welcome</Say><Pause length=\"600\"/></Response>");
        browser.type("call-to", "+15005550199");
        browser.type("call-params", "customerID=42\nselectedProductID=87144192");
        browser.click("place-call");

        RecordedRequest voice = app.takeRequest(WAIT);
        assertThat(voice.form().get("From")).contains("client:agentBob");
        assertThat(voice.form().get("To")).contains("+15005550199");
        assertThat(voice.form().get("Direction")).contains("inbound");
        assertThat(voice.form().get("customerID")).contains("42");
        assertThat(voice.form().get("selectedProductID")).contains("87144192");
        String sid = voice.form().get("CallSid").orElseThrow();
        browser.awaitScript(WAIT, "document.getElementById('call-status').textContent === 'open'");
        assertThat(browser.text("active-sid")).isEqualTo(sid);

        browser.click("hangup");
        awaitStatus(sid, Call.Status.COMPLETED);
    }

    @Test
    void tokenUrlSignsInAndRenewsTheTokenBeforeItExpires() {
        String shortLived = new AccessToken.Builder(sb.accountSid, key.getSid(), key.getSecret().getBytes(StandardCharsets.UTF_8))
                .identity("agentBob").ttl(12).grant(new VoiceGrant().setIncomingAllow(true)).build().toJwt();
        app.setDefault("/token", new ScriptedResponse(ScriptedResponse.Action.RESPOND, 200, Optional.of("application/json"),
                "{\"token\":\"" + shortLived + "\"}", Map.of("Access-Control-Allow-Origin", "*"), Duration.ZERO, Duration.ZERO));
        browser.open(sb.baseUrl() + "/softphone/?tokenUrl=" + URLEncoder.encode(app.url("/token"), StandardCharsets.UTF_8));
        browser.awaitScript(WAIT, "document.getElementById('device-state').textContent === 'registered'");
        assertThat(app.takeRequest(WAIT).path()).isEqualTo("/token");
        // tokenWillExpire fires 10 s before the 12 s ttl ends: the page fetches a fresh token and sends it
        assertThat(app.takeRequest(WAIT).path()).isEqualTo("/token");
        browser.awaitScript(WAIT, "[...document.querySelectorAll('#log li')].some(li => li.textContent.includes('access token renewed'))");
        assertThat(browser.text("device-state")).isEqualTo("registered");
    }

    @Test
    void theSandboxFormMintsATokenAndGoesOnline() {
        browser.open(sb.baseUrl() + "/softphone/");
        browser.click("sandbox-sign-in"); // opens the details
        browser.type("sandbox-identity", "alice");
        browser.type("sandbox-account", sb.accountSid);
        browser.type("sandbox-auth", "wrong-token");
        browser.click("sandbox-go");
        browser.awaitScript(WAIT, "[...document.querySelectorAll('#log li')].some(li => li.textContent.includes('20003'))");
        browser.type("sandbox-auth", sb.authToken);
        browser.click("sandbox-go");
        browser.awaitScript(WAIT, "document.getElementById('device-state').textContent === 'registered'");
        assertThat(browser.text("identity")).isEqualTo("client:alice");
        Call call = callAgent("client:alice?displayName=Bob");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        browser.click("reject");
        awaitStatus(call.getSid(), Call.Status.BUSY);
    }

    // ---- the page lifecycle: leaving the page, coming back through history, a frozen tab, a closed tab ----

    private int registeredDevices(String identity) { return sb.server().devices().devices(sb.accountSid, identity).size(); }

    private void awaitRegisteredDevices(String identity, int count, String why) {
        Awaitility.await(why).atMost(Duration.ofSeconds(3)).until(() -> registeredDevices(identity) == count);
    }

    private String logLines() {
        return String.valueOf(browser.script("return [...document.querySelectorAll('#log li')].map(li => li.textContent).join('\\n');"));
    }

    private void awaitBadge(String state) {
        browser.awaitScript(WAIT, "document.getElementById('device-state').textContent === '" + state + "'");
    }

    @Test
    void anAgentPageNavigatedAwayNoLongerRingsAndRingsAgainWhenTheAgentGoesBack() {
        signIn("agentBob");
        assertThat(registeredDevices("agentBob")).isEqualTo(1);
        browser.script("window.stillThisPage = true;"
                + "window.shown = []; window.addEventListener('pageshow', e => shown.push(e.persisted));");

        browser.open(sb.baseUrl() + "/health"); // another page: the softphone is hidden (into the back-forward cache, or unloaded)
        awaitRegisteredDevices("agentBob", 0, "unregistered at once, not after the 15 s silence limit");
        Call whileAway = callAgent("client:agentBob");
        assertThat(awaitStatus(whileAway.getSid(), Call.Status.NO_ANSWER).getStatus())
                .as("nobody rung (a rung page would ring for 60 s)").isEqualTo(Call.Status.NO_ANSWER);

        browser.back();
        awaitBadge("registered");
        awaitRegisteredDevices("agentBob", 1, "registered again");
        boolean fromCache = Boolean.TRUE.equals(browser.script("return window.stillThisPage === true;"));
        if (fromCache) {
            // the same page, restored: its device reconnected and registered by itself
            assertThat(browser.script("return shown;")).asList().containsExactly(true);
            assertThat(logLines()).contains("page left: offline, calls ended", "page is back: going online again");
        } else {
            // the browser did not keep the page: it loaded again from history and signed in from its #token
            assertThat(browser.script("return performance.getEntriesByType('navigation')[0].type;")).isEqualTo("back_forward");
        }
        Call afterReturn = callAgent("client:agentBob?displayName=Alice");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        assertThat(browser.text("incoming-sid")).isEqualTo(afterReturn.getSid());
        browser.click("reject");
        assertThat(awaitStatus(afterReturn.getSid(), Call.Status.BUSY).getStatus()).isEqualTo(Call.Status.BUSY);
    }

    @Test
    void leavingThePageDuringACallHangsItUp() {
        signIn("agentBob");
        Call call = callAgent("client:agentBob");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        browser.click("accept");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);

        browser.open(sb.baseUrl() + "/health");
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus())
                .as("ended at once, not held for the 30 s reconnect grace").isEqualTo(Call.Status.COMPLETED);
        awaitRegisteredDevices("agentBob", 0, "unregistered");
        browser.back();
        awaitBadge("registered");
        assertThat(browser.visible("active")).as("no call panel left over").isFalse();
    }

    @Test
    void aFrozenAgentPageIsOfflineUntilItResumes() {
        signIn("agentBob");
        browser.lifecycleState("frozen");
        awaitRegisteredDevices("agentBob", 0, "unregistered when frozen");
        assertThat(browser.text("device-state")).isEqualTo("unregistered");
        Call whileFrozen = callAgent("client:agentBob");
        assertThat(awaitStatus(whileFrozen.getSid(), Call.Status.NO_ANSWER).getStatus()).isEqualTo(Call.Status.NO_ANSWER);

        browser.lifecycleState("active");
        awaitBadge("registered");
        awaitRegisteredDevices("agentBob", 1, "registered again");
        assertThat(logLines()).contains("page frozen: offline, calls ended", "page is back: going online again");
        Call afterResume = callAgent("client:agentBob");
        browser.await(WAIT, "the incoming panel", b -> b.visible("incoming"));
        browser.click("reject");
        awaitStatus(afterResume.getSid(), Call.Status.BUSY);
    }

    @Test
    void aDialClientToAnIdentityWhoseOnlyPageWasClosedEndsAtOnceAsForAnUnregisteredIdentity() {
        String first = browser.openTab(sb.baseUrl() + "/softphone/#token=" + token("agentAlice"));
        awaitBadge("registered");
        assertThat(registeredDevices("agentAlice")).isEqualTo(1);
        browser.closeTab(first);
        awaitRegisteredDevices("agentAlice", 0, "unregistered when its tab closed");

        app.enqueueTwiml("/ivr", "<Response><Dial timeout=\"30\" action=\"/after\"><Client>agentAlice</Client></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        long start = System.nanoTime();
        Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr"))).create(client);
        assertThat(app.takeRequest(WAIT).path()).isEqualTo("/ivr");
        RecordedRequest after = app.takeRequest(WAIT);
        assertThat(after.path()).isEqualTo("/after");
        assertThat(after.form().get("DialCallStatus")).contains("no-answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not the 30 s ring timeout").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBadTokenIsReportedOnThePageWithTwiliosCode() {
        browser.open(sb.baseUrl() + "/softphone/#token=not-a-jwt");
        Object log = browser.awaitScript(WAIT, "[...document.querySelectorAll('#log li')].map(li => li.textContent)"
                + ".find(t => t.includes('could not go online'))");
        assertThat((String) log).contains("20101");
        assertThat(browser.visible("sign-in")).isTrue();
        assertThat(sb.server().devices().size()).isZero();
    }
}
