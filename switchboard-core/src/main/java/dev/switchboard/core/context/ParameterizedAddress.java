package dev.switchboard.core.context;

import java.util.Objects;

/**
 * A REST {@code To} (Calls, Participants) split into the address and the custom parameters after
 * its first {@code ?}: {@code client:agentBob?displayName=Alice&customerID=375d} is the client
 * {@code agentBob} with two parameters, delivered to the Voice SDK as {@code call.customParameters}
 * (https://www.twilio.com/docs/voice/how-share-information-between-your-applications). The same
 * split applies to {@code sip:} addresses, where the parameters become INVITE headers instead.
 *
 * @param address    everything before the first {@code ?}, unchanged
 * @param parameters the query, decoded by {@link CustomParameters#fromQuery(String)}
 */
public record ParameterizedAddress(String address, CustomParameters parameters) {
    public ParameterizedAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** Splits at the first {@code ?}; an address without one has no parameters. */
    public static ParameterizedAddress parse(String to) {
        int q = to.indexOf('?');
        return q < 0
                ? new ParameterizedAddress(to, CustomParameters.none())
                : new ParameterizedAddress(to.substring(0, q), CustomParameters.fromQuery(to.substring(q + 1)));
    }
}
