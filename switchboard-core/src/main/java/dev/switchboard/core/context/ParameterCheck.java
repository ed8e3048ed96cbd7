package dev.switchboard.core.context;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one set of custom parameters. Errors mean refuse: the REST request answers 400,
 * the {@code <Dial>} leg is not placed. Warnings mean deliver every byte and record a warning
 * notification on the call. Never both "accept" and "shorten": nothing is truncated.
 *
 * @param errors   hard-limit and malformed-input problems, in the order found
 * @param warnings guideline and duplicate-name problems, in the order found
 */
public record ParameterCheck(List<ParameterProblem> errors, List<ParameterProblem> warnings) {
    public ParameterCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** True when there is no error (warnings allowed). */
    public boolean accepted() {
        return errors.isEmpty();
    }

    /** The first error, the one to answer with. */
    public Optional<ParameterProblem> firstError() {
        return errors.stream().findFirst();
    }

    /** Throws the first error as a {@link dev.switchboard.core.error.TwilioException}; returns this otherwise. */
    public ParameterCheck orThrow() {
        if (!errors.isEmpty()) {
            throw errors.getFirst().toException();
        }
        return this;
    }
}
