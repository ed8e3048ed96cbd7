package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.TwimlDocument;
import java.util.Objects;

/** What a {@link DocumentSource} answers: a parsed document, or a final failure. */
public sealed interface Fetched {

    /** A parsed document and the URL it came from (relative URLs in it resolve against {@code url}). */
    record Document(TwimlDocument doc, String url) implements Fetched {
        public Document {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(url, "url");
        }
    }

    /** No usable document even after the fallback URL: the Twilio error code (11200, 12100 …) and why. */
    record Failed(int twilioCode, String reason) implements Fetched {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
