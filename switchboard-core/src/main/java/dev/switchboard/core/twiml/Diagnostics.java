package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one parse, each pinned to an element's start tag. Not thread-safe; one per parse. */
final class Diagnostics {
    private final List<TwimlWarning> warnings = new ArrayList<>();

    void warn(TwilioError error, XmlNode.Element at, String detail) {
        warnings.add(new TwimlWarning(error, at.line(), at.column(), detail));
    }

    /** Warns about every child element and every non-blank text of {@code element}; they are ignored. */
    void rejectContent(XmlNode.Element element, TwilioError error) {
        for (XmlNode child : element.children()) {
            switch (child) {
                case XmlNode.Element nested -> warn(error, nested,
                        nested.tag() + " is not allowed inside " + element.tag() + "; skipped");
                case XmlNode.Text text when !text.isBlank() -> warn(error, element,
                        element.tag() + " takes no text; ignored");
                case XmlNode.Text text -> { }
            }
        }
    }

    /** The element's own text, trimmed; child elements are warned about and ignored. */
    String textOnly(XmlNode.Element element, TwilioError error) {
        for (XmlNode.Element nested : element.elements()) {
            warn(error, nested, nested.tag() + " is not allowed inside " + element.tag() + "; skipped");
        }
        return element.directText().trim();
    }

    /** Warns about non-blank text directly inside a container element; it is ignored. */
    void rejectText(XmlNode.Element element, TwilioError error) {
        if (!element.directText().isBlank()) {
            warn(error, element, element.tag() + " takes no text; ignored");
        }
    }

    List<TwimlWarning> warnings() { return List.copyOf(warnings); }
}
