package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceStatus;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.context.ParameterizedAddress;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.server.calls.VoiceTarget;
import dev.switchboard.server.conferences.ConferenceCallbacks;
import dev.switchboard.server.conferences.ConferenceRooms;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json}: dials
 * {@code To} and puts the answered leg into the conference. The path takes a CF SID (a completed or
 * unknown one is 20404) or a friendly name, which opens the conference if needed (spec §5.5).
 *
 * <p>The leg is an ordinary outbound call whose TwiML is {@code <Dial><Conference …>name</Conference></Dial>}
 * built from the request ({@code Label}, {@code Muted}, {@code Beep}, {@code StartConferenceOnEnter},
 * {@code EndConferenceOnExit}, {@code MaxParticipants}, {@code WaitUrl}, {@code Coaching}/{@code CallSidToCoach},
 * {@code ConferenceStatusCallback*}, {@code TimeLimit}), so it joins exactly as a TwiML participant
 * does; {@code StatusCallback*} are the leg's call status callbacks, {@code Timeout} its ring time.
 * The participant shows {@code queued} until the leg answers and joins, and disappears if it never
 * does. {@code To} is E.164 or a {@code client:}/{@code sip:} address passed to the phone network
 * unchanged; its {@code ?query} becomes the leg's custom parameters. Recording, AMD, BYOC, SIP auth
 * and {@code EarlyMedia} are accepted and have no effect.
 */
public final class CreateParticipantHandler implements ApiHandler {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");
    private static final Set<String> CALL_EVENTS = Set.of("initiated", "ringing", "answered", "completed");
    private static final Set<String> CONFERENCE_EVENTS = Set.of("start", "end", "join", "leave", "mute", "hold", "modify",
            "speaker", "announcement");
    private static final Set<String> BEEPS = Set.of("true", "false", "onEnter", "onExit");

    private final Stores stores;
    private final CallPlacer placer;
    private final ConferenceRooms rooms;

