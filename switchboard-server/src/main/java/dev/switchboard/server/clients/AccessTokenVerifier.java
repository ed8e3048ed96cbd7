package dev.switchboard.server.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.ApiKeyStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Twilio Access Tokens (JWT, {@code cty: twilio-fpa;v=1}) as minted by the official helper
 * libraries (spec §9.1): HS256/HS384/HS512 signed with the secret of the API key named by
 * {@code iss}; {@code sub} must be that key's account, which must be active; {@code exp} must be in
 * the future and at most 24 h after {@code iat}; {@code nbf}, when present, must have passed.
 * Pure apart from the two store look-ups; never blocks otherwise.
 */
public final class AccessTokenVerifier {
    /** Twilio refuses tokens that live longer than 24 h (20157). */
    public static final Duration MAX_TTL = Duration.ofHours(24);
    /** Longer tokens are refused before any parsing. */
    public static final int MAX_TOKEN_CHARS = 16 * 1024;
    private static final Map<String, String> ALGORITHMS = Map.of(
            "HS256", "HmacSHA256", "HS384", "HmacSHA384", "HS512", "HmacSHA512");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiKeyStore keys;
    private final AccountStore accounts;

    public AccessTokenVerifier(ApiKeyStore keys, AccountStore accounts) {
        this.keys = keys;
        this.accounts = accounts;
    }

    /** The token's claims, or {@link TokenRejected} with Twilio's code. */
    public AccessToken verify(String token, Instant now) {
        if (token == null || token.isEmpty()) throw invalid("no token");
        if (token.length() > MAX_TOKEN_CHARS) throw invalid("longer than " + MAX_TOKEN_CHARS + " characters");
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) throw invalid("not a JWT");
        JsonNode header = json(parts[0], "header");
        JsonNode body = json(parts[1], "payload");
        String alg = header.path("alg").asText("");
        String javaAlg = ALGORITHMS.get(alg);
        if (javaAlg == null) throw invalid("unsupported alg " + alg);
        String cty = header.path("cty").asText("");
        if (!cty.equals("twilio-fpa;v=1")) throw invalid("cty must be twilio-fpa;v=1");
        String iss = body.path("iss").asText("");
        String sub = body.path("sub").asText("");
        ApiKey key = keys.findBySid(iss).orElseThrow(() -> invalid("unknown API key " + iss));
        byte[] expected = hmac(javaAlg, key.secret(), parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw invalid("signature is not base64url");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new TokenRejected(TwilioError.ACCESS_TOKEN_SIGNATURE_INVALID, 31202, "signature does not verify");
        }
        if (!key.accountSid().equals(sub)) throw invalid("sub does not match the key's account");
        Account account = accounts.find(sub).orElseThrow(() -> invalid("unknown account"));
        if (account.status() != AccountStatus.ACTIVE) throw invalid("account is not active");
        if (!body.path("exp").canConvertToLong()) {
            throw new TokenRejected(TwilioError.ACCESS_TOKEN_EXPIRED, 31205, "no exp");
        }
        Instant exp = Instant.ofEpochSecond(body.get("exp").asLong());
        if (!exp.isAfter(now)) throw new TokenRejected(TwilioError.ACCESS_TOKEN_EXPIRED, 31205, "expired at " + exp);
        Instant iat = body.path("iat").canConvertToLong() ? Instant.ofEpochSecond(body.get("iat").asLong()) : now;
        if (Duration.between(iat, exp).compareTo(MAX_TTL) > 0) {
            throw new TokenRejected(TwilioError.ACCESS_TOKEN_TTL_TOO_LONG, 31207, "exp is more than 24 h after iat");
        }
        if (body.path("nbf").canConvertToLong() && Instant.ofEpochSecond(body.get("nbf").asLong()).isAfter(now)) {
            throw new TokenRejected(TwilioError.ACCESS_TOKEN_NOT_YET_VALID, 31204, "nbf is in the future");
        }
        JsonNode grants = body.path("grants");
        String identity = grants.path("identity").asText("");
        JsonNode voice = grants.path("voice");
        boolean incoming = voice.path("incoming").path("allow").asBoolean(false);
        JsonNode outgoing = voice.path("outgoing");
        Optional<String> app = Optional.of(outgoing.path("application_sid").asText("")).filter(s -> !s.isEmpty());
        Map<String, String> params = new LinkedHashMap<>();
        outgoing.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        return new AccessToken(sub, iss, identity, incoming, app, CustomParameters.fromMap(params), exp);
    }

    private static JsonNode json(String part, String what) {
        try {
            JsonNode n = JSON.readTree(Base64.getUrlDecoder().decode(part));
            if (n == null || !n.isObject()) throw invalid(what + " is not a JSON object");
            return n;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid(what + " is not base64url JSON");
        }
    }

    static byte[] hmac(String javaAlg, String secret, String signingInput) {
        try {
            Mac mac = Mac.getInstance(javaAlg);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), javaAlg));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TokenRejected invalid(String detail) {
        return new TokenRejected(TwilioError.ACCESS_TOKEN_INVALID, 31204, detail);
    }
}
