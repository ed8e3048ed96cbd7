package dev.switchboard.it.support;

/**
 * sipp scenarios for the SIP integration tests, as XML text. Keywords filled by sipp: {@code [service]} (the
 * Request-URI user, {@code -s}), {@code [domain]} ({@code -key domain …}), {@code [transport]}, {@code [local_ip]}…
 * Every scenario ends with sipp's exit code telling whether each step happened as written.
 */
public final class SippScenarios {
    private SippScenarios() {}

    private static final String SDP = """
            v=0
            o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
            s=-
            c=IN IP[media_ip_type] [media_ip]
            t=0 0
            m=audio [media_port] RTP/AVP 0 8 101
            a=rtpmap:0 PCMU/8000
            a=rtpmap:8 PCMA/8000
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-16
            a=ptime:20
            a=sendrecv
            """;

    /** The INVITE a phone sends to {@code [service]@[domain]}, with X- and User-to-User headers; {@code extra} adds lines. */
    static String invite(String cseq, String extra, String body) {
        return """
                INVITE sip:[service]@[domain] SIP/2.0
                Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                To: <sip:[service]@[domain]>
                Call-ID: [call_id]
                CSeq: %s INVITE
                Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
                Max-Forwards: 70
                X-CustomerID: cust-42
                X-Route-Id: r1;k=v
                User-to-User: 123456789;encoding=hex
                Subject: not passed on
                %sContent-Type: application/sdp
                Content-Length: [len]

                %s""".formatted(cseq, extra, body);
    }

    private static final String ACK_2XX = """
              <send>
                <![CDATA[
                ACK [next_url] SIP/2.0
                Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                [routes]
                From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                [last_To:]
                Call-ID: [call_id]
                CSeq: %s ACK
                Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
                Max-Forwards: 70
                Content-Length: 0

                ]]>
              </send>
            """;

    private static final String ACK_FAILURE = """
              <send>
                <![CDATA[
                ACK sip:[service]@[domain] SIP/2.0
                [last_Via:]
                From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                [last_To:]
                Call-ID: [call_id]
                CSeq: %s ACK
                Max-Forwards: 70
                Content-Length: 0

                ]]>
              </send>
            """;

    private static final String OK_TO_BYE = """
              <recv request="BYE"/>
              <send>
                <![CDATA[
                SIP/2.0 200 OK
                [last_Via:]
                [last_From:]
                [last_To:]
                [last_Call-ID:]
                [last_CSeq:]
                Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
                Content-Length: 0

                ]]>
              </send>
            """;

    private static String wrap(String name, String body) {
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<!DOCTYPE scenario SYSTEM \"sipp.dtd\">\n<scenario name=\""
                + name + "\">\n" + body + "</scenario>\n";
    }

    private static String sendInvite(String txn, String cseq, String extra) {
        return "  <send retrans=\"500\">\n    <![CDATA[\n" + invite(cseq, extra, SDP)
                + "    ]]>\n  </send>\n";
    }

    /** INVITE, answered; the platform hangs up (BYE), the phone answers 200. */
    public static String callAnsweredThenPlatformHangsUp() {
        return wrap("answered, platform hangs up", sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"200\" rrs=\"true\"/>\n"
                + ACK_2XX.formatted("1") + OK_TO_BYE);
    }

    /** INVITE, answered; after the ACK the phone plays {@code pcap} (RTP, e.g. RFC 4733 key presses); the platform hangs up. */
    public static String callAnsweredPlaysPcapThenPlatformHangsUp(String pcap) {
        return wrap("answered, plays " + pcap, sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"200\" rrs=\"true\"/>\n"
                + ACK_2XX.formatted("1")
                + "  <nop><action><exec play_pcap_audio=\"" + pcap + "\"/></action></nop>\n"
                + OK_TO_BYE);
    }

    private static String reinvite(int cseq, String direction, String expectRegex) {
        String sdp = SDP.replace("a=sendrecv", "a=" + direction).replace("2353687637", "235368763" + cseq);
        return """
                  <send retrans="500">
                    <![CDATA[
                    INVITE [next_url] SIP/2.0
                    Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                    [routes]
                    From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                    [last_To:]
                    Call-ID: [call_id]
                    CSeq: %d INVITE
                    Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
                    Max-Forwards: 70
                    Content-Type: application/sdp
                    Content-Length: [len]

                    %s    ]]>
                  </send>
                  <recv response="100" optional="true"/>
                  <recv response="200">
                    <action>
                      <ereg regexp="%s" search_in="body" check_it="true" assign_to="d%d"/>
                    </action>
                  </recv>
                """.formatted(cseq, sdp, expectRegex, cseq) + ACK_2XX.formatted(Integer.toString(cseq))
                + "  <Reference variables=\"d" + cseq + "\"/>\n";
    }

    /** INVITE, answered; the phone puts the call on hold (re-INVITE sendonly, expects recvonly), resumes, then the platform hangs up. */
    public static String callAnsweredHoldsAndResumes() {
        return wrap("hold and resume", sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"200\" rrs=\"true\"/>\n"
                + ACK_2XX.formatted("1")
                + "  <pause milliseconds=\"200\"/>\n"
                + reinvite(2, "sendonly", "a=recvonly") + reinvite(3, "sendrecv", "a=sendrecv") + OK_TO_BYE);
    }

