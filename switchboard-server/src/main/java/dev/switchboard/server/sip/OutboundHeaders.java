package dev.switchboard.server.sip;

import dev.switchboard.sip.message.SipHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The INVITE headers a {@code sip:} address's {@code ?name=value&…} part becomes (spec §2.1, §2.6). Names Twilio
 * passes are sent as written: {@code X-…}, {@code User-to-User}, {@code Remote-Party-ID},
 * {@code P-Preferred-Identity}, {@code P-Called-Party-ID}. So that every pair of the seed's
 * {@code To=sip:bob@example.com?displayName=Alice&customerID=…} reaches the phone, Switchboard also takes
 * {@code displayName} as the From header's display name and sends any other name as {@code X-<name>}
 * ({@code X-customerID}); Twilio documents neither (docs/sip.md, "Outbound calls").
 */
record OutboundHeaders(Optional<String> displayName, List<SipHeader> headers) {
    private static final Set<String> AS_WRITTEN = Set.of("user-to-user", "remote-party-id", "p-preferred-identity",
            "p-called-party-id");

    static OutboundHeaders of(List<SipHeader> uriHeaders) {
        Optional<String> display = Optional.empty();
        List<SipHeader> out = new ArrayList<>();
        for (SipHeader h : uriHeaders) {
            String lower = h.name().toLowerCase(Locale.ROOT);
            if (lower.equals("displayname")) {
                display = Optional.of(h.value());
            } else if (lower.startsWith("x-") || AS_WRITTEN.contains(lower)) {
                out.add(h);
            } else {
                out.add(new SipHeader("X-" + h.name(), h.value()));
            }
        }
        return new OutboundHeaders(display, List.copyOf(out));
    }
}
