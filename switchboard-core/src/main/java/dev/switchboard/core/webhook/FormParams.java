package dev.switchboard.core.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * An immutable, ordered multimap of form parameters: the body of a webhook POST, the query of a
 * webhook GET, or a REST request body. Insertion order is kept and a name may repeat, because
 * Twilio repeats keys for arrays ({@code StatusCallbackEvent=initiated&StatusCallbackEvent=ringing},
 * spec §0.3). Equality is by the exact sequence of pairs. "Mutators" return a new instance; use
 * {@link #builder()} to assemble many pairs without copying.
 */
public final class FormParams {
    private static final FormParams EMPTY = new FormParams(List.of());

    private final List<FormParam> entries;

    private FormParams(List<FormParam> entries) {
        this.entries = entries;
    }

    public static FormParams empty() {
        return EMPTY;
    }

    /** Pairs given as alternating names and values: {@code of("From", "+1415…", "To", "+1800…")}. */
    public static FormParams of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name/value pairs, got an odd count: " + namesAndValues.length);
        }
        Builder builder = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy with one more pair at the end. */
    public FormParams add(String name, String value) {
        return toBuilder().add(name, value).build();
    }

    /** A copy with every pair of {@code other} appended, in order. */
    public FormParams addAll(FormParams other) {
        return other.isEmpty() ? this : toBuilder().addAll(other).build();
    }

    /** The first value given for {@code name}. */
    public Optional<String> get(String name) {
        for (FormParam entry : entries) {
            if (entry.name().equals(name)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    /** Every value given for {@code name}, in order; empty when the name is absent. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (FormParam entry : entries) {
            if (entry.name().equals(name)) {
                values.add(entry.value());
            }
        }
        return List.copyOf(values);
    }

    /** Distinct names in order of first appearance. */
    public SequencedSet<String> names() {
        SequencedSet<String> names = new LinkedHashSet<>();
        for (FormParam entry : entries) {
            names.add(entry.name());
        }
        return Collections.unmodifiableSequencedSet(names);
    }

    public boolean contains(String name) {
        return get(name).isPresent();
    }

    /** Every pair, in order. */
    public List<FormParam> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormParams other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "FormParams" + entries;
    }

    /** Collects pairs in order; not thread-safe. */
    public static final class Builder {
        private final List<FormParam> entries = new ArrayList<>();

        private Builder() {}

        public Builder add(String name, String value) {
            entries.add(new FormParam(name, value));
            return this;
        }

        public Builder addAll(FormParams params) {
            entries.addAll(params.entries);
            return this;
        }

        public FormParams build() {
            return entries.isEmpty() ? EMPTY : new FormParams(List.copyOf(entries));
        }
    }
}
