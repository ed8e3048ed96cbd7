package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code <Say>}, {@code <Play>} and {@code <Pause>}, at the top level or inside
 * {@code <Gather>} (where Twilio reports a bad Say loop as 13322 instead of 13510).
 */
final class MediaVerbParser {
    /** BCP-47-ish: {@code en}, {@code en-US}, {@code cmn-Hans-CN}, {@code pa-guru-IN}. */
    static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** Play's {@code digits}: DTMF keys plus {@code w}/{@code W} pauses. */
    static final Pattern DTMF = Pattern.compile("[0-9*#wW]+");

    private final Diagnostics diagnostics;
    private final SsmlReader ssml;

    MediaVerbParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.ssml = new SsmlReader(diagnostics);
    }

    Say say(XmlNode.Element element, boolean inGather) {
        AttributeReader attributes = new AttributeReader(element, diagnostics);
        String voice = attributes.text("voice", Say.DEFAULT_VOICE).trim();
        String language = language(attributes, TwilioError.SCHEMA_VALIDATION_WARNING, Say.DEFAULT_LANGUAGE);
        int loop = attributes.integer("loop", Say.DEFAULT_LOOP, 0, Integer.MAX_VALUE,
                inGather ? TwilioError.GATHER_SAY_INVALID_LOOP : TwilioError.SAY_INVALID_LOOP);
        attributes.finish();
        SsmlReader.Body body = ssml.read(element);
        return new Say(body.text(), body.ssml(), voice, language, loop);
    }

    Optional<Play> play(XmlNode.Element element) {
        AttributeReader attributes = new AttributeReader(element, diagnostics);
        int loop = attributes.integer("loop", Play.DEFAULT_LOOP, 0, Integer.MAX_VALUE, TwilioError.PLAY_INVALID_LOOP);
        Optional<String> digits = attributes.text("digits").map(String::trim);
        if (digits.isPresent() && !DTMF.matcher(digits.get()).matches()) {
            attributes.invalid("digits", digits.get(), "DTMF (0-9, *, #, w)", TwilioError.PLAY_INVALID_DIGITS, "none");
            digits = Optional.empty();
        }
        attributes.finish();
        String url = diagnostics.textOnly(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        if (url.isEmpty() && digits.isEmpty()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element,
                    "<Play> needs a URL or digits; skipped");
            return Optional.empty();
        }
        return Optional.of(new Play(url.isEmpty() ? Optional.empty() : Optional.of(url), digits, loop));
    }

    Pause pause(XmlNode.Element element) {
        AttributeReader attributes = new AttributeReader(element, diagnostics);
        Pause pause = new Pause(attributes.seconds("length", Pause.DEFAULT_LENGTH, 1, Integer.MAX_VALUE,
                TwilioError.PAUSE_INVALID_LENGTH));
        attributes.finish();
        diagnostics.rejectContent(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        return pause;
    }

    static String language(AttributeReader attributes, TwilioError code, String defaultValue) {
        Optional<String> value = attributes.text("language").map(String::trim);
        if (value.isPresent() && !LANGUAGE.matcher(value.get()).matches()) {
            attributes.invalid("language", value.get(), "a language tag such as en-US", code, defaultValue);
            return defaultValue;
        }
        return value.orElse(defaultValue);
    }
}
