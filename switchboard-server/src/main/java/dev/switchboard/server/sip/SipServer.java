package dev.switchboard.server.sip;

import dev.switchboard.core.store.Stores;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.auth.DigestAlgorithm;
import dev.switchboard.sip.auth.DigestServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.switchboard.sip.registrar.Registrar;
import dev.switchboard.sip.registrar.RegistrarConfig;
import dev.switchboard.core.time.CallClock;

/**
 * SIP as a part of the platform: the {@link SipEndpoint} with the B2BUA ({@link SipCalls}) on it, and the RTP
 * ports its calls use. Started by {@code Switchboard} when {@code --sip-port} is not {@code -1}.
 *
 * <p>Digest nonces are HMACs under a secret derived from the main account's auth token, so every node sharing
 * the store issues and accepts the same nonces, and a restart does not make phones' nonces fail. Only MD5 is
 * offered for calls, as Twilio offers it (spec §1.4). REGISTER goes to a {@link Registrar} over the SIP domains
 * ({@link DomainRegistrarPolicy}) whose bindings live in the store ({@link StoredBindings}).
 */
public final class SipServer implements AutoCloseable {
    static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    private final SipEndpoint endpoint;
    private final SipCalls calls;
    private final SipMedia media;
    private final SipOutbound outbound;

    private SipServer(SipEndpoint endpoint, SipCalls calls, SipMedia media, SipOutbound outbound) {
        this.endpoint = endpoint;
        this.calls = calls;
        this.media = media;
        this.outbound = outbound;
    }

    public static SipServer start(SipConfig config, String bind, Optional<SipEndpoint.Keystore> keystore, Stores stores,
            Supplier<CallPlacer> placer, String nonceSecretSeed, CallClock clock) {
        byte[] secret = sha256("switchboard-sip-nonce:" + nonceSecretSeed);
        SipMedia media = RtpSipMedia.open(config, bind);
        SipCalls[] calls = new SipCalls[1];
        SipEndpoint endpoint = SipEndpoint.start(config, bind, keystore, (dialogs, scheduler) -> {
            DigestServer digest = new DigestServer(config.realm(), List.of(DigestAlgorithm.MD5), NONCE_LIFETIME, secret,
                    scheduler);
            calls[0] = new SipCalls(stores, config, config.pstnGateway().map(PstnGateway::resolve),
                    new DomainGate(stores.sip(), digest), media, placer, dialogs);
            return calls[0];
        });
        endpoint.dialogs().attach(new Registrar(new DomainRegistrarPolicy(stores.sip(), config),
                new StoredBindings(stores.sip().registrations(), java.time.Clock.systemUTC()), endpoint.scheduler(),
                RegistrarConfig.twilio(secret)));
        SipOutbound outbound = new SipOutbound(endpoint.dialogs(), media, calls[0], clock, endpoint.advertisedHost(),
                new StoredRegistrations(stores, config, java.time.Clock.systemUTC()));
        return new SipServer(endpoint, calls[0], media, outbound);
    }

    public int port() { return endpoint.port(); }

    public int tlsPort() { return endpoint.tlsPort(); }

    public SipCalls calls() { return calls; }

    SipOutbound outbound() { return outbound; }

    @Override
    public void close() {
        endpoint.close();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
