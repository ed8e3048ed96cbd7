package dev.switchboard.media.tts;

import static org.junit.jupiter.api.Assertions.fail;

import dev.switchboard.media.audio.PcmAudio;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Optional engines: skipped when absent unless SWITCHBOARD_REQUIRE_TTS_ENGINES=1, which makes absence a failure. */
final class EngineAssumptions {
    private EngineAssumptions() {}

    static <T> T present(Optional<T> engine, String what) {
        if (engine.isEmpty()) {
            if ("1".equals(System.getenv("SWITCHBOARD_REQUIRE_TTS_ENGINES"))) {
                fail(what + " is required (SWITCHBOARD_REQUIRE_TTS_ENGINES=1) but is not installed");
            }
            Assumptions.abort(what + " is not installed; skipped (set SWITCHBOARD_REQUIRE_TTS_ENGINES=1 to fail instead)");
        }
        return engine.get();
    }

    /** Root mean square of the samples, in sample units (full scale is 32768). */
    static double rms(PcmAudio audio) {
        double sum = 0;
        for (int i = 0; i < audio.length(); i++) sum += (double) audio.sample(i) * audio.sample(i);
        return audio.length() == 0 ? 0 : Math.sqrt(sum / audio.length());
    }
}
