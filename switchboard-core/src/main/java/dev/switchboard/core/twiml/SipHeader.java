package dev.switchboard.core.twiml;

import java.util.Objects;

/** A {@code <Sip><Headers><Header name="…" value="…"/></Headers></Sip>} custom SIP header, as written. */
public record SipHeader(String name, String value) {
    public SipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
