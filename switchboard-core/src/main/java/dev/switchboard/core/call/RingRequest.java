package dev.switchboard.core.call;

import dev.switchboard.core.context.CustomParameters;
import java.time.Duration;

/**
 * Everything a far end may need to know when it is rung: the leg's SID and account, who is called
 * and by whom, how long to ring, whether machine detection was asked for, and the custom
 * parameters that travel with the call ({@code <Client><Parameter>}, {@code client:alice?k=v}).
 */
public record RingRequest(String callSid, String accountSid, String to, String from, Duration ringTimeout,
        boolean machineDetection, CustomParameters parameters) {
}
