package dev.switchboard.core.webhook;

/**
 * What a webhook's answer is for, which decides what counts as success (spec §0.2, §6).
 */
public enum WebhookPurpose {
    /**
     * The answer is a TwiML document to execute (voice URL, {@code action}, {@code <Redirect>}, …):
     * it needs a 2xx status, an XML {@code Content-Type} (else 12300) and a body of at most
     * {@link WebhookLimits#MAX_TWIML_BYTES} (else 11750).
     */
    TWIML,
    /**
     * A notification (status callbacks, recording callbacks): any 2xx will do; content type and
     * body are ignored.
     */
    STATUS_CALLBACK
}