    public CreateParticipantHandler(Stores stores, CallPlacer placer, ConferenceRooms rooms) {
        this.stores = stores;
        this.placer = placer;
        this.rooms = rooms;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String from = req.param("From").filter(v -> !v.isBlank()).orElseThrow(() -> new TwilioException(TwilioError.FROM_REQUIRED)).trim();
        String toRaw = req.param("To").filter(v -> !v.isBlank()).orElseThrow(() -> new TwilioException(TwilioError.TO_REQUIRED)).trim();
        ParameterizedAddress to = ParameterizedAddress.parse(toRaw);
        if (!E164.matcher(to.address()).matches() && !isEndpoint(to.address())) throw new TwilioException(TwilioError.TO_INVALID, toRaw);
        if (!E164.matcher(from).matches() && !isEndpoint(from)) throw new TwilioException(TwilioError.FROM_INVALID, from);
        Optional<String> label = req.param("Label").filter(v -> !v.isEmpty());
        boolean muted = FormFields.bool(req, "Muted").orElse(false);
        boolean hold = FormFields.bool(req, "Hold").orElse(false);
        boolean startOnEnter = FormFields.bool(req, "StartConferenceOnEnter").orElse(true);
        boolean endOnExit = FormFields.bool(req, "EndConferenceOnExit").orElse(false);
        boolean coaching = FormFields.bool(req, "Coaching").orElse(false);
        Optional<String> toCoach = req.param("CallSidToCoach").filter(v -> !v.isBlank());
        if (coaching && toCoach.isEmpty()) throw new TwilioException(TwilioError.MISSING_PARAMETER, "CallSidToCoach");
        String beep = req.param("Beep").orElse("true");
        if (!BEEPS.contains(beep)) throw FormFields.invalid("Beep", beep, "must be true, false, onEnter or onExit");
        FormFields.bool(req, "EarlyMedia");
        int timeout = intParam(req, "Timeout", 60, 5, 600);
        int maxParticipants = intParam(req, "MaxParticipants", 250, 2, 250);
        Optional<Duration> timeLimit = Optional.of(Duration.ofSeconds(intParam(req, "TimeLimit", 14400, 1, 86400)));
        Optional<String> waitUrl = FormFields.url(req, "WaitUrl", TwilioError.URL_INVALID);
        Optional<String> region = req.param("Region").filter(v -> !v.isBlank()).map(v -> v.toLowerCase(Locale.ROOT));
        Optional<String> confCallback = FormFields.url(req, "ConferenceStatusCallback", TwilioError.URL_PARAMETER_INVALID)
                .filter(u -> !u.isEmpty());
        String confMethod = FormFields.method(req, "ConferenceStatusCallbackMethod", TwilioError.METHOD_INVALID).orElse("POST");
        Set<String> confEvents = events(req, "ConferenceStatusCallbackEvent", CONFERENCE_EVENTS);
        if (confEvents.isEmpty()) confEvents = new LinkedHashSet<>(List.of("start", "end")); // spec §5.5 default
        Optional<String> callCallback = FormFields.url(req, "StatusCallback", TwilioError.URL_PARAMETER_INVALID).filter(u -> !u.isEmpty());
        String callMethod = FormFields.method(req, "StatusCallbackMethod", TwilioError.METHOD_INVALID).orElse("POST");
        Set<String> callEvents = events(req, "StatusCallbackEvent", CALL_EVENTS);
        if (callEvents.isEmpty()) callEvents = Set.of("completed");

        Conference conference = conference(req, region, new ConferenceCallbacks(confCallback, method(confMethod), confEvents),
                maxParticipants);
        StringBuilder twiml = new StringBuilder("<Response><Dial timeLimit=\"").append(timeLimit.get().toSeconds())
                .append("\"><Conference");
        attr(twiml, "muted", Boolean.toString(muted));
        attr(twiml, "beep", beep);
        attr(twiml, "startConferenceOnEnter", Boolean.toString(startOnEnter));
        attr(twiml, "endConferenceOnExit", Boolean.toString(endOnExit));
        attr(twiml, "maxParticipants", Integer.toString(maxParticipants));
        label.ifPresent(l -> attr(twiml, "participantLabel", l));
        if (coaching) attr(twiml, "coach", toCoach.get());
        waitUrl.ifPresent(u -> attr(twiml, "waitUrl", u));
        confCallback.ifPresent(u -> attr(twiml, "statusCallback", u));
        attr(twiml, "statusCallbackMethod", confMethod);
        attr(twiml, "statusCallbackEvent", String.join(" ", confEvents));
        twiml.append('>').append(escape(conference.friendlyName())).append("</Conference></Dial></Response>");
        VoiceTarget target = new VoiceTarget(Optional.empty(), HttpMethod.POST, Optional.of(twiml.toString()), Optional.empty(),
                HttpMethod.POST, callCallback, method(callMethod), callEvents, "2010-04-01", Optional.empty());
        var leg = new CallPlacer.Outbound(req.pathAccount(), to.address(), from, target, Duration.ofSeconds(timeout), timeLimit,
                Optional.empty(), false, to.parameters());
        String[] callSid = new String[1];
        var call = placer.outbound(leg, () -> rooms.legEnded(conference.sid(), conference.accountSid(), callSid[0]));
        callSid[0] = call.sid();
        Participant p = rooms.expect(conference, call.sid(), label, muted, hold, startOnEnter, endOnExit, coaching,
                coaching ? toCoach : Optional.empty());
        return ApiResponse.created(ConferenceJson.of(p, "0"));
    }

    private Conference conference(ApiRequest req, Optional<String> region, ConferenceCallbacks callbacks, int max) {
        String key = req.pathParam("ConferenceSid");
        if (key.length() == 34 && key.startsWith(SidPrefix.CONFERENCE.letters())) {
            Conference c = stores.conferences().find(req.accountSid(), key).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
            if (c.status() == ConferenceStatus.COMPLETED) throw ApiDispatcher.notFound(req.path());
            return rooms.open(c.accountSid(), c.friendlyName(), region, callbacks, max);
        }
        if (key.isBlank() || key.length() > 128) throw FormFields.invalid("ConferenceSid", key, "must be a CF SID or a name of at most 128 characters");
        return rooms.open(req.accountSid(), key, region, callbacks, max);
    }

    /** {@code client:}, {@code sip:} and {@code app:} addresses go to the phone network unchanged. */
    private static boolean isEndpoint(String address) {
        return address.startsWith("client:") || address.startsWith("sip:") || address.startsWith("app:");
    }

    private static Set<String> events(ApiRequest req, String name, Set<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : req.params(name)) {
            for (String one : v.trim().split("[\\s,]+")) {
                if (one.isEmpty()) continue;
                if (!allowed.contains(one)) throw FormFields.invalid(name, one, "must be one of " + String.join(", ", List.copyOf(allowed)));
                out.add(one);
            }
        }
        return out;
    }

    private static void attr(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    private static HttpMethod method(String m) { return "GET".equalsIgnoreCase(m) ? HttpMethod.GET : HttpMethod.POST; }

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
