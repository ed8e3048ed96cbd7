package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code <Dial>}: its attributes, its nouns (via {@link DialNounParser}) and Twilio's
 * combination rules. {@code <Number>}, {@code <Client>} and {@code <Sip>} may ring together (up to ten,
 * as Twilio's current {@code <Sip>} page has it; older pages allowed one {@code <Sip>} alone);
 * {@code <Conference>}, {@code <Queue>} and {@code <Application>} stand alone. A
 * noun that breaks the rule is skipped with 13215 (13000 for Conference mixed with Number); the
 * first noun in document order decides.
 */
final class DialParser {
    private static final Set<String> NOUNS = Set.of("Number", "Client", "Sip", "Conference", "Queue", "Application");
    private static final Set<String> UNSUPPORTED_NOUNS = Set.of("Sim", "WhatsApp");

    private final Diagnostics diagnostics;
    private final DialNounParser nouns;

    DialParser(Diagnostics diagnostics, DialNounParser nouns) {
        this.diagnostics = diagnostics;
        this.nouns = nouns;
    }

    Optional<Dial> dial(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        var action = a.text("action");
        var method = a.method("method", TwilioError.DIAL_INVALID_METHOD);
        var timeout = a.seconds("timeout", Dial.DEFAULT_TIMEOUT, 5, 600, TwilioError.DIAL_INVALID_TIMEOUT);
        var timeLimit = a.seconds("timeLimit", Dial.DEFAULT_TIME_LIMIT, 1, 86_400, TwilioError.DIAL_INVALID_TIME_LIMIT);
        var callerId = a.text("callerId").map(String::trim);
        var callReason = a.text("callReason");
        var answerOnBridge = a.bool("answerOnBridge", false, TwilioError.DIAL_INVALID_ANSWER_ON_BRIDGE);
        var hangupOnStar = a.bool("hangupOnStar", false, TwilioError.DIAL_INVALID_HANGUP_ON_STAR);
        var record = recordMode(a);
        var trim = a.enumValue("trim", Trim.class, Trim.DO_NOT_TRIM, TwilioError.SCHEMA_VALIDATION_WARNING);
        var recordingStatusCallback = a.text("recordingStatusCallback");
        var recordingStatusCallbackMethod = a.method("recordingStatusCallbackMethod",
                TwilioError.SCHEMA_VALIDATION_WARNING);
        var recordingStatusCallbackEvent = a.enumSet("recordingStatusCallbackEvent", RecordingEvent.class,
                Set.of(RecordingEvent.COMPLETED), TwilioError.INVALID_RECORDING_STATUS_CALLBACK_EVENT);
        var recordingTrack = a.enumValue("recordingTrack", Dial.RecordingTrack.class, Dial.RecordingTrack.BOTH,
                TwilioError.SCHEMA_VALIDATION_WARNING);
        var recordingConfigurationId = a.text("recordingConfigurationId");
        var ringTone = a.optionalEnum("ringTone", Dial.RingTone.class, TwilioError.DIAL_INVALID_RING_TONE);
        var referUrl = a.text("referUrl");
        var referMethod = a.method("referMethod", TwilioError.SCHEMA_VALIDATION_WARNING);
        var sequential = a.bool("sequential", false, TwilioError.DIAL_INVALID_SEQUENTIAL);
        var events = a.enumSet("events", Dial.Event.class, Set.of(), TwilioError.SCHEMA_VALIDATION_WARNING);
        a.finish();

        List<DialNoun> targets = targets(element);
        if (targets.isEmpty()) {
            diagnostics.warn(TwilioError.DIAL_INVALID_NESTED_ELEMENT, element, "<Dial> has nothing to dial; skipped");
            return Optional.empty();
        }
        return Optional.of(new Dial(targets, action, method, timeout, timeLimit, callerId, callReason,
                answerOnBridge, hangupOnStar, record, trim, recordingStatusCallback, recordingStatusCallbackMethod,
                recordingStatusCallbackEvent, recordingTrack, recordingConfigurationId, ringTone, referUrl,
                referMethod, sequential, events));
    }

    /** {@code record}: the five modes, plus the legacy {@code true}/{@code false}. */
    private static Dial.RecordMode recordMode(AttributeReader a) {
        Optional<String> value = a.raw("record").map(String::trim);
        if (value.isEmpty()) {
            return Dial.RecordMode.DO_NOT_RECORD;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return Dial.RecordMode.RECORD_FROM_ANSWER;
        }
        if (value.get().equalsIgnoreCase("false")) {
            return Dial.RecordMode.DO_NOT_RECORD;
        }
        Optional<Dial.RecordMode> mode = AttributeReader.match(Dial.RecordMode.class, value.get());
        if (mode.isEmpty()) {
            a.invalid("record", value.get(), "true, false or one of "
                    + AttributeReader.wireValues(Dial.RecordMode.class), TwilioError.DIAL_INVALID_RECORD,
                    Dial.RecordMode.DO_NOT_RECORD.wireValue());
        }
        return mode.orElse(Dial.RecordMode.DO_NOT_RECORD);
    }

    private List<DialNoun> targets(XmlNode.Element dial) {
        List<DialNoun> kept = new ArrayList<>();
        int nounElements = 0;
        for (XmlNode.Element child : dial.elements()) {
            if (NOUNS.contains(child.name())) {
                nounElements++;
                nouns.parse(child).ifPresent(noun -> keepIfCompatible(kept, noun, child));
            } else if (UNSUPPORTED_NOUNS.contains(child.name())) {
                diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                        child.tag() + " is not supported by Switchboard; skipped");
            } else {
                diagnostics.warn(TwilioError.DIAL_INVALID_NESTED_ELEMENT, child,
                        child.tag() + " is not allowed inside <Dial>; skipped");
            }
        }
        String text = dial.directText().trim();
        if (!text.isEmpty()) {
            if (nounElements == 0) {
                kept.add(DialNumber.of(text));
            } else {
                diagnostics.warn(TwilioError.DIAL_INVALID_NESTED_ELEMENT, dial,
                        "<Dial> mixes a plain-text number with nouns; the text '" + text + "' is ignored");
            }
        }
        return kept;
    }

    private void keepIfCompatible(List<DialNoun> kept, DialNoun noun, XmlNode.Element element) {
        if (kept.isEmpty()) {
            kept.add(noun);
            return;
        }
        DialNoun first = kept.getFirst();
        if (!(ringsInParallel(first) && ringsInParallel(noun))) {
            boolean conferenceWithNumber = first instanceof DialConference && noun instanceof DialNumber
                    || first instanceof DialNumber && noun instanceof DialConference;
            diagnostics.warn(conferenceWithNumber ? TwilioError.CONFERENCE_MIXED_WITH_NUMBER
                            : TwilioError.DIAL_INVALID_NESTED_ELEMENT, element,
                    element.tag() + " cannot be combined with <" + nounName(first) + "> in one <Dial>; skipped");
            return;
        }
        if (kept.size() == Dial.MAX_PARALLEL_NOUNS) {
            diagnostics.warn(TwilioError.DIAL_INVALID_NESTED_ELEMENT, element,
                    "a <Dial> rings at most " + Dial.MAX_PARALLEL_NOUNS + " numbers, clients and SIP addresses; skipped");
            return;
        }
        kept.add(noun);
    }

    private static boolean ringsInParallel(DialNoun noun) {
        return noun instanceof DialNumber || noun instanceof DialClient || noun instanceof DialSip;
    }

    private static String nounName(DialNoun noun) {
        return switch (noun) {
            case DialNumber n -> "Number";
            case DialClient c -> "Client";
            case DialSip s -> "Sip";
            case DialConference c -> "Conference";
            case DialQueue q -> "Queue";
            case DialApplication app -> "Application";
        };
    }
}
