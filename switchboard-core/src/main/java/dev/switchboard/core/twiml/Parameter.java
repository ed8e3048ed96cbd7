package dev.switchboard.core.twiml;

import java.util.Objects;

/**
 * A {@code <Parameter name="…" value="…"/>} custom parameter, kept exactly as written (no
 * trimming, no truncation; the XML parser has already resolved entities). Allowed under
 * {@code <Client>}, {@code <Application>}, {@code <Stream>}, {@code <Hangup>} and {@code <Reject>}.
 * The parser drops parameters without a name, so {@code name} is never empty.
 */
public record Parameter(String name, String value) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
