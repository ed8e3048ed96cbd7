package dev.switchboard.core.twiml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shorthands for parser tests: wrap a body in {@code <Response>}, load fixtures, catch refusals. */
final class TwimlTestSupport {
    private TwimlTestSupport() {
    }

    /** Parses {@code <Response>body</Response>}. */
    static TwimlDocument parseBody(String body) {
        return TwimlParser.parse("<Response>" + body + "</Response>");
    }

    /** The only verb of {@code <Response>body</Response>}, which must parse without warnings. */
    static <T extends Verb> T single(Class<T> type, String body) {
        TwimlDocument document = parseBody(body);
        assertThat(document.warnings()).as("warnings").isEmpty();
        assertThat(document.verbs()).hasSize(1);
        return type.cast(document.verbs().getFirst());
    }

    /** The only verb of {@code <Response>body</Response>}, warnings allowed. */
    static <T extends Verb> T singleWithWarnings(Class<T> type, String body) {
        TwimlDocument document = parseBody(body);
        assertThat(document.verbs()).hasSize(1);
        return type.cast(document.verbs().getFirst());
    }

    /** The codes of the warnings, in document order. */
    static Integer[] warningCodes(TwimlDocument document) {
        return document.warnings().stream().map(TwimlWarning::code).toArray(Integer[]::new);
    }

    static TwimlParseException refusal(String xml) {
        TwimlParseException e = catchThrowableOfType(TwimlParseException.class, () -> TwimlParser.parse(xml));
        assertThat(e).as("expected the document to be refused").isNotNull();
        return e;
    }

    /** A regression fixture from {@code src/test/resources/twiml/}, as UTF-8 text. */
    static String fixture(String name) {
        try (InputStream in = TwimlTestSupport.class.getResourceAsStream("/twiml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture twiml/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
