package dev.switchboard.core.account;

import java.time.Instant;

/**
 * A TwiML Bin (EH…): a Mustache template of TwiML that the platform serves at
 * {@code {publicUrl}/twiml/{sid}}, rendered with the request's parameters (spec §11). The template
 * is stored as written; it only has to be valid XML once rendered.
 */
public record TwimlBin(
        String sid,
        String accountSid,
        String friendlyName,
        String template,
        Instant dateCreated,
        Instant dateUpdated) {
}
