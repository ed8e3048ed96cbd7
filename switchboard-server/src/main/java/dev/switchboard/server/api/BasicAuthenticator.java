package dev.switchboard.server.api;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.Stores;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic authentication as Twilio's REST API does it: {@code AccountSid:AuthToken} or
 * {@code ApiKeySid:Secret}. Only active accounts authenticate. Blocks on the stores.
 */
public final class BasicAuthenticator {
    private final Stores stores;

    public BasicAuthenticator(Stores stores) { this.stores = stores; }

    /** The account the credentials act for; throws 20003 (401) when they do not hold. */
    public Account authenticate(Optional<String> authorization) {
        String[] userPass = decode(authorization).orElseThrow(BasicAuthenticator::denied);
        String user = userPass[0];
        String secret = userPass[1];
        Account account;
        if (user.startsWith("SK")) {
            ApiKey key = stores.apiKeys().findBySid(user).filter(k -> same(k.secret(), secret))
                    .orElseThrow(BasicAuthenticator::denied);
            account = stores.accounts().find(key.accountSid()).orElseThrow(BasicAuthenticator::denied);
        } else if (user.startsWith("AC")) {
            account = stores.accounts().find(user).filter(a -> same(a.authToken(), secret))
                    .orElseThrow(BasicAuthenticator::denied);
        } else {
            throw denied();
        }
        if (!account.isActive()) throw denied(); // Twilio lists a suspended or closed account as a 20003 cause
        return account;
    }

    private static Optional<String[]> decode(Optional<String> header) {
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) return Optional.empty();
        try {
            String raw = new String(Base64.getDecoder().decode(header.get().substring(6).trim()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {raw.substring(0, colon), raw.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static TwilioException denied() { return new TwilioException(TwilioError.AUTHENTICATE); }
}
