package dev.switchboard.server.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /sandbox/AccessTokens.json} (Switchboard's own, for trying clients locally):
 * {@code Identity}, optional {@code OutgoingApplicationSid}, {@code IncomingAllow} (default true),
 * {@code Ttl} seconds (default 3600, at most 86400) and {@code KeySid}. Answers a Voice access token
 * in Twilio's format (HS256, {@code cty: twilio-fpa;v=1}), signed with {@code KeySid}'s secret or
 * with the account's "Switchboard sandbox tokens" key, made on first use. Production apps mint their
 * own tokens with a helper library.
 */
final class MintAccessTokenHandler implements ApiHandler {
    static final String KEY_NAME = "Switchboard sandbox tokens";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern IDENTITY = Pattern.compile("^[^\\p{Cntrl}\\s<>\"#%{}|\\\\^`]{1,256}$");
    private final ApiKeyStore keys;
    private final ApplicationStore applications;
    private final Clock clock;

    MintAccessTokenHandler(ApiKeyStore keys, ApplicationStore applications, Clock clock) {
        this.keys = keys;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String identity = FormFields.required(req, "Identity");
        if (!IDENTITY.matcher(identity).matches()) {
            throw FormFields.invalid("Identity", identity, "at most 256 characters, no spaces, control or delimiter characters");
        }
        Optional<String> app = req.param("OutgoingApplicationSid").filter(v -> !v.isBlank());
        if (app.isPresent() && applications.find(req.accountSid(), app.get()).isEmpty()) {
            throw new TwilioException(TwilioError.APPLICATION_SID_INVALID, app.get());
        }
        boolean incoming = FormFields.bool(req, "IncomingAllow").orElse(true);
        long ttl = ttl(req);
        ApiKey key = req.param("KeySid").filter(v -> !v.isBlank())
                .map(sid -> keys.find(req.accountSid(), sid).orElseThrow(() -> FormFields.invalid("KeySid", sid, "no such key in this account")))
                .orElseGet(() -> sandboxKey(req.accountSid()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String token = sign(key, identity, incoming, app, now, ttl);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("identity", identity);
        body.put("key_sid", key.sid());
        body.put("expires", now.plusSeconds(ttl).toString());
        return ApiResponse.created(body);
    }

    private static long ttl(ApiRequest req) {
        String raw = req.param("Ttl").filter(v -> !v.isBlank()).orElse("3600");
        try {
            long ttl = Long.parseLong(raw);
            if (ttl >= 1 && ttl <= 86_400) return ttl;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw FormFields.invalid("Ttl", raw, "must be a whole number of seconds from 1 to 86400");
    }

    private ApiKey sandboxKey(String accountSid) {
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<ApiKey> keysPage = keys.list(accountSid, page);
            Optional<ApiKey> found = keysPage.items().stream().filter(k -> KEY_NAME.equals(k.friendlyName())).findFirst();
            if (found.isPresent()) return found.get();
            if (!keysPage.hasMore()) break;
            page = new PageRequest(page.pageSize(), page.page() + 1, Optional.empty());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ApiKey key = new ApiKey(Sids.next(SidPrefix.API_KEY), accountSid, KEY_NAME, Sids.secret(), now, now);
        keys.create(key);
        return key;
    }

    static String sign(ApiKey key, String identity, boolean incoming, Optional<String> app, Instant now, long ttl) {
        ObjectNode header = JSON.createObjectNode().put("alg", "HS256").put("typ", "JWT").put("cty", "twilio-fpa;v=1");
        ObjectNode payload = JSON.createObjectNode();
        payload.put("jti", key.sid() + "-" + now.getEpochSecond());
        payload.put("iss", key.sid());
        payload.put("sub", key.accountSid());
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", now.getEpochSecond() + ttl);
        ObjectNode grants = payload.putObject("grants");
        grants.put("identity", identity);
        ObjectNode voice = grants.putObject("voice");
        if (incoming) voice.putObject("incoming").put("allow", true);
        app.ifPresent(sid -> voice.putObject("outgoing").put("application_sid", sid));
        String signingInput = B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
