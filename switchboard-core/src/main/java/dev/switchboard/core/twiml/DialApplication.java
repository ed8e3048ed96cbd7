package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Application>}: call another TwiML App (possibly of another account). The receiving
 * app's voice request carries each parameter as {@code Param_<name>}.
 * See https://www.twilio.com/docs/voice/twiml/dial/application.
 *
 * @param applicationSid {@code <ApplicationSid>} (or the plain body text), trimmed; never blank
 * @param parameters     nested {@code <Parameter>}s, in document order
 * @param customerId     {@code customerId}; Twilio defaults it to the dialing account's SID,
 *                       which the interpreter knows and the parser does not
 * @param copyParentTo   {@code copyParentTo}, default false
 * @param callbacks      {@code url}, {@code method}, {@code statusCallback*}
 */
public record DialApplication(
        String applicationSid,
        List<Parameter> parameters,
        Optional<String> customerId,
        boolean copyParentTo,
        LegCallbacks callbacks) implements DialNoun {

    public DialApplication {
        Objects.requireNonNull(applicationSid, "applicationSid");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(callbacks, "callbacks");
    }
}
