package dev.switchboard.server.clients;

import dev.switchboard.core.context.CustomParameters;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified Twilio Access Token with a Voice grant (spec §9.1).
 *
 * @param accountSid             {@code sub}: the account the device acts for
 * @param keySid                 {@code iss}: the API key that signed it
 * @param identity               {@code grants.identity}; empty when the token names none
 * @param incomingAllow          {@code grants.voice.incoming.allow}
 * @param outgoingApplicationSid {@code grants.voice.outgoing.application_sid}
 * @param outgoingParams         {@code grants.voice.outgoing.params}, merged under the device's own params
 * @param expiresAt              {@code exp}
 */
public record AccessToken(String accountSid, String keySid, String identity, boolean incomingAllow,
        Optional<String> outgoingApplicationSid, CustomParameters outgoingParams, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(keySid, "keySid");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(outgoingApplicationSid, "outgoingApplicationSid");
        Objects.requireNonNull(outgoingParams, "outgoingParams");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
