package dev.switchboard.core.context;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.text.Utf8;
import dev.switchboard.core.twiml.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * One immutable, ordered set of custom parameters as it arrived: from {@code <Parameter>} nouns,
 * from the query of a {@code client:}/{@code sip:} address or an SDK {@code Params} string, or
 * from a map ({@code device.connect({params})}, a token's {@code outgoing.params}).
 *
 * <p>Every pair is kept exactly, in order, duplicates included, so that {@link #check()} can judge
 * what was sent. What is <em>delivered</em> is {@link #resolved()}: one value per name, the last
 * one given, at the position of the first, which is what the Voice SDK's own decoding (a
 * JavaScript object built from {@code Params}) makes of a repeated name. Every delivery path
 * ({@link ContextParams}, {@link InviteParams}) uses {@code resolved()}, so all agree.
 *
 * <p>Names and values may hold any Unicode, XML-special characters ({@code < > & " '}) and URL
 * delimiters ({@code & = ? # %}); they are kept verbatim and escaped only on the wire. Pure and
 * non-blocking.
 */
public final class CustomParameters {
    private static final CustomParameters NONE = new CustomParameters(List.of(), List.of());

    private final List<Parameter> entries;
    private final List<String> decodingProblems;

    private CustomParameters(List<Parameter> entries, List<String> decodingProblems) {
        this.entries = List.copyOf(entries);
        this.decodingProblems = List.copyOf(decodingProblems);
    }

    public static CustomParameters none() {
        return NONE;
    }

    /** From {@code <Parameter>} nouns, in document order. */
    public static CustomParameters of(List<Parameter> parameters) {
        return parameters.isEmpty() ? NONE : new CustomParameters(parameters, List.of());
    }

    /** From alternating names and values: {@code of("customerId", "42", "lang", "fr")}. */
    public static CustomParameters of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name/value pairs, got an odd count: " + namesAndValues.length);
        }
        List<Parameter> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Parameter(namesAndValues[i], namesAndValues[i + 1]));
        }
        return of(list);
    }

    /** From a map, in its iteration order (pass a {@link SequencedMap} to keep the caller's order). */
    public static CustomParameters fromMap(Map<String, String> map) {
        List<Parameter> list = new ArrayList<>(map.size());
        map.forEach((name, value) -> list.add(new Parameter(
                Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"))));
        return of(list);
    }

    /**
     * From a query string ({@code k1=v1&k2=v2}; a leading {@code ?} is ignored). Pairs split on
     * {@code &}, each on its <em>first</em> {@code =}; {@code +} is a space and {@code %XX} runs are
     * UTF-8, in names and values alike. An empty segment ({@code a=1&&b=2}) is no parameter; a
     * segment without {@code =} is a name with an empty value; {@code =v} is a parameter with an
     * empty name, which {@link #check()} refuses. A malformed escape or non-UTF-8 escapes are kept
     * as written and refused by {@code check()} with 31100: never guessed at.
     */
    public static CustomParameters fromQuery(String query) {
        String text = query.startsWith("?") ? query.substring(1) : query;
        if (text.isEmpty()) {
            return NONE;
        }
        List<Parameter> list = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                String segment = text.substring(start, end);
                int eq = segment.indexOf('=');
                String rawName = eq < 0 ? segment : segment.substring(0, eq);
                String rawValue = eq < 0 ? "" : segment.substring(eq + 1);
                String name = UriComponent.decodeLenient(rawName, "name '" + rawName + "'", problems);
                String value = UriComponent.decodeLenient(rawValue, "value of '" + name + "'", problems);
                list.add(new Parameter(name, value));
            }
            start = end + 1;
        }
        return new CustomParameters(list, problems);
    }

    /** Every pair as given, in order, duplicates included. */
    public List<Parameter> entries() {
        return entries;
    }

    /** What is delivered: one value per name, the last given, at the first name's position. */
    public SequencedMap<String, String> resolved() {
        SequencedMap<String, String> map = new LinkedHashMap<>();
        for (Parameter p : entries) {
            map.put(p.name(), p.value());
        }
        return Collections.unmodifiableSequencedMap(map);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** UTF-8 bytes of every name and value as given: the unit of Twilio's 800-byte guideline. */
    public int totalBytes() {
        int total = 0;
        for (Parameter p : entries) {
            total += Utf8.length(p.name()) + Utf8.length(p.value());
        }
        return total;
    }

    /** {@link #check(ParameterLimits)} with {@link ParameterLimits#DEFAULT}. */
    public ParameterCheck check() {
        return check(ParameterLimits.DEFAULT);
    }

    /**
     * Judges the set against {@code limits}; see docs/custom-parameters.md for the table.
     * Errors: an empty name, text that is not well-formed Unicode or was not decodable (31100); a
     * name, value, count or total over a hard limit (31103). Warnings: a repeated name (12200,
     * last value delivered), a total over the guideline (13253, delivered in full).
     */
    public ParameterCheck check(ParameterLimits limits) {
        List<ParameterProblem> errors = new ArrayList<>();
        List<ParameterProblem> warnings = new ArrayList<>();
        for (String problem : decodingProblems) {
            errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETER_MALFORMED, "custom parameter " + problem));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        int index = 0;
        for (Parameter p : entries) {
            index++;
            String label = p.name().isEmpty() ? "parameter #" + index : "'" + p.name() + "'";
            if (p.name().isEmpty()) {
                errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETER_MALFORMED,
                        "custom parameter #" + index + " has an empty name"));
            }
            if (hasUnpairedSurrogate(p.name()) || hasUnpairedSurrogate(p.value())) {
                errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETER_MALFORMED,
                        "custom parameter " + label + " is not well-formed Unicode (unpaired surrogate)"));
            }
            int nameBytes = Utf8.length(p.name());
            if (nameBytes > limits.maxNameBytes()) {
                errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETERS_TOO_LONG,
                        "name " + label + " is " + nameBytes + " bytes, limit " + limits.maxNameBytes()));
            }
            int valueBytes = Utf8.length(p.value());
            if (valueBytes > limits.maxValueBytes()) {
                errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETERS_TOO_LONG,
                        "value of " + label + " is " + valueBytes + " bytes, limit " + limits.maxValueBytes()));
            }
            Integer first = seen.putIfAbsent(p.name(), index);
            if (first != null && !p.name().isEmpty()) {
                warnings.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETER_WARNING,
                        "custom parameter " + label + " is given more than once (#" + first + " and #" + index
                                + "); the last value is delivered"));
            }
        }
        if (entries.size() > limits.maxCount()) {
            errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETERS_TOO_LONG,
                    entries.size() + " custom parameters, limit " + limits.maxCount()));
        }
        int total = totalBytes();
        if (total > limits.maxTotalBytes()) {
            errors.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETERS_TOO_LONG,
                    "custom parameters total " + total + " bytes, limit " + limits.maxTotalBytes()));
        } else if (total > limits.guidelineTotalBytes()) {
            warnings.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETERS_OVER_GUIDELINE,
                    "custom parameters total " + total + " bytes (names and values, UTF-8), over the "
                            + limits.guidelineTotalBytes() + "-byte guideline; delivered in full"));
        }
        return new ParameterCheck(errors, warnings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomParameters other && entries.equals(other.entries)
                && decodingProblems.equals(other.decodingProblems);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "CustomParameters" + entries;
    }

    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
