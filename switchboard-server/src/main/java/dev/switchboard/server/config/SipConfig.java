package dev.switchboard.server.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SIP interface. Options (flag / environment / default):
 * <ul>
 *   <li>{@code host} — {@code --sip-host} / {@code SWITCHBOARD_SIP_HOST} / {@code localhost}: the platform's SIP
 *       host name, Switchboard's counterpart of {@code twilio.com}. SIP domain names must end in
 *       {@code .sip.<host>} ({@code acme.sip.localhost}, as Twilio's end in {@code .sip.twilio.com}), and the
 *       digest realm of every credential is {@code sip.<host>} (Twilio's is {@code sip.twilio.com}); an Elastic SIP
 *       Trunk's termination domain ends in {@code .pstn.<host>} (Twilio's in {@code .pstn.twilio.com}).</li>
 *   <li>{@code port} — {@code --sip-port} / {@code SWITCHBOARD_SIP_PORT} / {@code 5060}: UDP and TCP, bound to
 *       {@code --bind}; {@code 0} picks a free port (the log line says which, the same for UDP and TCP);
 *       {@code -1} turns SIP off.</li>
 *   <li>{@code tlsPort} — {@code --sip-tls-port} / {@code SWITCHBOARD_SIP_TLS_PORT} / {@code 5061} (Twilio's TLS
 *       port): SIP over TLS with the HTTPS certificate ({@code --tls-keystore}, else the generated self-signed
 *       one); {@code 0} a free port; {@code -1} off. Off as well when {@code port} is {@code -1}.</li>
 *   <li>{@code rtpPorts} — {@code --rtp-ports} / {@code SWITCHBOARD_RTP_PORTS} / {@code 10000-20000}: the UDP range
 *       SIP calls' RTP ports are taken from ({@code 0} picks any free port per call).</li>
 *   <li>{@code pstnGateway} — {@code --pstn-gateway} / {@code SWITCHBOARD_PSTN_GATEWAY} / none, with
 *       {@code --pstn-gateway-username}/{@code -password}: see {@link Gateway}.</li>
 * </ul>
 * The short constructor ({@code new SipConfig(host)}, used by tests and embedders) leaves SIP off.
 */
public record SipConfig(String host, int port, int tlsPort, String rtpPorts, java.util.Optional<Gateway> pstnGateway) {
    /**
     * A carrier's SIP gateway for the PSTN ({@code --pstn-gateway sip:host[:port][;transport=tcp]},
     * {@code --pstn-gateway-username}, {@code --pstn-gateway-password}): calls to numbers no account owns go there
     * instead of to the simulated phones, and INVITEs from its address to an owned number run that number's voice
     * URL. Without it the sandbox's simulated phones answer.
     */
    public record Gateway(String uri, java.util.Optional<String> username, java.util.Optional<String> password) {
        public Gateway {
            uri = uri.trim();
            if (!uri.regionMatches(true, 0, "sip:", 0, 4) || uri.contains("@") || uri.contains("?")) {
                throw new IllegalArgumentException("--pstn-gateway must be sip:host[:port][;transport=udp|tcp|tls], got '" + uri + "'");
            }
            if (username.isPresent() != password.isPresent()) {
                throw new IllegalArgumentException("--pstn-gateway-username and --pstn-gateway-password go together");
            }
        }
    }

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 5060;
    public static final int DEFAULT_TLS_PORT = 5061;
    public static final String DEFAULT_RTP_PORTS = "10000-20000";
    public static final int OFF = -1;
    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$");
    private static final Pattern RTP = Pattern.compile("^(0|\\d{1,5}-\\d{1,5})$");

    public SipConfig {
        host = host.trim().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("--sip-host must be a host name (letters, digits, '-', '.'), got '" + host + "'");
        }
        if (port < OFF || port > 65535) throw new IllegalArgumentException("--sip-port must be -1, 0 or a port, got " + port);
        if (tlsPort < OFF || tlsPort > 65535) {
            throw new IllegalArgumentException("--sip-tls-port must be -1, 0 or a port, got " + tlsPort);
        }
        rtpPorts = rtpPorts.trim();
        if (!RTP.matcher(rtpPorts).matches() || !"0".equals(rtpPorts) && rtpLow(rtpPorts) > rtpHigh(rtpPorts)) {
            throw new IllegalArgumentException("--rtp-ports must be 0 or low-high (e.g. 10000-20000), got '" + rtpPorts + "'");
        }
        if (!"0".equals(rtpPorts) && (rtpLow(rtpPorts) < 1024 || rtpHigh(rtpPorts) > 65535
                || rtpHigh(rtpPorts) - rtpLow(rtpPorts) < 1)) {
            throw new IllegalArgumentException("--rtp-ports must lie within 1024-65535 and hold two ports at least, got '"
                    + rtpPorts + "'");
        }
    }

    /** SIP off: the REST resources work, nothing listens (tests, embedders). */
    public SipConfig(String host) { this(host, OFF, OFF, DEFAULT_RTP_PORTS); }

    public SipConfig(String host, int port, int tlsPort, String rtpPorts) {
        this(host, port, tlsPort, rtpPorts, java.util.Optional.empty());
    }

    /** SIP off on the default host. */
    public static SipConfig defaults() { return new SipConfig(DEFAULT_HOST); }

    /** A free UDP/TCP port, no TLS, RTP on free ports: what integration tests start. */
    public static SipConfig anyFreePort() { return new SipConfig(DEFAULT_HOST, 0, OFF, "0"); }

    public boolean enabled() { return port != OFF; }

    public boolean tlsEnabled() { return enabled() && tlsPort != OFF; }

    public SipConfig withTlsPort(int p) { return new SipConfig(host, port, p, rtpPorts, pstnGateway); }

    public SipConfig withPstnGateway(Gateway g) { return new SipConfig(host, port, tlsPort, rtpPorts, java.util.Optional.of(g)); }

    /** The suffix every SIP domain name ends with: {@code .sip.<host>}. */
    public String domainSuffix() { return ".sip." + host; }

    /**
     * The suffix every trunk's termination domain ends with: {@code .pstn.<host>} ({@code acme.pstn.localhost}, as
     * Twilio's end in {@code .pstn.twilio.com}).
     */
    public String pstnSuffix() { return ".pstn." + host; }

    /** The digest realm credentials are hashed for and challenged with: {@code sip.<host>}. */
    public String realm() { return "sip." + host; }

    /** Lowest RTP port ({@code 0}: any free port). */
    public int rtpLow() { return "0".equals(rtpPorts) ? 0 : rtpLow(rtpPorts); }

    /** Highest RTP port ({@code 0}: any free port). */
    public int rtpHigh() { return "0".equals(rtpPorts) ? 0 : rtpHigh(rtpPorts); }

    private static int rtpLow(String range) { return Integer.parseInt(range.substring(0, range.indexOf('-'))); }

    private static int rtpHigh(String range) { return Integer.parseInt(range.substring(range.indexOf('-') + 1)); }
}
