package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.clients.AccessTokenVerifier;
import dev.switchboard.server.clients.TokenRejected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens minted by the official twilio-java {@code AccessToken} verify; forged, expired and over-long ones do not. */
class AccessTokenCompatIT {
    private final Stores stores = Stores.inMemory();
    private final String accountSid = Sids.next(SidPrefix.ACCOUNT);
    private final ApiKey key = new ApiKey(Sids.next(SidPrefix.API_KEY), accountSid, "k", Sids.secret(), Instant.now(), Instant.now());
    private final AccessTokenVerifier verifier;

    AccessTokenCompatIT() {
        stores.accounts().create(new Account(accountSid, accountSid, "main", AccountStatus.ACTIVE, "Full", Sids.secret(),
                Instant.now(), Instant.now()));
        stores.apiKeys().create(key);
        verifier = new AccessTokenVerifier(stores.apiKeys(), stores.accounts());
    }

    private AccessToken.Builder builder(String secret) {
        return new AccessToken.Builder(accountSid, key.sid(), secret.getBytes(StandardCharsets.UTF_8));
    }

    private int codeOf(String jwt) {
        try {
            verifier.verify(jwt, Instant.now());
            throw new AssertionError("accepted");
        } catch (TokenRejected e) {
            return e.error().code();
        }
    }

    @Test
    void officialTokenVerifiesWithItsGrants() {
        String jwt = builder(key.secret()).identity("alice").grant(new VoiceGrant().setIncomingAllow(true)
                .setOutgoingApplication("AP00000000000000000000000000000001", Map.of("team", "blue"))).build().toJwt();
        var t = verifier.verify(jwt, Instant.now());
        assertThat(t.identity()).isEqualTo("alice");
        assertThat(t.accountSid()).isEqualTo(accountSid);
        assertThat(t.keySid()).isEqualTo(key.sid());
        assertThat(t.incomingAllow()).isTrue();
        assertThat(t.outgoingApplicationSid()).contains("AP00000000000000000000000000000001");
        assertThat(t.outgoingParams().resolved()).containsEntry("team", "blue");
    }

    @Test
    void forgedExpiredTooLongAndGarbageTokensAreRefusedWithTwiliosCodes() {
        assertThat(codeOf(builder("some-other-secret-of-enough-length!!").identity("a").build().toJwt())).isEqualTo(20107);
        assertThat(codeOf(builder(key.secret()).identity("a").ttl(-5).build().toJwt())).isEqualTo(20104);
        assertThat(codeOf(builder(key.secret()).identity("a").ttl(25 * 3600).build().toJwt())).isEqualTo(20157);
        assertThat(codeOf("definitely-not-a-jwt")).isEqualTo(20101);
        assertThat(codeOf("a".repeat(20_000))).isEqualTo(20101);
        String otherKey = new AccessToken.Builder(accountSid, Sids.next(SidPrefix.API_KEY),
                key.secret().getBytes(StandardCharsets.UTF_8)).identity("a").build().toJwt();
        assertThat(codeOf(otherKey)).isEqualTo(20101);
        stores.accounts().update(stores.accounts().find(accountSid).orElseThrow().withStatus(AccountStatus.SUSPENDED, Instant.now()));
        assertThatThrownBy(() -> verifier.verify(builder(key.secret()).identity("a").build().toJwt(), Instant.now()))
                .isInstanceOf(TokenRejected.class).hasMessageContaining("not active");
    }
}
