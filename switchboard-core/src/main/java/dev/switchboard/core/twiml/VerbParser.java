package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the children of {@code <Response>}, dispatching each verb to its family's parser. */
final class VerbParser {
    /** Real Twilio verbs that Switchboard does not implement: warned about and skipped. */
    private static final Set<String> UNSUPPORTED = Set.of("Pay", "Refer", "Sms", "Prompt");
    private static final Set<String> KNOWN = Set.of("Say", "Play", "Pause", "Gather", "Record",
            "Redirect", "Hangup", "Reject", "Dial", "Enqueue", "Leave", "Start", "Stop", "Connect", "Echo");

    private final Diagnostics diagnostics;
    private final MediaVerbParser media;
    private final InputVerbParser input;
    private final CallControlParser control;
    private final DialParser dial;
    private final EnqueueParser enqueue;
    private final StreamVerbParser streams;

    VerbParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        ParameterParser parameters = new ParameterParser(diagnostics);
        this.media = new MediaVerbParser(diagnostics);
        this.input = new InputVerbParser(diagnostics, media);
        this.control = new CallControlParser(diagnostics, parameters);
        this.dial = new DialParser(diagnostics, new DialNounParser(diagnostics, parameters));
        this.enqueue = new EnqueueParser(diagnostics);
        this.streams = new StreamVerbParser(diagnostics, parameters);
    }

    List<Verb> parseResponse(XmlNode.Element response) {
        new AttributeReader(response, diagnostics).finish();
        diagnostics.rejectText(response, TwilioError.SCHEMA_VALIDATION_WARNING);
        List<Verb> verbs = new ArrayList<>();
        for (XmlNode.Element element : response.elements()) {
            verb(element).ifPresent(verbs::add);
        }
        return verbs;
    }

    private Optional<? extends Verb> verb(XmlNode.Element element) {
        return switch (element.name()) {
            case "Say" -> Optional.of(media.say(element, false));
            case "Play" -> media.play(element);
            case "Pause" -> Optional.of(media.pause(element));
            case "Gather" -> Optional.of(input.gather(element));
            case "Record" -> Optional.of(input.record(element));
            case "Redirect" -> control.redirect(element);
            case "Hangup" -> Optional.of(control.hangup(element));
            case "Reject" -> Optional.of(control.reject(element));
            case "Leave" -> Optional.of(control.leave(element));
            case "Echo" -> Optional.of(control.echo(element));
            case "Dial" -> dial.dial(element);
            case "Enqueue" -> enqueue.enqueue(element);
            case "Start" -> streams.start(element);
            case "Stop" -> streams.stop(element);
            case "Connect" -> streams.connect(element);
            default -> skip(element);
        };
    }

    private Optional<Verb> skip(XmlNode.Element element) {
        String name = element.name();
        String detail;
        if (UNSUPPORTED.contains(name)) {
            detail = element.tag() + " is not supported by Switchboard; skipped";
        } else {
            detail = element.tag() + " is not a TwiML verb" + caseHint(name) + "; skipped";
        }
        diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element, detail);
        return Optional.empty();
    }

    private static String caseHint(String name) {
        for (String known : KNOWN) {
            if (known.equalsIgnoreCase(name)) {
                return " (names are case-sensitive: did you mean <" + known + ">?)";
            }
        }
        return "";
    }
}
