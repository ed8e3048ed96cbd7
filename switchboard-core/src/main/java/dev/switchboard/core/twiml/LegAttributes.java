package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.Set;

/** Reads the attribute groups that several {@code <Dial>} nouns share. */
final class LegAttributes {
    private LegAttributes() {
    }

    /** {@code url}, {@code method}, {@code statusCallback}, {@code statusCallbackMethod}, {@code statusCallbackEvent}. */
    static LegCallbacks callbacks(AttributeReader a, TwilioError methodCode) {
        return new LegCallbacks(
                a.text("url"),
                a.method("method", methodCode),
                a.text("statusCallback"),
                a.method("statusCallbackMethod", TwilioError.SCHEMA_VALIDATION_WARNING),
                a.enumSet("statusCallbackEvent", CallProgressEvent.class, Set.of(CallProgressEvent.COMPLETED),
                        TwilioError.SCHEMA_VALIDATION_WARNING));
    }

    /** {@code machineDetection*} and {@code amdStatusCallback*}, with Twilio's ranges and defaults. */
    static MachineDetection machineDetection(AttributeReader a) {
        MachineDetection d = MachineDetection.DEFAULTS;
        TwilioError code = TwilioError.SCHEMA_VALIDATION_WARNING;
        return new MachineDetection(
                a.optionalEnum("machineDetection", MachineDetection.Mode.class, code),
                a.seconds("machineDetectionTimeout", d.timeout(), 3, 60, code),
                a.millis("machineDetectionSpeechThreshold", d.speechThreshold(), 1000, 6000, code),
                a.millis("machineDetectionSpeechEndThreshold", d.speechEndThreshold(), 500, 5000, code),
                a.millis("machineDetectionSilenceTimeout", d.silenceTimeout(), 2000, 10_000, code),
                a.text("amdStatusCallback"),
                a.method("amdStatusCallbackMethod", code));
    }
}
