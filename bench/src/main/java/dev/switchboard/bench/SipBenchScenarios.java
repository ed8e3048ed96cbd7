package dev.switchboard.bench;

/**
 * The two sipp scenarios {@link SipBench} runs, written to files at start: {@link #UAC}, the caller (INVITE with an
 * SDP offer to {@code [service]@[domain]}, 200 with SDP, ACK, then the called side's BYE answered 200), and
 * {@link #UAS}, the ceiling's called side (180, 200 with SDP, the same 1 s as the platform's prompt, then its BYE).
 */
final class SipBenchScenarios {
    private SipBenchScenarios() {}

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

    /** The caller: INVITE with SDP (INVITE → 200 timed as rtd 1), ACK, then answers the called side's BYE. */
    static final String UAC = """
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <!DOCTYPE scenario SYSTEM "sipp.dtd">
            <scenario name="bench uac: answered, called side hangs up">
              <send retrans="500" start_rtd="1">
                <![CDATA[
                INVITE sip:[service]@[domain] SIP/2.0
                Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                To: <sip:[service]@[domain]>
                Call-ID: [call_id]
                CSeq: 1 INVITE
                Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
                Max-Forwards: 70
                Content-Type: application/sdp
                Content-Length: [len]

            %s    ]]>
              </send>
              <recv response="100" optional="true"/>
              <recv response="180" optional="true"/>
              <recv response="200" rrs="true" rtd="1"/>
              <send>
                <![CDATA[
                ACK [next_url] SIP/2.0
                Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
                [routes]
                From: "Alice" <sip:alice@[domain]>;tag=[pid]SIPpTag00[call_number]
                [last_To:]
                Call-ID: [call_id]
                CSeq: 1 ACK
                Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
                Max-Forwards: 70
                Content-Length: 0

                ]]>
              </send>
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
              <ResponseTimeRepartition value="10, 20, 50, 100, 200, 500, 1000"/>
            </scenario>
            """.formatted(SDP.indent(4));

    /** The ceiling's called side: 180, 200 with SDP (retransmitted until the ACK), 1 s, then BYE and its 200. */
    static final String UAS = """
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <!DOCTYPE scenario SYSTEM "sipp.dtd">
            <scenario name="bench uas: answers, hangs up after the prompt's length">
              <recv request="INVITE" crlf="true" rrs="true">
                <action>
                  <ereg regexp=".*" search_in="hdr" header="From:" assign_to="remote_from"/>
                </action>
              </recv>
              <Reference variables="remote_from"/>
              <send>
                <![CDATA[
                SIP/2.0 180 Ringing
                [last_Via:]
                [last_From:]
                [last_To:];tag=[pid]SIPpTag01[call_number]
                [last_Call-ID:]
                [last_CSeq:]
                Contact: <sip:bob@[local_ip]:[local_port];transport=[transport]>
                Content-Length: 0

                ]]>
              </send>
              <send retrans="500">
                <![CDATA[
                SIP/2.0 200 OK
                [last_Via:]
                [last_From:]
                [last_To:];tag=[pid]SIPpTag01[call_number]
                [last_Call-ID:]
                [last_CSeq:]
                Contact: <sip:bob@[local_ip]:[local_port];transport=[transport]>
                Content-Type: application/sdp
                Content-Length: [len]

            %s    ]]>
              </send>
              <recv request="ACK"/>
              <pause milliseconds="%d"/>
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
            </scenario>
            """.formatted(SDP.indent(4), SipBench.CALL_MS);
}
