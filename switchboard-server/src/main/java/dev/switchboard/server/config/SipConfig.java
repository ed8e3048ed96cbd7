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
 * </ul>
 */
public record SipConfig(String host) {
    public static final String DEFAULT_HOST = "localhost";
    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$");

    public SipConfig {
        host = host.trim().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("--sip-host must be a host name (letters, digits, '-', '.'), got '" + host + "'");
        }
    }

    public static SipConfig defaults() { return new SipConfig(DEFAULT_HOST); }

    /** The suffix every SIP domain name ends with: {@code .sip.<host>}. */
    public String domainSuffix() { return ".sip." + host; }

    /**
     * The suffix every trunk's termination domain ends with: {@code .pstn.<host>} ({@code acme.pstn.localhost}, as
     * Twilio's end in {@code .pstn.twilio.com}).
     */
    public String pstnSuffix() { return ".pstn." + host; }

    /** The digest realm credentials are hashed for and challenged with: {@code sip.<host>}. */
    public String realm() { return "sip." + host; }
}
