package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Sip>}: a SIP URI. Custom headers may be written as the URI's query
 * ({@code sip:bob@example.com?X-Foo=1}, see {@link #uriQuery()}) or as nested
 * {@code <Headers><Header>} elements. See https://www.twilio.com/docs/voice/twiml/sip.
 *
 * @param uri              the body, trimmed, exactly as written (starts with {@code sip:} or
 *                         {@code sips:}, shorter than 255 characters)
 * @param username         {@code username} for digest authentication toward the far end
 * @param password         {@code password}
 * @param headers          nested {@code <Headers><Header>}s, in document order
 * @param callbacks        {@code url}, {@code method}, {@code statusCallback*}
 * @param machineDetection {@code machineDetection*} and {@code amdStatusCallback*}
 */
public record DialSip(
        String uri,
        Optional<String> username,
        Optional<String> password,
        List<SipHeader> headers,
        LegCallbacks callbacks,
        MachineDetection machineDetection) implements DialNoun {

    public static final int MAX_URI_LENGTH = 254;

    public DialSip {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        headers = List.copyOf(headers);
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(machineDetection, "machineDetection");
    }

    /** The URI without its {@code ?query} part. */
    public String uriWithoutQuery() {
        int q = uri.indexOf('?');
        return q < 0 ? uri : uri.substring(0, q);
    }

    /**
     * The raw (still URL-encoded) query after {@code ?}, e.g. {@code X-Foo=1&X-Bar=2}, from which
     * Twilio takes {@code X-} headers and {@code User-to-User}; empty when the URI has none.
     */
    public Optional<String> uriQuery() {
        int q = uri.indexOf('?');
        return q < 0 ? Optional.empty() : Optional.of(uri.substring(q + 1));
    }
}
