package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.BrowserFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The browser SDK module ({@code /sdk/switchboard-voice.js}) imported as a plain ES module by a page
 * of the platform's origin in headless Chromium: its Device and Call API, the Params codec, digits,
 * errors, a dropped socket, and the page lifecycle (pagehide/pageshow events as the browser sends them
 * around the back-forward cache, a real freeze through the DevTools Protocol, closeProtection).
 */
class BrowserSdkModuleIT extends BrowserFixture {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Loads a page of the platform's origin whose sockets are recorded, then imports the module as {@code sdk}. */
    private void loadModule() {
        browser.open(sb.baseUrl() + "/sdk/switchboard-voice.js"); // any page of the origin will do
        browser.script("""
                window.sockets = [];
                const Native = window.WebSocket;
                window.WebSocket = class extends Native { constructor(...a) { super(...a); sockets.push(this); } };
                window.events = [];
                import('/sdk/switchboard-voice.js').then(m => { window.sdk = m; });""");
        browser.awaitScript(WAIT, "window.sdk");
    }

    private void register(String identity) {
        loadModule();
        browser.script("""
                const device = new sdk.Device(arguments[0]);
                window.device = device;
                device.on('incoming', call => {
                  window.call = call;
                  ['accept', 'cancel', 'disconnect', 'reconnecting', 'reconnected', 'error'].forEach(e => call.on(e, () => events.push(e)));
                });
                device.register().then(() => events.push('registered'), e => events.push('register failed ' + e.code));""",
                token(identity));
        browser.awaitScript(WAIT, "events.includes('registered')");
    }

    private void awaitEvent(String event) { browser.awaitScript(WAIT, "events.includes('" + event + "')"); }

    @Test
    void incomingCallExposesParametersAndCustomParametersAsAMap() {
        register("agentBob");
        assertThat(browser.script("return device.identity;")).isEqualTo("agentBob");
        assertThat(browser.script("return device.state;")).isEqualTo("registered");
        app.enqueueTwiml("/voice", "<Response><Pause length=\"600\"/></Response>");
        Call call = Call.creator(new Client("client:agentBob?displayName=Alice%20Smith&customerID=a%3Db%26c&note=%C3%BC+x"),
                new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);

        browser.awaitScript(WAIT, "window.call");
        assertThat(browser.script("return call.customParameters instanceof Map;")).isEqualTo(true);
        assertThat(browser.mapScript("return Object.fromEntries(call.customParameters);"))
                .isEqualTo(Map.of("displayName", "Alice Smith", "customerID", "a=b&c", "note", "\u00fc x"));
        assertThat(browser.mapScript("return call.parameters;")).containsEntry("CallSid", call.getSid())
                .containsEntry("From", "+15005550700").containsEntry("To", "client:agentBob");
        assertThat(browser.script("return [call.direction, call.status(), call.sid].join(' ');"))
                .isEqualTo("INCOMING pending " + call.getSid());

        browser.script("call.accept();");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);
        browser.script("call.disconnect();");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void connectSendsEveryParamExactlyAndDigitsReachAGather() {
        register("agentBob");
        app.enqueueTwiml("/client-voice", "<Response><Gather numDigits=\"3\" finishOnKey=\"\" action=\"/gathered\" timeout=\"10\"/></Response>");
        app.enqueueTwiml("/gathered", "<Response><Pause length=\"600\"/></Response>");
        browser.script("""
                device.connect({ params: { customerID: '42', selectedProductID: '87144192', 'display Name': 'A&B=c d+e/\u00fc' } })
                  .then(c => { window.call = c; ['ringing', 'accept', 'disconnect'].forEach(e => c.on(e, () => events.push(e))); });""");

        RecordedRequest voice = app.takeRequest(WAIT);
        assertThat(voice.form().get("customerID")).contains("42");
        assertThat(voice.form().get("selectedProductID")).contains("87144192");
        assertThat(voice.form().get("display Name")).contains("A&B=c d+e/\u00fc");
        assertThat(voice.form().get("From")).contains("client:agentBob");
        String sid = voice.form().get("CallSid").orElseThrow();
        awaitEvent("accept");
        assertThat(browser.script("return call.sid;")).isEqualTo(sid);
        assertThat(browser.script("return call.direction;")).isEqualTo("OUTGOING");

        browser.script("call.sendDigits('7w#1');"); // w: half a second before # and 1
        RecordedRequest gathered = app.takeRequest(WAIT);
        assertThat(gathered.path()).isEqualTo("/gathered");
        assertThat(gathered.form().get("Digits")).contains("7#1");
        assertThat(gathered.form().get("customerID")).as("params ride on every request").contains("42");
        assertThat(browser.script("try { call.sendDigits('12x'); return 'sent'; } catch (e) { return e.code; }")).isEqualTo(31000L);

        browser.script("call.disconnect();");
        awaitStatus(sid, Call.Status.COMPLETED);
    }

