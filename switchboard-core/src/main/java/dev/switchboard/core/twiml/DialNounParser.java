package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one {@code <Dial>} noun. A noun that cannot be dialled (no number, no identity, a
 * malformed SIP URI …) is skipped with a warning; {@link DialParser} then decides about the Dial.
 */
final class DialNounParser {
    private static final Pattern SEND_DIGITS = Pattern.compile("[0-9*#wW]+");

    private final Diagnostics diagnostics;
    private final ParameterParser parameters;
    private final SipNounParser sip;
    private final ConferenceNounParser conference;

    DialNounParser(Diagnostics diagnostics, ParameterParser parameters) {
        this.diagnostics = diagnostics;
        this.parameters = parameters;
        this.sip = new SipNounParser(diagnostics);
        this.conference = new ConferenceNounParser(diagnostics);
    }

    Optional<? extends DialNoun> parse(XmlNode.Element element) {
        return switch (element.name()) {
            case "Number" -> number(element);
            case "Client" -> client(element);
            case "Sip" -> sip.sip(element);
            case "Conference" -> conference.conference(element);
            case "Queue" -> queue(element);
            case "Application" -> application(element);
            default -> throw new IllegalArgumentException("not a Dial noun: " + element.tag());
        };
    }

    private Optional<DialNumber> number(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Optional<String> sendDigits = a.text("sendDigits").map(String::trim);
        if (sendDigits.isPresent() && !SEND_DIGITS.matcher(sendDigits.get()).matches()) {
            a.invalid("sendDigits", sendDigits.get(), "DTMF (0-9, *, #, w)",
                    TwilioError.DIAL_NUMBER_INVALID_SEND_DIGITS, "none");
            sendDigits = Optional.empty();
        }
        LegCallbacks callbacks = LegAttributes.callbacks(a, TwilioError.DIAL_NUMBER_INVALID_METHOD);
        Optional<String> byoc = a.text("byoc");
        MachineDetection machineDetection = LegAttributes.machineDetection(a);
        a.finish();
        String number = diagnostics.textOnly(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        if (number.isEmpty()) {
            diagnostics.warn(TwilioError.DIAL_INVALID_PHONE_NUMBER_FORMAT, element, "<Number> is empty; skipped");
            return Optional.empty();
        }
        return Optional.of(new DialNumber(number, sendDigits, callbacks, byoc, machineDetection));
    }

    private Optional<DialClient> client(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        LegCallbacks callbacks = LegAttributes.callbacks(a, TwilioError.SCHEMA_VALIDATION_WARNING);
        Optional<String> clientNotificationUrl = a.text("clientNotificationUrl");
        a.finish();
        Optional<String> identityElement = Optional.empty();
        List<Parameter> params = new ArrayList<>();
        for (XmlNode.Element child : element.elements()) {
            switch (child.name()) {
                case "Identity" -> {
                    new AttributeReader(child, diagnostics).finish();
                    String text = diagnostics.textOnly(child, TwilioError.SCHEMA_VALIDATION_WARNING);
                    if (identityElement.isPresent()) {
                        diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                                "<Client> has more than one <Identity>; skipped");
                    } else {
                        identityElement = Optional.of(text);
                    }
                }
                case "Parameter" -> parameters.parse(child).ifPresent(params::add);
                default -> diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                        child.tag() + " is not allowed inside <Client> (only <Identity>, <Parameter>); skipped");
            }
        }
        String text = element.directText().trim();
        if (identityElement.isPresent() && !text.isEmpty()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element,
                    "<Client> has both text and <Identity>; the text '" + text + "' is ignored");
        }
        String identity = identityElement.orElse(text);
        if (identity.isEmpty()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element, "<Client> has no identity; skipped");
            return Optional.empty();
        }
        if (identity.length() > DialClient.MAX_IDENTITY_LENGTH) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element, "<Client> identity is longer than "
                    + DialClient.MAX_IDENTITY_LENGTH + " characters; skipped");
            return Optional.empty();
        }
        return Optional.of(new DialClient(identity, params, callbacks, clientNotificationUrl));
    }

    private Optional<DialQueue> queue(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Optional<String> url = a.text("url");
        HttpMethod method = a.method("method", TwilioError.DIAL_QUEUE_INVALID_METHOD);
        Optional<String> reservationSid = a.text("reservationSid").map(String::trim);
        Optional<String> postWorkActivitySid = a.text("postWorkActivitySid").map(String::trim);
        a.finish();
        String name = diagnostics.textOnly(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        if (name.isEmpty()) {
            diagnostics.warn(TwilioError.DIAL_QUEUE_NAME_TOO_SHORT, element, "<Queue> has no queue name; skipped");
            return Optional.empty();
        }
        if (name.length() > Enqueue.MAX_NAME_LENGTH) {
            diagnostics.warn(TwilioError.DIAL_QUEUE_NAME_TOO_LONG, element,
                    "queue name is longer than " + Enqueue.MAX_NAME_LENGTH + " characters; skipped");
            return Optional.empty();
        }
        return Optional.of(new DialQueue(name, url, method, reservationSid, postWorkActivitySid));
    }

    private Optional<DialApplication> application(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Optional<String> customerId = a.text("customerId");
        boolean copyParentTo = a.bool("copyParentTo", false, TwilioError.SCHEMA_VALIDATION_WARNING);
        LegCallbacks callbacks = LegAttributes.callbacks(a, TwilioError.SCHEMA_VALIDATION_WARNING);
        a.finish();
        Optional<String> sidElement = Optional.empty();
        List<Parameter> params = new ArrayList<>();
        for (XmlNode.Element child : element.elements()) {
            switch (child.name()) {
                case "ApplicationSid" -> {
                    new AttributeReader(child, diagnostics).finish();
                    String sid = diagnostics.textOnly(child, TwilioError.SCHEMA_VALIDATION_WARNING);
                    if (sidElement.isPresent()) {
                        diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                                "<Application> has more than one <ApplicationSid>; skipped");
                    } else {
                        sidElement = Optional.of(sid);
                    }
                }
                case "Parameter" -> parameters.parse(child).ifPresent(params::add);
                default -> diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child, child.tag()
                        + " is not allowed inside <Application> (only <ApplicationSid>, <Parameter>); skipped");
            }
        }
        String text = element.directText().trim();
        if (sidElement.isPresent() && !text.isEmpty()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element,
                    "<Application> has both text and <ApplicationSid>; the text '" + text + "' is ignored");
        }
        String sid = sidElement.orElse(text);
        if (sid.isEmpty()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element,
                    "<Application> has no <ApplicationSid>; skipped");
            return Optional.empty();
        }
        return Optional.of(new DialApplication(sid, params, customerId, copyParentTo, callbacks));
    }
}
