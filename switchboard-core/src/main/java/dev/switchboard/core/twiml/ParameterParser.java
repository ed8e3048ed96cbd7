package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.Optional;

/** Reads {@code <Parameter name value/>}: both kept exactly as written; a nameless one is skipped. */
final class ParameterParser {
    private final Diagnostics diagnostics;

    ParameterParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Parameter> parse(XmlNode.Element element) {
        AttributeReader attributes = new AttributeReader(element, diagnostics);
        Optional<String> name = attributes.raw("name");
        String value = attributes.raw("value").orElse("");
        attributes.finish();
        diagnostics.rejectContent(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        if (name.isEmpty() || name.get().isBlank()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element,
                    "<Parameter> needs a non-empty name; skipped");
            return Optional.empty();
        }
        return Optional.of(new Parameter(name.get(), value));
    }
}
