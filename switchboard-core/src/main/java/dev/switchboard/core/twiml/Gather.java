package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code <Gather>}: collect DTMF digits and/or speech while the nested prompts play.
 * See https://www.twilio.com/docs/voice/twiml/gather. Without {@code action} Twilio posts to
 * the current document's URL; the interpreter applies that, not the parser.
 *
 * @param input                       {@code input}, default {@code dtmf}
 * @param action                      {@code action}, as written (relative URLs not resolved)
 * @param method                      {@code method}, default POST
 * @param timeout                     {@code timeout} in seconds, default 5
 * @param speechTimeout               {@code speechTimeout}; default: same as {@code timeout}
 * @param maxSpeechTime               {@code maxSpeechTime} in seconds, default 60
 * @param profanityFilter             {@code profanityFilter}, default true
 * @param finishOnKey                 {@code finishOnKey}: one of {@code 0-9 * #}, default
 *                                    {@code #}; the empty string disables it
 * @param numDigits                   {@code numDigits}; empty means unlimited
 * @param partialResultCallback       {@code partialResultCallback}
 * @param partialResultCallbackMethod {@code partialResultCallbackMethod}, default POST
 * @param language                    {@code language}, default {@code en-US}
 * @param hints                       {@code hints}, as written
 * @param bargeIn                     {@code bargeIn}, default true
 * @param debug                       {@code debug}, default false
 * @param actionOnEmptyResult         {@code actionOnEmptyResult}, default false
 * @param speechModel                 {@code speechModel}, as written (the model list is open-ended)
 * @param enhanced                    {@code enhanced}, default false
 * @param prompts                     nested {@code <Say>}, {@code <Play>} and {@code <Pause>}
 */
public record Gather(
        Set<Input> input,
        Optional<String> action,
        HttpMethod method,
        Duration timeout,
        SpeechTimeout speechTimeout,
        Duration maxSpeechTime,
        boolean profanityFilter,
        String finishOnKey,
        OptionalInt numDigits,
        Optional<String> partialResultCallback,
        HttpMethod partialResultCallbackMethod,
        String language,
        Optional<String> hints,
        boolean bargeIn,
        boolean debug,
        boolean actionOnEmptyResult,
        Optional<String> speechModel,
        boolean enhanced,
        List<GatherPrompt> prompts) implements Verb {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_MAX_SPEECH_TIME = Duration.ofSeconds(60);
    public static final String DEFAULT_FINISH_ON_KEY = "#";
    public static final String DEFAULT_LANGUAGE = "en-US";

    /** A value of {@code input}. */
    public enum Input implements TwimlEnum {
        DTMF("dtmf"),
        SPEECH("speech");

        private final String wireValue;

        Input(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    public Gather {
        input = Set.copyOf(input);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(speechTimeout, "speechTimeout");
        Objects.requireNonNull(maxSpeechTime, "maxSpeechTime");
        Objects.requireNonNull(finishOnKey, "finishOnKey");
        Objects.requireNonNull(numDigits, "numDigits");
        Objects.requireNonNull(partialResultCallback, "partialResultCallback");
        Objects.requireNonNull(partialResultCallbackMethod, "partialResultCallbackMethod");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(speechModel, "speechModel");
        prompts = List.copyOf(prompts);
    }
}
