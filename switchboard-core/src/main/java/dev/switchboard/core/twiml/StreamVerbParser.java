package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code <Start>}, {@code <Stop>}, {@code <Connect>} and their {@code <Stream>} nouns. */
final class StreamVerbParser {
    private static final TwilioError SCHEMA = TwilioError.SCHEMA_VALIDATION_WARNING;
    private static final Set<String> UNSUPPORTED_FORKS = Set.of("Siprec", "Transcription", "Recording");
    private static final Set<String> UNSUPPORTED_CONNECT_NOUNS = Set.of("Room", "Conversation", "VirtualAgent",
            "ConversationRelay", "ConversationRelaySession", "AiSession", "Autopilot", "Assistant");

    /** Which verb a {@code <Stream>} sits in decides what it must carry. */
    private enum Role { START, STOP, CONNECT }

    private final Diagnostics diagnostics;
    private final ParameterParser parameters;

    StreamVerbParser(Diagnostics diagnostics, ParameterParser parameters) {
        this.diagnostics = diagnostics;
        this.parameters = parameters;
    }

    Optional<Start> start(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        var action = a.text("action");
        var method = a.method("method", SCHEMA);
        a.finish();
        List<StartNoun> nouns = forks(element, Role.START, TwilioError.START_INVALID_NESTED_NOUN);
        if (nouns.isEmpty()) {
            diagnostics.warn(TwilioError.START_INVALID_NESTED_NOUN, element, "<Start> has nothing to start; skipped");
            return Optional.empty();
        }
        return Optional.of(new Start(action, method, nouns));
    }

    Optional<Stop> stop(XmlNode.Element element) {
        new AttributeReader(element, diagnostics).finish();
        List<StartNoun> nouns = forks(element, Role.STOP, SCHEMA);
        if (nouns.isEmpty()) {
            diagnostics.warn(SCHEMA, element, "<Stop> has nothing to stop; skipped");
            return Optional.empty();
        }
        return Optional.of(new Stop(nouns));
    }

    Optional<Connect> connect(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        var action = a.text("action");
        var method = a.method("method", SCHEMA);
        a.finish();
        diagnostics.rejectText(element, SCHEMA);
        Optional<ConnectNoun> noun = Optional.empty();
        for (XmlNode.Element child : element.elements()) {
            if (UNSUPPORTED_CONNECT_NOUNS.contains(child.name())) {
                diagnostics.warn(SCHEMA, child, child.tag() + " is not supported by Switchboard; skipped");
            } else if (!child.name().equals("Stream")) {
                diagnostics.warn(SCHEMA, child, child.tag() + " is not allowed inside <Connect>; skipped");
            } else if (noun.isPresent()) {
                diagnostics.warn(SCHEMA, child, "<Connect> takes one noun; this extra " + child.tag() + " is skipped");
            } else {
                noun = stream(child, Role.CONNECT).map(ConnectNoun.class::cast);
            }
        }
        if (noun.isEmpty()) {
            diagnostics.warn(SCHEMA, element, "<Connect> has nothing to connect to; skipped");
            return Optional.empty();
        }
        return Optional.of(new Connect(action, method, noun.get()));
    }

    private List<StartNoun> forks(XmlNode.Element verb, Role role, TwilioError invalidNounCode) {
        diagnostics.rejectText(verb, SCHEMA);
        List<StartNoun> nouns = new ArrayList<>();
        for (XmlNode.Element child : verb.elements()) {
            if (child.name().equals("Stream")) {
                stream(child, role).ifPresent(nouns::add);
            } else if (UNSUPPORTED_FORKS.contains(child.name())) {
                diagnostics.warn(SCHEMA, child, child.tag() + " is not supported by Switchboard; skipped");
            } else {
                diagnostics.warn(invalidNounCode, child, child.tag() + " is not allowed inside " + verb.tag() + "; skipped");
            }
        }
        return nouns;
    }

    private Optional<Stream> stream(XmlNode.Element element, Role role) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        var url = a.text("url").map(String::trim);
        var name = a.text("name");
        var connectorName = a.text("connectorName");
        var track = a.enumValue("track", Stream.Track.class, Stream.Track.INBOUND_TRACK, SCHEMA);
        var statusCallback = a.text("statusCallback");
        var statusCallbackMethod = a.method("statusCallbackMethod", SCHEMA);
        a.finish();
        diagnostics.rejectText(element, SCHEMA);
        List<Parameter> params = new ArrayList<>();
        for (XmlNode.Element child : element.elements()) {
            if (child.name().equals("Parameter")) {
                parameters.parse(child).ifPresent(params::add);
            } else {
                diagnostics.warn(SCHEMA, child, child.tag() + " is not allowed inside <Stream> (only <Parameter>); skipped");
            }
        }
        if (role == Role.STOP && name.isEmpty()) {
            diagnostics.warn(SCHEMA, element, "<Stop><Stream> needs the name of the stream to stop; skipped");
            return Optional.empty();
        }
        if (role != Role.STOP && url.isEmpty() && connectorName.isEmpty()) {
            diagnostics.warn(SCHEMA, element, "<Stream> needs a url (or connectorName); skipped");
            return Optional.empty();
        }
        return Optional.of(new Stream(url, name, connectorName, track, statusCallback, statusCallbackMethod, params));
    }
}
