package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code <Say>} body: its plain text, and when SSML elements are present, the SSML markup
 * re-serialised (escaped) so a TTS adapter can use it. Elements that are not SSML tags Twilio
 * supports are warned about (12200) and dropped with their content. Recursion is bounded by the
 * reader's depth cap.
 */
final class SsmlReader {
    /** https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml-tags */
    static final Set<String> ELEMENTS = Set.of("break", "emphasis", "lang", "p", "phoneme", "prosody",
            "s", "say-as", "sub", "w", "amazon:effect", "amazon:domain");

    record Body(String text, Optional<String> ssml) {
    }

    private final Diagnostics diagnostics;

    SsmlReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Body read(XmlNode.Element say) {
        StringBuilder text = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        boolean hasSsml = appendChildren(say, text, markup);
        String plain = text.toString().trim();
        return new Body(plain, hasSsml ? Optional.of(markup.toString().trim()) : Optional.empty());
    }

    private boolean appendChildren(XmlNode.Element parent, StringBuilder text, StringBuilder markup) {
        boolean hasSsml = false;
        for (XmlNode child : parent.children()) {
            switch (child) {
                case XmlNode.Text t -> {
                    text.append(t.text());
                    escape(t.text(), markup, false);
                }
                case XmlNode.Element e when ELEMENTS.contains(e.name()) -> {
                    hasSsml = true;
                    markup.append('<').append(e.name());
                    for (XmlNode.Attribute a : e.attributes()) {
                        markup.append(' ').append(a.name()).append("=\"");
                        escape(a.value(), markup, true);
                        markup.append('"');
                    }
                    if (e.children().isEmpty()) {
                        markup.append("/>");
                    } else {
                        markup.append('>');
                        appendChildren(e, text, markup);
                        markup.append("</").append(e.name()).append('>');
                    }
                }
                case XmlNode.Element e -> diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, e,
                        e.tag() + " is not an SSML element allowed inside " + parent.tag() + "; skipped");
            }
        }
        return hasSsml;
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
