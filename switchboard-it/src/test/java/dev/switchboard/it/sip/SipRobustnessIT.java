package dev.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.IpAccessControlList;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsIpAccessControlListMapping;
import com.twilio.rest.api.v2010.account.sip.ipaccesscontrollist.IpAddress;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.it.support.Sipp;
import dev.switchboard.it.support.SippScenarios;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a peer sends, the SIP listener answers as RFC 3261 says and other calls carry on: OPTIONS 200 (UDP
 * and TLS), a malformed request 400, an unknown method 501, an unknown Require 420, a BYE for no dialog 481.
 */
class SipRobustnessIT {
    @TempDir static Path dir;
    @TempDir Path run;
    private static RunningSwitchboard sb;
    private static ScriptedWebhookServer app;

    @BeforeAll
    static void start() {
        sb = new RunningSwitchboard(dir).sipWithTls().start();
        app = ScriptedWebhookServer.start();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (sb != null) sb.close();
    }

    private static String request(String method, String extra) {
        return method + " sip:switchboard@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5099;branch=z9hG4bK" + Long.toHexString(System.nanoTime()) + ";rport\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:switchboard@127.0.0.1>" + (method.equals("BYE") ? ";tag=nobody" : "")
                + "\r\nCall-ID: probe-" + System.nanoTime() + "\r\nCSeq: 1 " + method + "\r\nMax-Forwards: 70\r\n"
                + extra + "Content-Length: 0\r\n\r\n";
    }

    private static String udp(String message) throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            s.setSoTimeout(5000);
            byte[] out = message.getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(out, out.length, InetAddress.getLoopbackAddress(), sb.sipPort()));
            while (true) {
                byte[] buf = new byte[65535];
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                s.receive(p);
                String answer = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                if (!answer.startsWith("SIP/2.0 100")) return answer;
            }
        }
    }

    @Test
    void optionsIsAnswered200WithWhatWeAllow() throws Exception {
        String answer = udp(request("OPTIONS", ""));
        assertThat(answer).startsWith("SIP/2.0 200").contains("Allow: INVITE, ACK, CANCEL, BYE, OPTIONS");
    }

    @Test
    void optionsOverTlsIsAnswered200() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] c, String a) {}
            @Override public void checkServerTrusted(X509Certificate[] c, String a) {}
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        int tlsPort = sb.server().sipTlsPort();
        assertThat(tlsPort).isPositive();
        try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request("OPTIONS", "").replace("SIP/2.0/UDP", "SIP/2.0/TLS").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            assertThat(new String(buf, 0, n, StandardCharsets.UTF_8)).startsWith("SIP/2.0 200");
        }
    }

    @Test
    void badMessagesGetTheirRfcAnswersWhileACallInProgressCarriesOn() throws Exception {
        Sipp.assumePresent();
        Domain d = Domain.creator("robust.sip.localhost").setVoiceUrl(URI.create(app.url("/robust")))
                .setVoiceMethod(HttpMethod.POST).create(sb.client());
        IpAccessControlList acl = IpAccessControlList.creator("lo").create(sb.client());
        IpAddress.creator(acl.getSid(), "lo", "127.0.0.1").create(sb.client());
        AuthCallsIpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(sb.client());
        app.enqueue("/robust", ScriptedResponse.twiml("<Response><Pause length=\"3\"/><Say>Still here</Say></Response>"));
        CompletableFuture<Sipp.Result> call = CompletableFuture.supplyAsync(() -> Sipp.in(run).named("robust")
                .key("domain", d.getDomainName()).arg("-s", "+14155550100")
                .call(SippScenarios.callAnsweredThenPlatformHangsUp(), sb.sipPort(), "u1"));
        String callSid = app.takeRequest(Duration.ofSeconds(10)).form().get("CallSid").orElseThrow();

        assertThat(udp(request("OPTIONS", "").replace("CSeq: 1 OPTIONS", "CSeq: one OPTIONS"))).startsWith("SIP/2.0 400");
        assertThat(udp(request("PUBLISH", ""))).startsWith("SIP/2.0 501");
        assertThat(udp(request("OPTIONS", "Require: 100rel-but-not-really\r\n"))).startsWith("SIP/2.0 420")
                .contains("Unsupported: 100rel-but-not-really");
        assertThat(udp(request("BYE", ""))).startsWith("SIP/2.0 481");
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) { // not SIP at all: dropped
            byte[] junk = "\u0000\u0001garbage that is not SIP\r\n\r\n".getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(junk, junk.length, InetAddress.getLoopbackAddress(), sb.sipPort()));
        }

        Sipp.Result r = call.get();
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(Call.fetcher(callSid).fetch(sb.client()).getStatus()).isIn(Call.Status.COMPLETED, Call.Status.IN_PROGRESS);
        assertThat(udp(request("OPTIONS", ""))).startsWith("SIP/2.0 200");
    }
}
