package dev.switchboard.server.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.error.TwilioError;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * One Voice SDK signalling frame, {@code {"type":…,"version":"1.6","payload":{…}}}
 * (/work/shared/spec/voice-sdk-signalling.md §2–§3), and its pure codec. The heartbeat is the bare
 * text {@code "\n"} and is not a frame ({@link #isHeartbeat}).
 */
public record SignalFrame(String type, ObjectNode payload) {
    public static final String VERSION = "1.6";
    public static final String HEARTBEAT = "\n";
    /** Frames larger than this are refused with 31400 and the socket closed. */
    public static final int MAX_FRAME_BYTES = 64 * 1024;
    /** The types a client may send (spec §3). */
    public static final Set<String> CLIENT_TYPES = Set.of("listen", "register", "invite", "answer", "reinvite",
            "hangup", "reject", "dtmf", "message");
    private static final ObjectMapper JSON = new ObjectMapper();

    public SignalFrame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    public static ObjectNode object() { return JSON.createObjectNode(); }

    public static SignalFrame of(String type) { return new SignalFrame(type, object()); }

    /** A payload {@code {callsid}}, the shape of cancel, hangup, ringing. */
    public static SignalFrame forCall(String type, String callSid) {
        ObjectNode p = object();
        p.put("callsid", callSid);
        return new SignalFrame(type, p);
    }

    /** {@code {"error":{"code","message"}}}, with {@code callsid} when the error is about one call. */
    public static SignalFrame error(int code, String message, String callSid) {
        ObjectNode p = object();
        ObjectNode e = p.putObject("error");
        e.put("code", code);
        e.put("message", message);
        if (callSid != null) p.put("callsid", callSid);
        return new SignalFrame("error", p);
    }

    public static boolean isHeartbeat(String text) { return HEARTBEAT.equals(text); }

    public String encode() {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", type);
        n.put("version", VERSION);
        n.set("payload", payload);
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a client frame; {@link SignalRefused} (31400 oversized, 31100 malformed or of an unknown
     * type) otherwise. A missing payload reads as {@code {}}, as the SDK itself treats it.
     */
    public static SignalFrame decode(String text) {
        if (text.length() > MAX_FRAME_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME_BYTES) {
            throw new SignalRefused(TwilioError.SIGNAL_BAD_REQUEST, "frame larger than " + MAX_FRAME_BYTES + " bytes");
        }
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, "frame is not JSON");
        }
        if (n == null || !n.isObject()) throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, "frame is not a JSON object");
        JsonNode type = n.get("type");
        if (type == null || !type.isTextual()) throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, "frame has no type");
        if (!CLIENT_TYPES.contains(type.asText())) {
            throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, "unknown frame type " + abbreviate(type.asText()));
        }
        JsonNode payload = n.get("payload");
        if (payload == null || payload.isNull()) return new SignalFrame(type.asText(), object());
        if (!payload.isObject()) throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, "payload is not an object");
        return new SignalFrame(type.asText(), (ObjectNode) payload);
    }

    /** A text field of the payload, or empty text. */
    public String text(String field) {
        JsonNode v = payload.get(field);
        return v != null && v.isTextual() ? v.asText() : "";
    }

    private static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }
}
