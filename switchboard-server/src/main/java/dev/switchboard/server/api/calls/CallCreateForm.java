package dev.switchboard.server.api.calls;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.context.ParameterizedAddress;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.server.calls.VoiceTarget;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a Calls create request (spec §5.1) into what the call placer needs. With
 * {@code ApplicationSid}, the application's URLs, methods and status callback win over the
 * request's, as on Twilio.
 */
final class CallCreateForm {
    static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");
    private static final Pattern SEND_DIGITS = Pattern.compile("^[0-9A-D#*wW]{1,32}$");
    private static final Set<String> EVENTS = Set.of("initiated", "ringing", "answered", "completed");
    static final int TWIML_MAX = 4000;

    private CallCreateForm() {}

    static CallPlacer.Outbound read(ApiRequest req, ApplicationStore apps) {
        String to = req.param("To").filter(v -> !v.isBlank()).orElseThrow(() -> new TwilioException(TwilioError.TO_REQUIRED));
        String from = req.param("From").filter(v -> !v.isBlank()).orElseThrow(() -> new TwilioException(TwilioError.FROM_REQUIRED));
        to = to.trim();
        CustomParameters parameters = CustomParameters.none();
        boolean toClient = to.startsWith("client:");
        boolean toSip = dev.switchboard.server.sip.SipNetwork.isSipAddress(to);
        if (toSip) {
            SipAddressRules.check(to);
        } else if (toClient) {
            // client:alice?k=v — the query becomes the SDK's customParameters (docs/custom-parameters.md §1)
            ParameterizedAddress address = ParameterizedAddress.parse(to);
            if (!validIdentity(address.address().substring("client:".length()))) throw new TwilioException(TwilioError.TO_INVALID, to);
            parameters = address.parameters();
            parameters.check().orThrow();
            to = address.address();
        } else if (!E164.matcher(to).matches()) {
            throw new TwilioException(TwilioError.TO_INVALID, to);
        }
        String callerId = req.param("CallerId").filter(v -> !v.isBlank()).orElse(from).trim();
        boolean callerOk = E164.matcher(callerId).matches()
                || (toClient && callerId.startsWith("client:") && validIdentity(callerId.substring("client:".length())))
                || (toSip && SipAddressRules.validCallerId(callerId));
        if (!callerOk) throw new TwilioException(TwilioError.FROM_INVALID, callerId);
        Duration timeout = Duration.ofSeconds(intParam(req, "Timeout", 60, 1, 600));
        Optional<Duration> timeLimit = req.has("TimeLimit")
                ? Optional.of(Duration.ofSeconds(intParam(req, "TimeLimit", 14400, 1, 86400)))
                : Optional.of(Duration.ofSeconds(14400));
        Optional<String> sendDigits = req.param("SendDigits").filter(v -> !v.isEmpty()).map(d -> {
            if (!SEND_DIGITS.matcher(d).matches()) throw FormFields.invalid("SendDigits", d, "at most 32 of 0-9 A-D # * w W");
            return d;
        });
        boolean amd = req.param("MachineDetection").filter(v -> !v.isEmpty()).map(v -> {
            if (!v.equals("Enable") && !v.equals("DetectMessageEnd")) {
                throw FormFields.invalid("MachineDetection", v, "must be Enable or DetectMessageEnd");
            }
            return true;
        }).orElse(false) && sendDigits.isEmpty(); // SendDigits disables MachineDetection (spec §5.1)
        VoiceTarget target = target(req, apps);
        Optional<dev.switchboard.core.call.RingRequest.Credentials> login = toSip ? SipAddressRules.credentials(req) : Optional.empty();
        return new CallPlacer.Outbound(req.pathAccount(), to, callerId, target, timeout, timeLimit, sendDigits, amd,
                parameters, login);
    }

    /**
     * A client identity as Twilio's {@code <Client>} page allows it: 1–256 characters, no control
     * characters, spaces or the delimiters {@code < > # % " { } | \ ^ [ ] `} and {@code ?} (which starts the parameters).
     */
    static boolean validIdentity(String identity) {
        if (identity.isEmpty() || identity.codePointCount(0, identity.length()) > 256) return false;
        return identity.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || "<>#%\"{}|\\^[]`?".indexOf(c) >= 0);
    }

    private static VoiceTarget target(ApiRequest req, ApplicationStore apps) {
        Optional<String> appSid = req.param("ApplicationSid").filter(v -> !v.isBlank());
        if (appSid.isPresent()) {
            Application a = apps.find(req.accountSid(), appSid.get())
                    .orElseThrow(() -> new TwilioException(TwilioError.APPLICATION_SID_INVALID, appSid.get()));
            if (a.voiceUrl() == null) throw new TwilioException(TwilioError.URL_INVALID, "the application has no VoiceUrl");
            return new VoiceTarget(Optional.of(a.voiceUrl()), method(a.voiceMethod()), Optional.empty(),
                    Optional.ofNullable(a.voiceFallbackUrl()), method(a.voiceFallbackMethod()),
                    Optional.ofNullable(a.statusCallback()), method(a.statusCallbackMethod()), Set.of("completed"),
                    a.apiVersion(), Optional.of(a.sid()));
        }
        Optional<String> url = FormFields.url(req, "Url", TwilioError.URL_INVALID).filter(u -> !u.isEmpty());
        Optional<String> twiml = req.param("Twiml").filter(t -> !t.isBlank());
        if (url.isEmpty() && twiml.isEmpty()) throw new TwilioException(TwilioError.URL_INVALID, "Url, Twiml or ApplicationSid is required");
        if (twiml.isPresent() && twiml.get().length() > TWIML_MAX) {
            throw FormFields.invalid("Twiml", twiml.get().substring(0, 20) + "…", "must be at most " + TWIML_MAX + " characters");
        }
        HttpMethod method = method(FormFields.method(req, "Method", TwilioError.METHOD_INVALID).orElse("POST"));
        Optional<String> fallback = FormFields.url(req, "FallbackUrl", TwilioError.URL_INVALID).filter(u -> !u.isEmpty());
        HttpMethod fallbackMethod = method(FormFields.method(req, "FallbackMethod", TwilioError.METHOD_INVALID).orElse("POST"));
        Optional<String> statusCallback = FormFields.url(req, "StatusCallback", TwilioError.URL_PARAMETER_INVALID).filter(u -> !u.isEmpty());
        HttpMethod statusMethod = method(FormFields.method(req, "StatusCallbackMethod", TwilioError.METHOD_INVALID).orElse("POST"));
        Set<String> events = new LinkedHashSet<>();
        for (String e : req.params("StatusCallbackEvent")) {
            for (String one : e.trim().split("\\s+")) {
                if (one.isEmpty()) continue;
                if (!EVENTS.contains(one)) throw FormFields.invalid("StatusCallbackEvent", one, "must be initiated, ringing, answered or completed");
                events.add(one);
            }
        }
        if (events.isEmpty()) events.add("completed");
        return new VoiceTarget(twiml.isPresent() ? Optional.empty() : url, method, twiml, fallback, fallbackMethod,
                statusCallback, statusMethod, Set.copyOf(events), "2010-04-01", Optional.empty());
    }

    static HttpMethod method(String m) { return "GET".equalsIgnoreCase(m) ? HttpMethod.GET : HttpMethod.POST; }

    private static int intParam(ApiRequest req, String name, int dflt, int min, int max) {
        Optional<String> v = req.param(name).filter(s -> !s.isBlank());
        if (v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v.get().trim());
            if (n < min || n > max) throw FormFields.invalid(name, v.get(), "must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw FormFields.invalid(name, v.get(), "must be an integer");
        }
    }
}
