package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Number>} (or a plain-text {@code <Dial>} body): a phone number.
 * See https://www.twilio.com/docs/voice/twiml/number.
 *
 * @param number           the body, trimmed but otherwise as written (E.164 or not); never blank
 * @param sendDigits       {@code sendDigits}: DTMF played after answer ({@code w} = half a second)
 * @param callbacks        {@code url}, {@code method}, {@code statusCallback*}
 * @param byoc             {@code byoc}: BYOC trunk SID
 * @param machineDetection {@code machineDetection*} and {@code amdStatusCallback*}
 */
public record DialNumber(
        String number,
        Optional<String> sendDigits,
        LegCallbacks callbacks,
        Optional<String> byoc,
        MachineDetection machineDetection) implements DialNoun {

    public DialNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(sendDigits, "sendDigits");
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(byoc, "byoc");
        Objects.requireNonNull(machineDetection, "machineDetection");
    }

    /** The noun a plain-text {@code <Dial>+15551234567</Dial>} body stands for. */
    public static DialNumber of(String number) {
        return new DialNumber(number, Optional.empty(), LegCallbacks.DEFAULTS, Optional.empty(),
                MachineDetection.DEFAULTS);
    }
}
