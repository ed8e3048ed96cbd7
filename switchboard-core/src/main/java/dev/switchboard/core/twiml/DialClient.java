package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Client>}: a Voice SDK identity, written either as the body text
 * ({@code <Client>alice</Client>}) or as {@code <Identity>alice</Identity>} with optional
 * {@code <Parameter>}s that reach the SDK as custom parameters.
 * See https://www.twilio.com/docs/voice/twiml/client.
 *
 * @param identity              the identity, trimmed; never blank, at most 256 characters
 * @param parameters            nested {@code <Parameter>}s, in document order
 * @param callbacks             {@code url}, {@code method}, {@code statusCallback*}
 * @param clientNotificationUrl {@code clientNotificationUrl}: push-notification hook
 */
public record DialClient(
        String identity,
        List<Parameter> parameters,
        LegCallbacks callbacks,
        Optional<String> clientNotificationUrl) implements DialNoun {

    public static final int MAX_IDENTITY_LENGTH = 256;

    public DialClient {
        Objects.requireNonNull(identity, "identity");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(clientNotificationUrl, "clientNotificationUrl");
    }
}