    /** INVITE, answered, the phone hangs up itself after {@code pauseMs} with BYE and expects 200. */
    public static String callAnsweredThenPhoneHangsUp(int pauseMs) {
        return wrap("answered, phone hangs up", sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"200\" rrs=\"true\"/>\n"
                + ACK_2XX.formatted("1")
                + "  <pause milliseconds=\"" + pauseMs + "\"/>\n"
                + """
                  <send retrans="500">
                    <![CDATA[
                    BYE [next_url] SIP/2.0
                    Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                    [routes]
                    From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                    [last_To:]
                    Call-ID: [call_id]
                    CSeq: 2 BYE
                    Max-Forwards: 70
                    Content-Length: 0

                    ]]>
                  </send>
                  <recv response="200"/>
                """);
    }

    /**
     * INVITE refused with {@code status}; when {@code headerRegex} is given, the named header of the refusal must
     * match it (sipp's {@code check_it} fails the call otherwise).
     */
    public static String callRefused(int status, String header, String headerRegex) {
        String check = header == null ? "" : """
                    <action>
                      <ereg regexp="%s" search_in="hdr" header="%s:" check_it="true" assign_to="matched"/>
                    </action>
                """.formatted(headerRegex, header);
        return wrap("refused " + status, sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"" + status + "\">\n" + check + "  </recv>\n"
                + ACK_FAILURE.formatted("1")
                + "  <Reference variables=\"matched\"/>\n".repeat(header == null ? 0 : 1));
    }

    /** INVITE, 407 challenge, INVITE again with credentials ({@code -au/-ap}), answered, the platform hangs up. */
    public static String callWithDigest() {
        return wrap("digest", sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"407\" auth=\"true\"/>\n"
                + ACK_FAILURE.formatted("1")
                + sendInvite("invite2", "2", "[authentication]\n")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"200\" rrs=\"true\"/>\n"
                + ACK_2XX.formatted("2") + OK_TO_BYE);
    }

    /** INVITE, 407, INVITE with (wrong) credentials, refused 403 carrying {@code X-Twilio-Error: 32202…}. */
    public static String callWithWrongPassword() {
        return wrap("digest refused", sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"407\" auth=\"true\"/>\n"
                + ACK_FAILURE.formatted("1")
                + sendInvite("invite2", "2", "[authentication]\n")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"403\">\n"
                + "    <action><ereg regexp=\"^ ?32202 \" search_in=\"hdr\" header=\"X-Twilio-Error:\" check_it=\"true\" assign_to=\"m\"/></action>\n"
                + "  </recv>\n"
                + ACK_FAILURE.formatted("2")
                + "  <Reference variables=\"m\"/>\n");
    }

    /** INVITE, 180, then the phone gives up: CANCEL (200) and the INVITE ends 487. */
    public static String callCancelledWhileRinging(int pauseMs) {
        return wrap("cancel", sendInvite("invite", "1", "")
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\"/>\n"
                + "  <pause milliseconds=\"" + pauseMs + "\"/>\n"
                + """
                  <send>
                    <![CDATA[
                    CANCEL sip:[service]@[domain] SIP/2.0
                    [last_Via:]
                    From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                    To: <sip:[service]@[domain]>
                    Call-ID: [call_id]
                    CSeq: 1 CANCEL
                    Max-Forwards: 70
                    Content-Length: 0

                    ]]>
                  </send>
                  <recv response="200"/>
                  <recv response="487"/>
                """
                + ACK_FAILURE.formatted("1"));
    }

    /** The same INVITE sent twice (a retransmission, same branch) before anything is answered; then as callAnsweredThenPlatformHangsUp. */
    public static String retransmittedInvite() {
        String invite = "    <![CDATA[\n" + invite("1", "", SDP).replace("branch=[branch]", "branch=z9hG4bKretx[pid]n[call_number]")
                + "    ]]>\n";
        return wrap("retransmitted INVITE", "  <send>\n" + invite + "  </send>\n"
                + "  <recv response=\"100\"/>\n"
                + "  <send>\n" + invite + "  </send>\n"
                + "  <recv response=\"100\" optional=\"true\"/>\n"
                + "  <recv response=\"180\" optional=\"true\"/>\n"
                + "  <recv response=\"200\" rrs=\"true\"/>\n"
                + ACK_2XX.formatted("1") + OK_TO_BYE);
    }

    // ---- sipp as the called phone (UAS) ----

