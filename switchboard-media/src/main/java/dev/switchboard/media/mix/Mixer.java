package dev.switchboard.media.mix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An N-party conference mix, one tick at a time: each party hands in what it said this tick (or
 * nothing); each then hears the sum of everyone else who may speak, saturated to 16 bits, never
 * itself. A muted party is heard by nobody; a coach (Twilio's {@code coach}) is heard only by the
 * party it coaches; a party on hold hears nothing here (its hold music comes from elsewhere) and is
 * not heard. Pure; the caller serialises ticks (the media clock's thread).
 */
public final class Mixer {
    /** How one party takes part. {@code coaching}: the party id only this one's voice reaches, or null. */
    public record Role(boolean muted, boolean held, String coaching) {
        public static final Role SPEAKER = new Role(false, false, null);
    }

    private final Map<String, Role> parties = new LinkedHashMap<>();
    private final Map<String, short[]> said = new LinkedHashMap<>();

    public void join(String party, Role role) { parties.put(party, role); }

    public void update(String party, Role role) { if (parties.containsKey(party)) parties.put(party, role); }

    public void leave(String party) {
        parties.remove(party);
        said.remove(party);
    }

    public int size() { return parties.size(); }

    /** What {@code party} said this tick; {@code null} or never calling it means silence. */
    public void speak(String party, short[] frame) {
        if (frame != null && parties.containsKey(party)) said.put(party, frame);
    }

    /** Ends the tick: what each party hears, by party. Clears what was said. */
    public Map<String, short[]> mix() {
        Map<String, short[]> out = new LinkedHashMap<>();
        for (var listener : parties.entrySet()) {
            if (listener.getValue().held()) {
                out.put(listener.getKey(), null);
                continue;
            }
            int[] sum = null;
            for (var speaker : said.entrySet()) {
                if (!audible(speaker.getKey(), listener.getKey())) continue;
                if (sum == null) sum = new int[Frames.SAMPLES];
                Frames.addInto(sum, speaker.getValue());
            }
            out.put(listener.getKey(), sum == null ? null : clipped(sum));
        }
        said.clear();
        return out;
    }

    private boolean audible(String speaker, String listener) {
        if (speaker.equals(listener)) return false;
        Role r = parties.get(speaker);
        if (r == null || r.muted() || r.held()) return false;
        return r.coaching() == null || r.coaching().equals(listener);
    }

    private static short[] clipped(int[] sum) {
        short[] frame = new short[Frames.SAMPLES];
        for (int i = 0; i < Frames.SAMPLES; i++) frame[i] = Frames.clip(sum[i]);
        return frame;
    }
}
