package dev.switchboard.core.call;

import dev.switchboard.core.context.CustomParameters;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a far end may need to know when it is rung: the leg's SID and account, who is called
 * and by whom, how long to ring, whether machine detection was asked for, the custom parameters that
 * travel with the call ({@code <Client><Parameter>}, {@code client:alice?k=v}), and the credentials to
 * answer a SIP far end's digest challenge with ({@code <Sip username password>}, REST
 * {@code SipAuthUsername}/{@code SipAuthPassword}).
 */
public record RingRequest(String callSid, String accountSid, String to, String from, Duration ringTimeout,
        boolean machineDetection, CustomParameters parameters, Optional<Credentials> credentials) {

    /** A username and password for digest authentication toward the far end; never logged. */
    public record Credentials(String username, String password) {
        public Credentials {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override public String toString() { return "Credentials[" + username + ", ****]"; }
    }

    public RingRequest {
        Objects.requireNonNull(credentials, "credentials");
    }

    public RingRequest(String callSid, String accountSid, String to, String from, Duration ringTimeout,
            boolean machineDetection, CustomParameters parameters) {
        this(callSid, accountSid, to, from, ringTimeout, machineDetection, parameters, Optional.empty());
    }
}