    @Test
    void aDroppedSocketReconnectsAndTheCallSurvives() {
        register("agentBob");
        app.enqueueTwiml("/client-voice", "<Response><Say>hold on</Say><Pause length=\"600\"/></Response>");
        browser.script("""
                device.connect({ params: { customerID: '42' } })
                  .then(c => { window.call = c; ['accept', 'reconnecting', 'reconnected', 'disconnect'].forEach(e => c.on(e, () => events.push(e))); });""");
        String sid = app.takeRequest(WAIT).form().get("CallSid").orElseThrow();
        awaitEvent("accept");

        browser.script("sockets.at(-1).close();"); // the network drops: the page never asked to close
        awaitEvent("reconnecting");
        awaitEvent("reconnected");
        assertThat(browser.script("return sockets.length;")).isEqualTo(2L);
        assertThat(browser.script("return call.status();")).isEqualTo("open");
        browser.awaitScript(WAIT, "device.state === 'registered'");
        assertThat(Call.fetcher(sid).fetch(client).getStatus()).isEqualTo(Call.Status.IN_PROGRESS);

        browser.script("call.disconnect();");
        assertThat(awaitStatus(sid, Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
    }

    @Test
    void anAnsweredIncomingCallSurvivesADroppedSocket() {
        register("agentBob");
        app.enqueueTwiml("/voice", "<Response><Say>hello</Say><Pause length=\"600\"/></Response>");
        Call call = Call.creator(new Client("client:agentBob"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        browser.awaitScript(WAIT, "window.call");
        browser.script("call.accept();");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);

        browser.script("sockets.at(-1).close();");
        awaitEvent("reconnected");
        assertThat(browser.script("return call.status();")).isEqualTo("open");
        browser.script("call.disconnect();");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
        assertThat(String.valueOf(browser.script("return events.join(',');"))).doesNotContain("error");
    }

    @Test
    void aBadTokenRejectsRegisterWithTwiliosCodeAndClosesTheSocket() {
        loadModule();
        browser.script("""
                const d = new sdk.Device('not-a-jwt');
                d.on('error', e => events.push('error ' + e.code + ' ' + e.signalCode));
                d.register().catch(e => events.push('rejected ' + e.code));""");
        browser.awaitScript(WAIT, "events.some(e => e.startsWith('rejected'))");
        assertThat(String.valueOf(browser.script("return events.join(',');"))).contains("error 20101 31204", "rejected 20101");
        browser.awaitScript(WAIT, "sockets[0].readyState === WebSocket.CLOSED");
        assertThat(browser.script("return sockets.length;")).as("no reconnect storm after a refusal").isEqualTo(1L);
        assertThat(browser.script("try { new sdk.Device(''); return 'made'; } catch (e) { return e.name; }")).isEqualTo("TypeError");
    }

    private Call callAgent(String to) {
        app.enqueueTwiml("/voice", "<Response><Pause length=\"600\"/></Response>");
        return Call.creator(new Client(to), new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);
    }

    private void watchDevice() {
        browser.script("['registering', 'registered', 'unregistered', 'destroyed'].forEach(e => device.on(e, () => events.push('device:' + e)));");
    }

    private int registeredDevices(String identity) { return sb.server().devices().devices(sb.accountSid, identity).size(); }

    private void awaitRegisteredDevices(String identity, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> registeredDevices(identity) == count);
    }

    @Test
    void pagehideIntoTheBackForwardCacheEndsTheCallAndUnregistersAndPageshowRegistersAgain() {
        register("agentBob");
        watchDevice();
        Call call = callAgent("client:agentBob");
        browser.awaitScript(WAIT, "window.call");
        browser.script("call.accept();");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);

        browser.script("window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));");
        assertThat(browser.script("return [device.state, call.status(), sockets.at(-1).readyState >= WebSocket.CLOSING].join(' ');"))
                .isEqualTo("unregistered closed true");
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus())
                .as("hung up at once, not after the 30 s reconnect grace").isEqualTo(Call.Status.COMPLETED);
        awaitRegisteredDevices("agentBob", 0);
        Call whileHidden = callAgent("client:agentBob");
        assertThat(awaitStatus(whileHidden.getSid(), Call.Status.NO_ANSWER).getStatus()).isEqualTo(Call.Status.NO_ANSWER);
        assertThat(browser.script("return sockets.length;")).as("no reconnect while hidden").isEqualTo(1L);

        browser.script("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
        browser.awaitScript(WAIT, "device.state === 'registered'");
        assertThat(browser.script("return sockets.length;")).isEqualTo(2L);
        awaitRegisteredDevices("agentBob", 1);
        assertThat(String.valueOf(browser.script("return events.filter(e => e.startsWith('device:')).join(',');")))
                .isEqualTo("device:unregistered,device:registering,device:registered");
        Call afterRestore = callAgent("client:agentBob");
        browser.awaitScript(WAIT, "window.call.sid === '" + afterRestore.getSid() + "'");
        browser.script("call.reject();");
        assertThat(awaitStatus(afterRestore.getSid(), Call.Status.BUSY).getStatus()).isEqualTo(Call.Status.BUSY);
    }

    @Test
    void aFrozenPageIsUnregisteredAndRegistersAgainWhenResumed() {
        register("agentBob");
        browser.lifecycleState("frozen"); // as the browser freezes a background tab (DevTools Protocol)
        awaitRegisteredDevices("agentBob", 0);
        assertThat(browser.script("return device.state;")).isEqualTo("unregistered");
        Call whileFrozen = callAgent("client:agentBob");
        assertThat(awaitStatus(whileFrozen.getSid(), Call.Status.NO_ANSWER).getStatus())
                .as("no ring (a rung device would ring for 60 s)").isEqualTo(Call.Status.NO_ANSWER);

        browser.lifecycleState("active");
        browser.awaitScript(WAIT, "device.state === 'registered'");
        awaitRegisteredDevices("agentBob", 1);
        Call afterResume = callAgent("client:agentBob");
        browser.awaitScript(WAIT, "window.call.sid === '" + afterResume.getSid() + "'");
        browser.script("call.reject();");
        awaitStatus(afterResume.getSid(), Call.Status.BUSY);
    }

    @Test
    void aPageThatUnloadsDestroysItsDeviceForGood() {
        register("agentBob");
        watchDevice();
        browser.script("window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));");
        assertThat(browser.script("return device.state;")).isEqualTo("destroyed");
        awaitRegisteredDevices("agentBob", 0);
        browser.script("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
        assertThat(browser.script("return [device.state, sockets.length].join(' ');")).isEqualTo("destroyed 1");
        assertThat(String.valueOf(browser.script("return events.join(',');"))).endsWith("device:destroyed");
    }

    @Test
    void closeProtectionAsksTheBrowserToConfirmLeavingOnlyWhileACallIsOpen() {
        loadModule();
        app.enqueueTwiml("/client-voice", "<Response><Say>hold on</Say><Pause length=\"600\"/></Response>");
        browser.script("""
                window.leaving = () => window.dispatchEvent(new Event('beforeunload', { cancelable: true })) ? 'leaves' : 'asks';
                window.device = new sdk.Device(arguments[0], { closeProtection: 'A caller is on the line' });""",
                token("agentBob"));
        // asked before connect(): the call may open within milliseconds, faster than the next script round trip
        assertThat(browser.script("return leaving();")).as("before any call").isEqualTo("leaves");
        browser.script("device.connect().then(c => { window.call = c; c.on('accept', () => events.push('accept')); });");
        awaitEvent("accept");
        assertThat(browser.script("return leaving();")).isEqualTo("asks");
        browser.script("call.disconnect();");
        assertThat(browser.script("return leaving();")).isEqualTo("leaves");
        browser.script("device.destroy();");
    }

    @Test
    void paramsCodecMatchesTheVoiceSdkWireFormat() {
        loadModule();
        assertThat(browser.script("return sdk.encodeParams({ a: 'b=c', 'j k': 'l+m', u: '\u00fc', empty: '' });"))
                .isEqualTo("a=b%3Dc&j%20k=l%2Bm&u=%C3%BC&empty=");
        assertThat(browser.mapScript("return Object.fromEntries(sdk.decodeParams('a=b%3Dc&g=h+i&j%20k=l&empty=&noval&u=%C3%BC&dup=1&dup=2&bad=%E0%A4%A'));"))
                .isEqualTo(Map.of("a", "b=c", "g", "h i", "j k", "l", "empty", "", "noval", "", "u", "\u00fc", "dup", "2",
                        "bad", "%E0%A4%A"));
    }
}
