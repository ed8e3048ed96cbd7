package dev.switchboard.server.clients;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session descriptions for calls without a media peer. Switchboard carries no audio, so its offers
 * and answers have no ICE candidates: the browser's ICE then stays {@code new}, and the call stays
 * open with no media timeout (voice-sdk-signalling.md §6–§8: "a way to keep a call open without
 * media"). Each still has what Chrome requires: ice-ufrag/pwd, a DTLS fingerprint, rtcp-mux.
 */
public final class NoMediaSdp {
    private static final Pattern MID = Pattern.compile("(?m)^a=mid:(\\S+)");
    private static final String FINGERPRINT = "a=fingerprint:sha-256 "
            + "5E:0A:6F:13:91:C2:4D:7B:88:1F:3C:A4:E9:20:B6:5D:72:0E:C8:93:4A:D1:17:6E:F0:2B:9C:58:A3:64:07:BE";

    private NoMediaSdp() {}

    /** The offer an incoming-call {@code invite} carries (§6 "minimal"). */
    public static String offer() {
        return String.join("\r\n", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "t=0 0",
                "m=audio 9 UDP/TLS/RTP/SAVPF 0", "c=IN IP4 0.0.0.0", "a=rtcp-mux", "a=mid:0", "a=sendrecv",
                "a=ice-ufrag:sbNo", "a=ice-pwd:switchboardNoMediaPassword00", FINGERPRINT, "a=setup:actpass",
                "a=rtpmap:0 PCMU/8000", "") ;
    }

    /** The answer to a device's offer (outgoing call, reconnect), keeping the offer's {@code a=mid}. */
    public static String answer(String offer) {
        Matcher m = MID.matcher(offer == null ? "" : offer);
        String mid = m.find() ? m.group(1) : "0";
        return String.join("\r\n", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "t=0 0",
                "a=group:BUNDLE " + mid, "m=audio 9 UDP/TLS/RTP/SAVPF 0", "c=IN IP4 0.0.0.0", "a=rtcp-mux",
                "a=mid:" + mid, "a=sendrecv", "a=ice-ufrag:sbNo", "a=ice-pwd:switchboardNoMediaPassword00",
                FINGERPRINT, "a=setup:active", "a=rtpmap:0 PCMU/8000", "");
    }
}
