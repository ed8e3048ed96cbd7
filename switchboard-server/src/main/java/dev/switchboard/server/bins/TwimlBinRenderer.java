package dev.switchboard.server.bins;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.switchboard.core.webhook.FormParams;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a TwiML Bin's Mustache template with a request's parameters (spec §11), using jmustache.
 *
 * <ul>
 *   <li>Context: every query parameter and every form parameter by name (form wins over query for
 *       the same name). {@code {{Name}}} is the name's first value. A name sent more than once, or
 *       ending in {@code []} (Twilio's array form {@code Dest[]=a&Dest[]=b}, reachable as
 *       {@code Dest}), is also a list: {@code {{#Dest}}<Number>{{.}}</Number>{{/Dest}}}
 *       iterates it.
 *   <li>{@code {{x}}} is XML-escaped ({@code & < > " '}); {@code {{{x}}}} and {@code {{& x}}} are raw.
 *   <li>A missing variable renders empty; a missing or empty one is false in {@code {{#x}}} and true
 *       in {@code {{^x}}}.
 *   <li>{@code {{#e164}}…{{/e164}}} replaces its rendered inner text by the E.164 number it names,
 *       or by nothing ({@link E164}). It shadows any parameter named {@code e164}.
 * </ul>
 * Thread-safe; never blocks.
 */
public final class TwimlBinRenderer {
    /** The lambda's name in templates. */
    public static final String E164_HELPER = "e164";

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(TwimlBinRenderer::escapeXml)
            .defaultValue("")
            .emptyStringIsFalse(true);
    private static final Mustache.Lambda E164_LAMBDA =
            (fragment, out) -> out.write(E164.normalise(fragment.execute()).orElse(""));

    private TwimlBinRenderer() {}

    /** Thrown when a template is not valid Mustache; the message says what and where. */
    public static final class InvalidTemplateException extends RuntimeException {
        InvalidTemplateException(String message, Throwable cause) { super(message, cause); }
    }

    /** Compiles {@code template}, or throws {@link InvalidTemplateException} (unclosed section, bad tag…). */
    public static Template compile(String template) {
        try {
            return COMPILER.compile(template);
        } catch (MustacheException e) {
            throw new InvalidTemplateException(e.getMessage(), e);
        }
    }

    /** Renders {@code template} with the request's query and form parameters. */
    public static String render(String template, FormParams query, FormParams form) {
        return compile(template).execute(context(query, form));
    }

    static Map<String, Object> context(FormParams query, FormParams form) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        collect(query, byName);
        Map<String, List<String>> fromForm = new LinkedHashMap<>();
        collect(form, fromForm);
        byName.putAll(fromForm);
        Map<String, Object> context = new HashMap<>();
        byName.forEach((name, values) -> {
            boolean array = name.endsWith("[]") && name.length() > 2;
            Object value = array || values.size() > 1 ? new Values(values) : values.get(0);
            context.put(name, value);
            if (array) context.putIfAbsent(name.substring(0, name.length() - 2), value);
        });
        context.put(E164_HELPER, E164_LAMBDA);
        return context;
    }

    private static void collect(FormParams params, Map<String, List<String>> into) {
        for (var p : params.entries()) into.computeIfAbsent(p.name(), n -> new java.util.ArrayList<>()).add(p.value());
    }

    /** XML 1.0 escaping of the five predefined entities; jmustache's own escaper is for HTML. */
    static String escapeXml(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            String entity = switch (raw.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (entity == null) {
                if (out != null) out.append(raw.charAt(i));
                continue;
            }
            if (out == null) out = new StringBuilder(raw.length() + 16).append(raw, 0, i);
            out.append(entity);
        }
        return out == null ? raw : out.toString();
    }

    /** A repeated parameter: iterable in a section, its first value when used as a variable. */
    private static final class Values extends AbstractList<String> {
        private final List<String> values;

        Values(List<String> values) { this.values = List.copyOf(values); }

        @Override public String get(int index) { return values.get(index); }

        @Override public int size() { return values.size(); }

        @Override public String toString() { return values.get(0); }
    }
}
