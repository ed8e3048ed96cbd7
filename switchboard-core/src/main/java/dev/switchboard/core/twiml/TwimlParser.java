package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;

/**
 * Parses a TwiML voice document into typed, immutable {@link Verb} records.
 *
 * <p>Fatal problems throw {@link TwimlParseException}: a body over 64 KB (11750), XML that is not
 * well-formed, whitespace before the XML declaration, an empty body or a DOCTYPE (12100), and a
 * root other than {@code <Response>} (12102). Everything else is a {@link TwimlWarning} in the
 * returned document: unknown verbs, nouns and attributes are skipped, invalid attribute values
 * fall back to Twilio's default, and a verb that cannot run (a {@code <Dial>} with nothing to
 * dial, a {@code <Redirect>} without a URL …) is skipped. {@code docs/twiml-support-matrix.md}
 * lists every case and its code.
 *
 * <p>Relative URLs are kept as written; the interpreter resolves them against the document's URL.
 * Pure CPU work: never blocks, thread-safe, safe against XXE and entity expansion.
 */
public final class TwimlParser {
    /** Largest accepted document, in UTF-8 bytes (Twilio error 11750 above it). */
    public static final int MAX_DOCUMENT_BYTES = XmlTreeReader.MAX_DOCUMENT_BYTES;

    private TwimlParser() {
    }

    /**
     * Parses {@code xml}, the body of a TwiML response as text.
     *
     * @throws TwimlParseException if the whole document must be refused
     */
    public static TwimlDocument parse(String xml) {
        Objects.requireNonNull(xml, "xml");
        XmlNode.Element response = XmlTreeReader.read(xml);
        Diagnostics diagnostics = new Diagnostics();
        List<Verb> verbs = new VerbParser(diagnostics).parseResponse(response);
        return new TwimlDocument(verbs, diagnostics.warnings());
    }
}
