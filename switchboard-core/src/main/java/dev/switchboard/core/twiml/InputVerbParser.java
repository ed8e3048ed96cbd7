package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the verbs that listen to the caller: {@code <Gather>} (with its prompts) and {@code <Record>}. */
final class InputVerbParser {
    private static final String DTMF_KEYS = "0123456789*#";

    private final Diagnostics diagnostics;
    private final MediaVerbParser media;

    InputVerbParser(Diagnostics diagnostics, MediaVerbParser media) {
        this.diagnostics = diagnostics;
        this.media = media;
    }

    Gather gather(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Set<Gather.Input> input = a.enumSet("input", Gather.Input.class, Set.of(Gather.Input.DTMF),
                TwilioError.GATHER_INVALID_INPUT);
        Optional<String> action = a.text("action");
        HttpMethod method = a.method("method", TwilioError.GATHER_INVALID_METHOD);
        Duration timeout = a.seconds("timeout", Gather.DEFAULT_TIMEOUT, 1, Integer.MAX_VALUE,
                TwilioError.GATHER_INVALID_TIMEOUT);
        SpeechTimeout speechTimeout = speechTimeout(a, timeout);
        Duration maxSpeechTime = a.seconds("maxSpeechTime", Gather.DEFAULT_MAX_SPEECH_TIME, 1, Integer.MAX_VALUE,
                TwilioError.GATHER_INVALID_MAX_SPEECH_TIME);
        boolean profanityFilter = a.bool("profanityFilter", true, TwilioError.GATHER_INVALID_PROFANITY_FILTER);
        String finishOnKey = keys(a, "finishOnKey", Gather.DEFAULT_FINISH_ON_KEY, 1,
                TwilioError.GATHER_INVALID_FINISH_ON_KEY);
        OptionalInt numDigits = a.optionalInteger("numDigits", 1, Integer.MAX_VALUE, TwilioError.GATHER_INVALID_NUM_DIGITS);
        Optional<String> partialResultCallback = a.text("partialResultCallback");
        HttpMethod partialResultCallbackMethod = a.method("partialResultCallbackMethod",
                TwilioError.GATHER_INVALID_PARTIAL_RESULT_CALLBACK_METHOD);
        String language = MediaVerbParser.language(a, TwilioError.GATHER_INVALID_LANGUAGE, Gather.DEFAULT_LANGUAGE);
        Optional<String> hints = a.text("hints");
        boolean bargeIn = a.bool("bargeIn", true, TwilioError.GATHER_INVALID_BARGE_IN);
        boolean debug = a.bool("debug", false, TwilioError.SCHEMA_VALIDATION_WARNING);
        boolean actionOnEmptyResult = a.bool("actionOnEmptyResult", false,
                TwilioError.GATHER_INVALID_ACTION_ON_EMPTY_RESULT);
        Optional<String> speechModel = a.text("speechModel").map(String::trim);
        boolean enhanced = a.bool("enhanced", false, TwilioError.SCHEMA_VALIDATION_WARNING);
        a.finish();
        return new Gather(input, action, method, timeout, speechTimeout, maxSpeechTime, profanityFilter,
                finishOnKey, numDigits, partialResultCallback, partialResultCallbackMethod, language, hints,
                bargeIn, debug, actionOnEmptyResult, speechModel, enhanced, prompts(element));
    }

    Record record(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Record record = new Record(
                a.text("action"),
                a.method("method", TwilioError.RECORD_INVALID_METHOD),
                a.seconds("timeout", Record.DEFAULT_TIMEOUT, 0, Integer.MAX_VALUE, TwilioError.RECORD_INVALID_TIMEOUT),
                keys(a, "finishOnKey", Record.DEFAULT_FINISH_ON_KEY, DTMF_KEYS.length(),
                        TwilioError.RECORD_INVALID_FINISH_ON_KEY),
                a.seconds("maxLength", Record.DEFAULT_MAX_LENGTH, 1, Integer.MAX_VALUE,
                        TwilioError.RECORD_INVALID_MAX_LENGTH),
                a.bool("playBeep", true, TwilioError.RECORD_INVALID_PLAY_BEEP),
                a.enumValue("trim", Trim.class, Trim.TRIM_SILENCE, TwilioError.RECORD_INVALID_TRIM),
                a.text("recordingStatusCallback"),
                a.method("recordingStatusCallbackMethod", TwilioError.SCHEMA_VALIDATION_WARNING),
                a.enumSet("recordingStatusCallbackEvent", RecordingEvent.class, Set.of(RecordingEvent.COMPLETED),
                        TwilioError.INVALID_RECORDING_STATUS_CALLBACK_EVENT),
                a.bool("transcribe", false, TwilioError.RECORD_INVALID_TRANSCRIBE),
                a.text("transcribeCallback"));
        a.finish();
        diagnostics.rejectContent(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        return record;
    }

    private List<GatherPrompt> prompts(XmlNode.Element gather) {
        diagnostics.rejectText(gather, TwilioError.SCHEMA_VALIDATION_WARNING);
        List<GatherPrompt> prompts = new ArrayList<>();
        for (XmlNode.Element child : gather.elements()) {
            switch (child.name()) {
                case "Say" -> prompts.add(media.say(child, true));
                case "Play" -> media.play(child).ifPresent(prompts::add);
                case "Pause" -> prompts.add(media.pause(child));
                default -> diagnostics.warn(TwilioError.GATHER_INVALID_NESTED_VERB, child,
                        child.tag() + " is not allowed inside <Gather> (only <Say>, <Play>, <Pause>); skipped");
            }
        }
        return prompts;
    }

    /** {@code auto}, or whole seconds; absent means "same as timeout" (Twilio's default). */
    private static SpeechTimeout speechTimeout(AttributeReader a, Duration timeout) {
        SpeechTimeout fallback = new SpeechTimeout.After(timeout);
        Optional<String> value = a.raw("speechTimeout").map(String::trim);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().equalsIgnoreCase("auto")) {
            return new SpeechTimeout.Auto();
        }
        try {
            int seconds = Integer.parseInt(value.get());
            if (seconds >= 1) {
                return new SpeechTimeout.After(Duration.ofSeconds(seconds));
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        a.invalid("speechTimeout", value.get(), "auto or an integer of at least 1",
                TwilioError.GATHER_INVALID_SPEECH_TIMEOUT, "the timeout (" + timeout.toSeconds() + ")");
        return fallback;
    }

    /**
     * A set of DTMF keys of at most {@code maxKeys} characters; the empty string is valid
     * ("no key finishes"). Not trimmed: a space is not a key.
     */
    private static String keys(AttributeReader a, String name, String defaultValue, int maxKeys, TwilioError code) {
        Optional<String> value = a.raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String keys = value.get();
        boolean valid = keys.length() <= maxKeys && keys.chars().allMatch(c -> DTMF_KEYS.indexOf(c) >= 0);
        if (!valid) {
            a.invalid(name, keys, maxKeys == 1 ? "one of 0-9, *, # or empty" : "keys from 0-9, *, #",
                    code, "'" + defaultValue + "'");
            return defaultValue;
        }
        return keys;
    }
}
