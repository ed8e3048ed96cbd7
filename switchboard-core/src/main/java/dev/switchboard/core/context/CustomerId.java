package dev.switchboard.core.context;

import dev.switchboard.core.error.TwilioError;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code customerId} of a {@code <Dial><Application>}: who is calling, as the receiving app
 * sees it. Twilio: "a string up to 256 characters", default "the Twilio Account SID that is
 * providing the {@code <Dial><Application>} TwiML instructions", "sent as a parameter in Twilio's
 * request to the TwiML App's Voice Request URL"
 * (https://www.twilio.com/docs/voice/twiml/dial/application). Twilio does not name that request
 * parameter; Switchboard sends it as {@value #REQUEST_PARAM}, spelled like every other Twilio
 * voice-request parameter.
 *
 * @param value   what the receiving app gets
 * @param warning present when the attribute was refused and the default used instead
 */
public record CustomerId(String value, Optional<ParameterProblem> warning) {
    /** Switchboard's name for the request parameter (Twilio's is undocumented). */
    public static final String REQUEST_PARAM = "CustomerId";
    /** Twilio's limit, in characters (Unicode code points). */
    public static final int MAX_LENGTH = 256;

    public CustomerId {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(warning, "warning");
    }

    /**
     * The attribute when given and at most 256 characters, else the dialing account's SID. An empty
     * attribute counts as absent. A longer one is not cut: the default is sent and a 12200 warning
     * says why, the way Twilio treats other invalid TwiML attribute values.
     */
    public static CustomerId resolve(Optional<String> attribute, String dialingAccountSid) {
        Objects.requireNonNull(dialingAccountSid, "dialingAccountSid");
        if (attribute.isEmpty() || attribute.get().isEmpty()) {
            return new CustomerId(dialingAccountSid, Optional.empty());
        }
        String given = attribute.get();
        int length = given.codePointCount(0, given.length());
        if (length > MAX_LENGTH) {
            return new CustomerId(dialingAccountSid, Optional.of(new ParameterProblem(TwilioError.CUSTOM_PARAMETER_WARNING,
                    "<Application customerId> is " + length + " characters, limit " + MAX_LENGTH
                            + "; the dialing account's SID is sent instead")));
        }
        return new CustomerId(given, Optional.empty());
    }
}