    private static String response(String status, String extra, boolean sdp) {
        return """
                  <send>
                    <![CDATA[
                    SIP/2.0 %s
                    [last_Via:]
                    [last_From:]
                    [last_To:];tag=[pid]SIPpTag01[call_number]
                    [last_Call-ID:]
                    [last_CSeq:]
                    Contact: <sip:bob@[local_ip]:[local_port];transport=[transport]>
                    %s%s
                    ]]>
                  </send>
                """.formatted(status, extra, sdp ? "Content-Type: application/sdp\nContent-Length: [len]\n\n" + SDP
                        : "Content-Length: 0\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Checks on the INVITE that arrives: each entry is a header name and a regex its value must match. */
    private static String recvInvite(String... headerRegex) {
        StringBuilder checks = new StringBuilder();
        for (int i = 0; i < headerRegex.length; i += 2) {
            checks.append("      <ereg regexp=\"").append(xml(headerRegex[i + 1])).append("\" search_in=\"hdr\" header=\"")
                    .append(headerRegex[i]).append(":\" check_it=\"true\" assign_to=\"h").append(i).append("\"/>\n");
        }
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < headerRegex.length; i += 2) refs.append(i == 0 ? "" : ",").append("h").append(i);
        checks.append("      <ereg regexp=\".*\" search_in=\"hdr\" header=\"From:\" assign_to=\"remote_from\"/>\n");
        checks.append("      <ereg regexp=\"[0-9]+ INVITE\" search_in=\"hdr\" header=\"CSeq:\" assign_to=\"invite_cseq\"/>\n");
        return "  <recv request=\"INVITE\" crlf=\"true\" rrs=\"true\">\n    <action>\n" + checks + "    </action>\n  </recv>\n"
                + "  <Reference variables=\"remote_from,invite_cseq" + (headerRegex.length == 0 ? "" : "," + refs) + "\"/>\n";
    }

    /** Answers the INVITE (after checking its headers), then waits for the platform's BYE. */
    public static String uasAnswersThenWaitsForBye(String... headerRegex) {
        return wrap("uas answers", recvInvite(headerRegex) + response("180 Ringing", "", false)
                + response("200 OK", "", true).replace("<send>", "<send retrans=\"500\">")
                + "  <recv request=\"ACK\"/>\n" + OK_TO_BYE.replace("Contact: <sip:alice@", "Contact: <sip:bob@"));
    }

    /** Answers, then hangs up itself after {@code pauseMs}. */
    public static String uasAnswersThenHangsUp(int pauseMs) {
        return wrap("uas answers and hangs up", recvInvite() + response("180 Ringing", "", false)
                + response("200 OK", "", true).replace("<send>", "<send retrans=\"500\">")
                + "  <recv request=\"ACK\"/>\n  <pause milliseconds=\"" + pauseMs + "\"/>\n"
                + """
                  <send retrans="500">
                    <![CDATA[
                    BYE [next_url] SIP/2.0
                    Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                    From: <sip:bob@[local_ip]:[local_port]>;tag=[pid]SIPpTag01[call_number]
                    To: [$remote_from]
                    Call-ID: [call_id]
                    CSeq: 1 BYE
                    Max-Forwards: 70
                    Content-Length: 0

                    ]]>
                  </send>
                  <recv response="200"/>
                """);
    }

    /** Refuses the INVITE with {@code status} and the {@code extra} header lines. */
    public static String uasRefuses(String status, String extra) {
        return wrap("uas refuses", recvInvite() + response("180 Ringing", "", false) + response(status, extra, false)
                + "  <recv request=\"ACK\"/>\n");
    }

    /** Rings and never answers: expects our CANCEL, answers it 200 and the INVITE 487. */
    public static String uasRingsUntilCancelled() {
        return wrap("uas rings", recvInvite() + response("180 Ringing", "", false)
                + "  <recv request=\"CANCEL\"/>\n"
                + """
                  <send>
                    <![CDATA[
                    SIP/2.0 200 OK
                    [last_Via:]
                    [last_From:]
                    [last_To:];tag=[pid]SIPpTag01[call_number]
                    [last_Call-ID:]
                    [last_CSeq:]
                    Content-Length: 0

                    ]]>
                  </send>
                  <send>
                    <![CDATA[
                    SIP/2.0 487 Request Terminated
                    [last_Via:]
                    [last_From:]
                    [last_To:];tag=[pid]SIPpTag01[call_number]
                    [last_Call-ID:]
                    CSeq: [$invite_cseq]
                    Content-Length: 0

                    ]]>
                  </send>
                  <recv request="ACK"/>
                """);
    }

    /** Challenges the INVITE with 401, checks the retry's digest for {@code user}/{@code password}, answers, waits for BYE. */
    public static String uasChallenges(String user, String password) {
        return wrap("uas challenges", recvInvite()
                + response("401 Unauthorized", "WWW-Authenticate: Digest realm=\"pbx.example\", nonce=\"abc123\", qop=\"auth\", algorithm=MD5\n", false)
                + "  <recv request=\"ACK\"/>\n"
                + "  <recv request=\"INVITE\">\n    <action>\n      <verifyauth assign_to=\"authok\" username=\"" + user
                + "\" password=\"" + password + "\"/>\n    </action>\n  </recv>\n"
                + "  <nop condexec=\"authok\" condexec_inverse=\"true\"><action><error message=\"bad digest\"/></action></nop>\n"
                + response("200 OK", "", true).replace("<send>", "<send retrans=\"500\">")
                + "  <recv request=\"ACK\"/>\n" + OK_TO_BYE.replace("Contact: <sip:alice@", "Contact: <sip:bob@"));
    }
}
