package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Stream>}: a Media Stream over WebSocket, unidirectional under {@code <Start>},
 * bidirectional under {@code <Connect>}, and a stop request (by {@code name}) under
 * {@code <Stop>}. See https://www.twilio.com/docs/voice/twiml/stream. The parser guarantees a
 * {@code url} or {@code connectorName} under Start/Connect and a {@code name} under Stop.
 *
 * @param url                  {@code url}, as written ({@code wss://} only, no query string —
 *                             checked by the executor, not the parser)
 * @param name                 {@code name}: unique per call
 * @param connectorName        {@code connectorName}
 * @param track                {@code track}, default {@code inbound_track}
 * @param statusCallback       {@code statusCallback}
 * @param statusCallbackMethod {@code statusCallbackMethod}, default POST
 * @param parameters           nested {@code <Parameter>}s, sent in the {@code start} message
 */
public record Stream(
        Optional<String> url,
        Optional<String> name,
        Optional<String> connectorName,
        Track track,
        Optional<String> statusCallback,
        HttpMethod statusCallbackMethod,
        List<Parameter> parameters) implements StartNoun, ConnectNoun {

    /** A value of {@code track}. */
    public enum Track implements TwimlEnum {
        INBOUND_TRACK("inbound_track"),
        OUTBOUND_TRACK("outbound_track"),
        BOTH_TRACKS("both_tracks");

        private final String wireValue;

        Track(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    public Stream {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connectorName, "connectorName");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(statusCallback, "statusCallback");
        Objects.requireNonNull(statusCallbackMethod, "statusCallbackMethod");
        parameters = List.copyOf(parameters);
    }
}
