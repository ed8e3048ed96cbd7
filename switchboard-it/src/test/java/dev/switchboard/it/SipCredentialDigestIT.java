package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.credentiallist.Credential;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsCredentialListMapping;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.it.support.ServerPerClass;
import dev.switchboard.sip.auth.CredentialSource;
import dev.switchboard.sip.auth.DigestAlgorithm;
import dev.switchboard.sip.auth.DigestClient;
import dev.switchboard.sip.auth.DigestServer;
import dev.switchboard.sip.auth.Verdict;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipMessageWriter;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.ExecutorSipScheduler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The credential storage decision (docs/sip.md "Credential storage") end to end: a credential made through
 * twilio-java is kept as HA1 only, yet the SIP stack's {@link DigestServer} (realm {@code sip.localhost}) lets a
 * phone holding the password in, through the domain's mapped lists, with MD5 and SHA-256; a wrong password, an
 * unmapped list and a password changed through REST behave as they must. The {@link CredentialSource} here is
 * the lookup the B2BUA will use.
 */
class SipCredentialDigestIT extends ServerPerClass {
    private static final String REALM = "sip.localhost";
    private static final ExecutorSipScheduler TIMERS = new ExecutorSipScheduler();

    @AfterAll
    static void stopTimers() { TIMERS.close(); }

    /** HA1 of a username in any credential list mapped to the domain for calls, if made for our realm. */
    private static CredentialSource forDomain(SipStores sip, String accountSid, String domainSid) {
        return (username, realm, algorithm) -> {
            for (SipDomainMapping m : sip.mappings().list(accountSid, domainSid, SipMappingKind.CALLS_CREDENTIAL_LIST,
                    PageRequest.first(PageRequest.MAX_SIZE)).items()) {
                Optional<SipCredential> c = sip.credentials().findByUsername(m.listSid(), username)
                        .filter(x -> x.hashes().realm().equals(realm));
                if (c.isPresent()) {
                    return Optional.of(algorithm == DigestAlgorithm.MD5 ? c.get().hashes().ha1Md5() : c.get().hashes().ha1Sha256());
                }
            }
            return Optional.empty();
        };
    }

    private static Verdict login(DigestAlgorithm algorithm, CredentialSource source, String password) {
        DigestServer server = new DigestServer(REALM, List.of(algorithm), Duration.ofMinutes(5),
                "test-secret".getBytes(StandardCharsets.UTF_8), TIMERS);
        SipRequest invite = new SipRequest("INVITE", SipUri.parse("sip:+14155551234@digest.sip.localhost"), Headers.EMPTY
                .with("Via", "SIP/2.0/UDP 192.0.2.10:5062;branch=z9hG4bKd1").with("Max-Forwards", "70")
                .with("From", "<sip:alice@digest.sip.localhost>;tag=f").with("To", "<sip:+14155551234@digest.sip.localhost>")
                .with("Call-ID", "digest-1").with("CSeq", "1 INVITE"));
        SipResponse challenge = (SipResponse) SipMessageParser.parse(SipMessageWriter.write(
                server.challenge(invite, true, false, "t1")));
        SipRequest retry = DigestClient.answer(invite, challenge, "alice", password).orElseThrow();
        SipRequest arrived = (SipRequest) SipMessageParser.parse(SipMessageWriter.write(
                retry.withHeaders(retry.headers().withFirst("Via", "SIP/2.0/UDP 192.0.2.10:5062;branch=z9hG4bKd2"))));
        return server.verify(arrived, true, source);
    }

    @Test
    void aCredentialMadeThroughRestLetsThePhoneInWithItsPasswordOnly() {
        SipStores sip = sb.server().database().stores().sip();
        Domain d = Domain.creator("digest.sip.localhost").create(main);
        CredentialList cl = CredentialList.creator("Phones").create(main);
        Credential.creator(cl.getSid(), "alice", "IWasAtSignal2018").create(main);
        CredentialSource source = forDomain(sip, sb.accountSid, d.getSid());

        // not mapped yet: the user is unknown to the domain
        assertThat(login(DigestAlgorithm.MD5, source, "IWasAtSignal2018")).isInstanceOf(Verdict.Rejected.class);

        AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        assertThat(login(DigestAlgorithm.MD5, source, "IWasAtSignal2018")).isEqualTo(new Verdict.Authenticated("alice"));
        assertThat(login(DigestAlgorithm.SHA_256, source, "IWasAtSignal2018")).isEqualTo(new Verdict.Authenticated("alice"));
        assertThat(login(DigestAlgorithm.MD5, source, "IWasAtSignal2019")).isInstanceOf(Verdict.Rejected.class);

        String sid = Credential.reader(cl.getSid()).firstPage(main).getRecords().get(0).getSid();
        Credential.updater(cl.getSid(), sid).setPassword("N3wPasswordForAlice").update(main);
        assertThat(login(DigestAlgorithm.MD5, source, "IWasAtSignal2018")).isInstanceOf(Verdict.Rejected.class);
        assertThat(login(DigestAlgorithm.SHA_256, source, "N3wPasswordForAlice")).isEqualTo(new Verdict.Authenticated("alice"));

        SipCredential stored = sip.credentials().findByUsername(cl.getSid(), "alice").orElseThrow();
        assertThat(stored.hashes().realm()).isEqualTo(REALM);
        assertThat(stored.toString()).doesNotContain("N3wPasswordForAlice");
    }
}
