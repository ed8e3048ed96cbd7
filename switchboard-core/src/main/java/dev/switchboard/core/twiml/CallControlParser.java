package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the verbs that steer or end the call: {@code <Redirect>}, {@code <Hangup>}, {@code <Reject>}, {@code <Leave>}, {@code <Echo>}. */
final class CallControlParser {
    private final Diagnostics diagnostics;
    private final ParameterParser parameters;

    CallControlParser(Diagnostics diagnostics, ParameterParser parameters) {
        this.diagnostics = diagnostics;
        this.parameters = parameters;
    }

    Optional<Redirect> redirect(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        HttpMethod method = a.method("method", TwilioError.REDIRECT_INVALID_METHOD);
        a.finish();
        String url = diagnostics.textOnly(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        if (url.isEmpty()) {
            diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element, "<Redirect> needs a URL; skipped");
            return Optional.empty();
        }
        return Optional.of(new Redirect(url, method));
    }

    Hangup hangup(XmlNode.Element element) {
        new AttributeReader(element, diagnostics).finish();
        return new Hangup(parameters(element));
    }

    Reject reject(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        Reject.Reason reason = a.enumValue("reason", Reject.Reason.class, Reject.Reason.REJECTED,
                TwilioError.REJECT_INVALID_REASON);
        a.finish();
        return new Reject(reason, parameters(element));
    }

    Leave leave(XmlNode.Element element) {
        new AttributeReader(element, diagnostics).finish();
        diagnostics.rejectContent(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        return new Leave();
    }

    Echo echo(XmlNode.Element element) {
        new AttributeReader(element, diagnostics).finish();
        diagnostics.rejectContent(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        return new Echo();
    }

    /** {@code <Parameter>} children of {@code <Hangup>}/{@code <Reject>}; anything else is skipped. */
    private List<Parameter> parameters(XmlNode.Element element) {
        diagnostics.rejectText(element, TwilioError.SCHEMA_VALIDATION_WARNING);
        List<Parameter> result = new ArrayList<>();
        for (XmlNode.Element child : element.elements()) {
            if (child.name().equals("Parameter")) {
                parameters.parse(child).ifPresent(result::add);
            } else {
                diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, child,
                        child.tag() + " is not allowed inside " + element.tag() + " (only <Parameter>); skipped");
            }
        }
        return result;
    }
}
