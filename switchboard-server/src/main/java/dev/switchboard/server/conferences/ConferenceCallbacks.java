package dev.switchboard.server.conferences;

import dev.switchboard.core.twiml.HttpMethod;
import java.util.Optional;
import java.util.Set;

/**
 * Where a conference reports its events ({@code statusCallback}, {@code statusCallbackMethod},
 * {@code statusCallbackEvent} of {@code <Conference>}, or {@code ConferenceStatusCallback*} of a
 * participant create). The first participant's value wins for the conference's lifetime.
 *
 * @param events the short names ({@code start end join leave mute hold modify speaker announcement});
 *               empty: no events (TwiML's parsed default; participant create defaults to {@code start end})
 */
public record ConferenceCallbacks(Optional<String> url, HttpMethod method, Set<String> events) {
    public static final ConferenceCallbacks NONE = new ConferenceCallbacks(Optional.empty(), HttpMethod.POST, Set.of());

    public ConferenceCallbacks {
        events = Set.copyOf(events);
    }

    /** Whether {@code event} (e.g. {@code participant-unmute}) is wanted: its short name was asked for. */
    boolean wants(String event) {
        if (url.isEmpty()) return false;
        String shortName = switch (event) {
            case "conference-start" -> "start";
            case "conference-end" -> "end";
            case "participant-join" -> "join";
            case "participant-leave" -> "leave";
            case "participant-mute", "participant-unmute" -> "mute";
            case "participant-hold", "participant-unhold" -> "hold";
            case "participant-modify" -> "modify";
            default -> event;
        };
        return events.contains(shortName);
    }
}
