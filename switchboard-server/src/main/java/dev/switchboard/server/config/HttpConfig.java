package dev.switchboard.server.config;

/**
 * The HTTP listener. Options (flag / environment / default):
 * <ul>
 *   <li>{@code port} — {@code --http-port} / {@code SWITCHBOARD_HTTP_PORT} / {@code 8080}; {@code 0} picks a free port</li>
 *   <li>{@code bind} — {@code --bind} / {@code SWITCHBOARD_BIND} / {@code 127.0.0.1}</li>
 *   <li>{@code publicUrl} — {@code --public-url} / {@code SWITCHBOARD_PUBLIC_URL} / {@code http://127.0.0.1:<port>}:
 *       the base used in {@code uri} fields, webhook signatures and TwiML Bin URLs</li>
 *   <li>{@code maxRequestBytes} — {@code --max-request-bytes} / {@code SWITCHBOARD_MAX_REQUEST_BYTES} / {@code 1048576}:
 *       larger request bodies are refused with 413</li>
 * </ul>
 */
public record HttpConfig(String bind, int port, String publicUrl, long maxRequestBytes) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

    /** The public URL for an actual bound port (when {@code publicUrl} was left empty). */
    public String publicUrlFor(int boundPort) {
        if (publicUrl != null && !publicUrl.isBlank()) return publicUrl.replaceAll("/+$", "");
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
        return "http://" + host + ":" + boundPort;
    }
}
