package dev.switchboard.server.clients;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who can be rung: per account and identity, the sockets that sent {@code register{audio:true}}
 * with a token allowing incoming calls (several devices per identity). A registered socket that has
 * closed or fallen silent past the heartbeat limit ({@link SignalConnection#isLive()}) counts as
 * unregistered at once, before the socket's close or the heartbeat watchdog removes it. Also the
 * answered client legs by reconnect token, so a device whose socket dropped can take its call back.
 * Thread-safe.
 */
public final class DeviceRegistry {
    private final Map<String, Set<SignalConnection>> devices = new ConcurrentHashMap<>();
    private final Map<String, ClientLeg> byReconnectToken = new ConcurrentHashMap<>();

    private static String key(String accountSid, String identity) { return accountSid + "\u0000" + identity; }

    void register(String accountSid, String identity, SignalConnection c) {
        devices.computeIfAbsent(key(accountSid, identity), k -> ConcurrentHashMap.newKeySet()).add(c);
    }

    void unregister(String accountSid, String identity, SignalConnection c) {
        devices.computeIfPresent(key(accountSid, identity), (k, set) -> {
            set.remove(c);
            return set.isEmpty() ? null : set;
        });
    }

    /** The registered, live devices of {@code identity} in {@code accountSid}, in no particular order. */
    public List<SignalConnection> devices(String accountSid, String identity) {
        return devices.getOrDefault(key(accountSid, identity), Set.of()).stream().filter(SignalConnection::isLive).toList();
    }

    /** How many registered devices are live in all (for tests and the log). */
    public int size() {
        return (int) devices.values().stream().flatMap(Set::stream).filter(SignalConnection::isLive).count();
    }

    void remember(ClientLeg leg) { byReconnectToken.put(leg.reconnectToken(), leg); }

    void forget(ClientLeg leg) { byReconnectToken.remove(leg.reconnectToken()); }

    Optional<ClientLeg> byReconnectToken(String token) { return Optional.ofNullable(byReconnectToken.get(token)); }
}
