package dev.switchboard.client;

import java.util.Map;

/** A call ringing this device. */
public final class IncomingCall extends Call {
    private final Map<String, String> parameters;
    private final Map<String, String> custom;

    IncomingCall(Device device, String sid, Map<String, String> parameters) {
        super(device, sid);
        this.parameters = Map.copyOf(parameters);
        this.custom = Params.decode(parameters.getOrDefault("Params", ""));
    }

    /** The invite's parameters: {@code CallSid, AccountSid, From, To, Params}. */
    public Map<String, String> parameters() { return parameters; }

    /** The custom parameters ({@code client:name?k=v}, {@code <Parameter>}), in order. */
    public Map<String, String> customParameters() { return custom; }

    /**
     * Answers; when another device answered first this one gets {@code CANCELLED}. The server then
     * sends a reconnect token, which lets the call survive a dropped socket. Does nothing on a call
     * that already ended.
     */
    public Call accept() {
        if (markAccepted()) {
            device.send("answer", Device.JSON.createObjectNode().put("callsid", sid()).put("sdp", Device.SDP));
        }
        return this;
    }

    public void reject() {
        if (isEnded()) return;
        try {
            device.send("reject", Device.JSON.createObjectNode().put("callsid", sid()));
        } finally {
            emit(CallEvent.Type.REJECTED, 0, null);
        }
    }
}
