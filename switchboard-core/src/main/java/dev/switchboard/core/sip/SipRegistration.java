package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * One binding of a phone that REGISTERed to a SIP domain (RFC 3261 §10, spec twilio-sip-media.md §1.7): the address
 * of record is {@code user} at the domain {@code domainSid}, reachable at {@code contact} until {@code expiresAt}.
 * A binding is keyed by domain, user and contact; {@code callId} and {@code cseq} are those of the REGISTER that
 * last refreshed it (RFC 3261 §10.3 step 7 orders refreshes by them); {@code sourceIp}/{@code sourcePort} and
 * {@code transport} ({@code udp}, {@code tcp}, {@code tls}) are where it came from, which is where requests go for a
 * phone behind NAT; {@code userAgent} may be {@code null}.
 */
public record SipRegistration(
        String accountSid,
        String domainSid,
        String user,
        String contact,
        Instant expiresAt,
        String callId,
        long cseq,
        String sourceIp,
        int sourcePort,
        String transport,
        String userAgent,
        Instant updated) {

    /** Whether the binding is still valid at {@code now} (it expires at {@code expiresAt} itself). */
    public boolean isLiveAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
