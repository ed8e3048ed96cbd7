package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads one element's attributes into typed values, applying Twilio's default and warning
 * (with the given code) when a value is invalid. Integers, booleans, methods and enum values are
 * trimmed and matched case-insensitively; every other value is kept exactly as written. Call
 * {@link #finish()} last: it warns (12200) about every attribute nobody asked for.
 */
final class AttributeReader {
    private final XmlNode.Element element;
    private final Diagnostics diagnostics;
    private final Set<String> read = new HashSet<>();

    AttributeReader(XmlNode.Element element, Diagnostics diagnostics) {
        this.element = element;
        this.diagnostics = diagnostics;
    }

    /** The raw value, even when empty. */
    Optional<String> raw(String name) {
        read.add(name);
        return element.attribute(name);
    }

    /** The value as written; a blank value counts as absent (e.g. {@code action=""}). */
    Optional<String> text(String name) {
        return raw(name).filter(value -> !value.isBlank());
    }

    String text(String name, String defaultValue) {
        return text(name).orElse(defaultValue);
    }

    int integer(String name, int defaultValue, int min, int max, TwilioError code) {
        return parseInteger(name, min, max, code, String.valueOf(defaultValue)).orElse(defaultValue);
    }

    OptionalInt optionalInteger(String name, int min, int max, TwilioError code) {
        return parseInteger(name, min, max, code, "none");
    }

    Duration seconds(String name, Duration defaultValue, int min, int max, TwilioError code) {
        OptionalInt value = parseInteger(name, min, max, code, String.valueOf(defaultValue.toSeconds()));
        return value.isPresent() ? Duration.ofSeconds(value.getAsInt()) : defaultValue;
    }

    Duration millis(String name, Duration defaultValue, int min, int max, TwilioError code) {
        OptionalInt value = parseInteger(name, min, max, code, String.valueOf(defaultValue.toMillis()));
        return value.isPresent() ? Duration.ofMillis(value.getAsInt()) : defaultValue;
    }

    boolean bool(String name, boolean defaultValue, TwilioError code) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String v = value.get().trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        invalid(name, value.get(), "true or false", code, String.valueOf(defaultValue));
        return defaultValue;
    }

    HttpMethod method(String name, TwilioError code) {
        return enumValue(name, HttpMethod.class, HttpMethod.POST, code);
    }

    <E extends Enum<E> & TwimlEnum> E enumValue(String name, Class<E> type, E defaultValue, TwilioError code) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Optional<E> parsed = match(type, value.get().trim());
        if (parsed.isEmpty()) {
            invalid(name, value.get(), "one of " + wireValues(type), code, defaultValue.wireValue());
        }
        return parsed.orElse(defaultValue);
    }

    <E extends Enum<E> & TwimlEnum> Optional<E> optionalEnum(String name, Class<E> type, TwilioError code) {
        Optional<String> value = raw(name);
        if (value.isEmpty() || value.get().isBlank()) {
            return Optional.empty();
        }
        Optional<E> parsed = match(type, value.get().trim());
        if (parsed.isEmpty()) {
            invalid(name, value.get(), "one of " + wireValues(type), code, "none");
        }
        return parsed;
    }

    /**
     * A space-separated list (commas are tolerated). Unknown entries are dropped with a warning;
     * if none is valid, the default applies.
     */
    <E extends Enum<E> & TwimlEnum> Set<E> enumSet(String name, Class<E> type, Set<E> defaultValue, TwilioError code) {
        Optional<String> value = raw(name);
        if (value.isEmpty() || value.get().isBlank()) {
            return defaultValue;
        }
        Set<E> result = EnumSet.noneOf(type);
        for (String token : value.get().trim().split("[\\s,]+")) {
            Optional<E> parsed = match(type, token);
            if (parsed.isPresent()) {
                result.add(parsed.get());
            } else {
                diagnostics.warn(code, element, element.tag() + " " + name + ": '" + token
                        + "' is not one of " + wireValues(type) + "; ignored");
            }
        }
        return result.isEmpty() ? defaultValue : Set.copyOf(result);
    }

    /** Reports an invalid value for which the caller substitutes {@code usedInstead}. */
    void invalid(String name, String value, String expected, TwilioError code, String usedInstead) {
        diagnostics.warn(code, element, element.tag() + " " + name + "='" + value + "' is not "
                + expected + "; using " + usedInstead);
    }

    private OptionalInt parseInteger(String name, int min, int max, TwilioError code, String usedInstead) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int parsed = Integer.parseInt(value.get().trim());
            if (parsed >= min && parsed <= max) {
                return OptionalInt.of(parsed);
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        invalid(name, value.get(), "an integer " + range(min, max), code, usedInstead);
        return OptionalInt.empty();
    }

    /** Warns (12200) about every attribute that was not read; they are ignored. */
    void finish() {
        for (XmlNode.Attribute attribute : element.attributes()) {
            String name = attribute.name();
            if (!read.contains(name) && !name.equals("xmlns") && !name.startsWith("xmlns:")) {
                diagnostics.warn(TwilioError.SCHEMA_VALIDATION_WARNING, element,
                        "attribute '" + name + "' is not allowed on " + element.tag() + "; ignored");
            }
        }
    }

    static <E extends Enum<E> & TwimlEnum> Optional<E> match(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireValue().equalsIgnoreCase(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & TwimlEnum> String wireValues(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(constant.wireValue());
        }
        return sb.toString();
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return "of at least " + min;
        }
        return "from " + min + " to " + max;
    }
}
