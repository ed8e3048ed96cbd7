package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code <Dial><Sip>}: the URI body, digest credentials and {@code <Headers><Header>}. */
final class SipNounParser {
    /** RFC 3261 {@code token}: the characters a header name may use. */
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]+");

    private final Diagnostics diagnostics;

    SipNounParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<DialSip> sip(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Optional<String> username = a.text("username");
        Optional<String> password = a.raw("password").filter(p -> !p.isEmpty());
        LegCallbacks callbacks = LegAttributes.callbacks(a, TwilioError.DIAL_SIP_INVALID_METHOD);
        MachineDetection machineDetection = LegAttributes.machineDetection(a);
        a.finish();
        List<SipHeader> headers = new ArrayList<>();
        for (XmlNode.Element child : element.elements()) {
            switch (child.name()) {
                case "Headers" -> headers.addAll(headers(child));
                case "Uri" -> diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                        "<Uri> inside <Sip> is not supported by Switchboard; write the URI as the text of <Sip>; skipped");
                default -> diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                        child.tag() + " is not allowed inside <Sip>; skipped");
            }
        }
        String uri = element.directText().trim();
        String scheme = uri.toLowerCase(Locale.ROOT);
        if (!(scheme.startsWith("sip:") || scheme.startsWith("sips:")) || uri.length() > DialSip.MAX_URI_LENGTH) {
            diagnostics.warn(TwilioError.DIAL_SIP_INVALID_URI, element, "'" + uri
                    + "' is not a SIP URI (sip: or sips:, shorter than 255 characters); skipped");
            return Optional.empty();
        }
        return Optional.of(new DialSip(uri, username, password, headers, callbacks, machineDetection));
    }

    private List<SipHeader> headers(XmlNode.Element headersElement) {
        new AttributeReader(headersElement, diagnostics).finish();
        diagnostics.rejectText(headersElement, TwilioError.SCHEMA_VALIDATION_WARNING);
        List<SipHeader> headers = new ArrayList<>();
        for (XmlNode.Element child : headersElement.elements()) {
            if (!child.name().equals("Header")) {
                diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                        child.tag() + " is not allowed inside <Headers> (only <Header>); skipped");
                continue;
            }
            AttributeReader a = new AttributeReader(child, diagnostics);
            String name = a.raw("name").orElse("");
            String value = a.raw("value").orElse("");
            a.finish();
            diagnostics.rejectContent(child, TwilioError.SCHEMA_VALIDATION_WARNING);
            if (!HEADER_NAME.matcher(name).matches()) {
                diagnostics.warn(TwilioError.DIAL_SIP_INVALID_HEADER_NAME, child,
                        "'" + name + "' is not a valid SIP header name; skipped");
                continue;
            }
            headers.add(new SipHeader(name, value));
        }
        return headers;
    }
}
