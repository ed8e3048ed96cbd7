package dev.switchboard.core.conference;

import java.util.Optional;

/** The filters of Twilio's Participants list ({@code Muted}, {@code Hold}, {@code Coaching}); all given ones must hold. */
public record ParticipantFilter(Optional<Boolean> muted, Optional<Boolean> hold, Optional<Boolean> coaching) {
    public static ParticipantFilter none() { return new ParticipantFilter(Optional.empty(), Optional.empty(), Optional.empty()); }

    public boolean matches(Participant p) {
        return muted.map(m -> m == p.muted()).orElse(true)
                && hold.map(h -> h == p.hold()).orElse(true)
                && coaching.map(c -> c == p.coaching()).orElse(true);
    }
}
