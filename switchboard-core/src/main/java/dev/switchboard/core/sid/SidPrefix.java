package dev.switchboard.core.sid;

/** Two-letter SID prefixes, as Twilio assigns them (spec §0.1). */
public enum SidPrefix {
    ACCOUNT("AC"), APPLICATION("AP"), CALL("CA"), CONFERENCE("CF"), PHONE_NUMBER("PN"), QUEUE("QU"),
    RECORDING("RE"), STREAM("MZ"), API_KEY("SK"), SIP_DOMAIN("SD"), TWIML_BIN("EH"), NOTIFICATION("NO"),
    USAGE_RECORD("UR"), PAGE_TOKEN("PA"), EVENT("EV"),
    SIP_CREDENTIAL_LIST("CL"), SIP_CREDENTIAL("CR"), SIP_IP_ACCESS_CONTROL_LIST("AL"), SIP_IP_ADDRESS("IP"), BYOC_TRUNK("BY"),
    TRUNK("TK"), ORIGINATION_URL("OU");

    private final String letters;

    SidPrefix(String letters) { this.letters = letters; }

    public String letters() { return letters; }
}
