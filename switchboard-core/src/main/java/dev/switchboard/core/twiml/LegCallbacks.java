package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes every call-placing {@code <Dial>} noun shares ({@code <Number>},
 * {@code <Client>}, {@code <Sip>}, {@code <Application>}).
 *
 * @param url                  {@code url}: TwiML run on the called party after it answers and
 *                             before bridging (a "whisper"); as written
 * @param method               {@code method}, default POST
 * @param statusCallback       {@code statusCallback}
 * @param statusCallbackMethod {@code statusCallbackMethod}, default POST
 * @param statusCallbackEvent  {@code statusCallbackEvent}, default {@code completed}
 */
public record LegCallbacks(
        Optional<String> url,
        HttpMethod method,
        Optional<String> statusCallback,
        HttpMethod statusCallbackMethod,
        Set<CallProgressEvent> statusCallbackEvent) {

    /** The callbacks of a noun with none of these attributes. */
    public static final LegCallbacks DEFAULTS = new LegCallbacks(
            Optional.empty(), HttpMethod.POST, Optional.empty(), HttpMethod.POST,
            Set.of(CallProgressEvent.COMPLETED));

    public LegCallbacks {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(statusCallback, "statusCallback");
        Objects.requireNonNull(statusCallbackMethod, "statusCallbackMethod");
        statusCallbackEvent = Set.copyOf(statusCallbackEvent);
    }
}
