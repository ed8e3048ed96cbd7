package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.Device;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.it.support.CallFixture;
import java.net.URI;
import java.util.Base64;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code POST /sandbox/AccessTokens.json}: Voice access tokens for trying clients locally. */
class SandboxAccessTokensIT extends CallFixture {

    private JsonNode mint(String form) throws Exception {
        var r = http.postForm("/sandbox/AccessTokens.json", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private JsonNode error(String form, int status) throws Exception {
        var r = http.postForm("/sandbox/AccessTokens.json", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void aMintedTokenIsTwiliosFormatAndRegistersADevice() throws Exception {
        Application softphone = Application.creator().setVoiceUrl(URI.create(app.url("/voice"))).create(client);
        JsonNode minted = mint("Identity=agentBob&OutgoingApplicationSid=" + softphone.getSid() + "&Ttl=600");
        String[] parts = minted.get("token").asText().split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("cty").asText()).isEqualTo("twilio-fpa;v=1");
        assertThat(header.get("alg").asText()).isEqualTo("HS256");
        assertThat(payload.get("sub").asText()).isEqualTo(sb.accountSid);
        assertThat(payload.get("iss").asText()).isEqualTo(minted.get("key_sid").asText()).startsWith("SK");
        assertThat(payload.get("exp").asLong() - payload.get("iat").asLong()).isEqualTo(600);
        assertThat(payload.at("/grants/identity").asText()).isEqualTo("agentBob");
        assertThat(payload.at("/grants/voice/incoming/allow").asBoolean()).isTrue();
        assertThat(payload.at("/grants/voice/outgoing/application_sid").asText()).isEqualTo(softphone.getSid());
        assertThat(mint("Identity=alice").get("key_sid")).as("one sandbox key per account").isEqualTo(minted.get("key_sid"));

        try (Device device = Device.connect(URI.create(sb.wsBase()), minted.get("token").asText())) {
            assertThat(device.identity()).isEqualTo("agentBob");
            LinkedBlockingQueue<IncomingCall> rings = new LinkedBlockingQueue<>();
            device.onIncoming(rings::add);
            http.postForm("/sandbox/Clock.json", "Hold=true");
            try {
                Call call = Call.creator(new Client("client:agentBob?customerID=42"), new PhoneNumber("+15005550700"),
                        URI.create(app.url("/voice"))).create(client);
                IncomingCall in = rings.poll(10, TimeUnit.SECONDS);
                assertThat(in).isNotNull();
                assertThat(in.customParameters()).containsEntry("customerID", "42");
                in.reject();
                awaitStatus(call.getSid(), Call.Status.BUSY);
            } finally {
                http.postForm("/sandbox/Clock.json", "Hold=false");
            }
        }
    }

    @Test
    void badRequestsGetTwilioCodes() throws Exception {
        assertThat(error("", 400).get("code").asInt()).isEqualTo(21602);
        assertThat(error("Identity=has%20space", 400).get("code").asInt()).isEqualTo(21200);
        assertThat(error("Identity=bob&Ttl=86401", 400).get("code").asInt()).isEqualTo(21200);
        assertThat(error("Identity=bob&Ttl=soon", 400).get("code").asInt()).isEqualTo(21200);
        assertThat(error("Identity=bob&OutgoingApplicationSid=AP00000000000000000000000000000000", 400).get("code").asInt())
                .isEqualTo(21218);
        assertThat(error("Identity=bob&KeySid=SK00000000000000000000000000000000", 400).get("code").asInt()).isEqualTo(21200);
        var unauthenticated = new dev.switchboard.it.support.RawHttp(sb.baseUrl(), sb.accountSid, "wrong")
                .postForm("/sandbox/AccessTokens.json", "Identity=bob");
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.body()).contains("20003");
    }
}
