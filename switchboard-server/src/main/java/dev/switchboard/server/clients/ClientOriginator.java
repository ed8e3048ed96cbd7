package dev.switchboard.server.clients;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.context.ContextParams;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.context.InviteParams;
import dev.switchboard.core.context.ParameterCheck;
import dev.switchboard.core.context.ParameterProblem;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.server.calls.CallPlacer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A device's {@code invite} (outgoing {@code device.connect({params})}) becomes an inbound call
 * running the token's {@code outgoing.application_sid} app (spec §1.5, §9.3). The device gets
 * {@code ringing} with the real CallSid at once and {@code answer} when the TwiML answers. Its
 * params ({@code grants.voice.outgoing.params} first, then {@code twilio.params}; a later name
 * wins) are checked like every custom parameter (errors refuse the call with a {@code hangup}
 * carrying the code, warnings are recorded) and sent as top-level parameters on every TwiML
 * request; {@code To} becomes the call's {@code To}/{@code Called}; a name that collides with a
 * standard parameter is dropped with warning 12200.
 */
public final class ClientOriginator {
    /** The parameters Twilio itself sends on a client call's TwiML request; SDK params never replace them. */
    static final FormParams STANDARD = standardNames("AccountSid", "ApiVersion", "ApplicationSid", "CallSid",
            "CallStatus", "Direction", "ForwardedFrom", "CallerName", "From", "ParentCallSid", "To", "Caller", "Called",
            "CallToken", "Digits", "FinishedOnKey", "SpeechResult", "Confidence", "RecordingUrl", "RecordingSid",
            "RecordingDuration", "DialCallStatus", "DialCallSid", "DialCallDuration", "AnsweredBy", "StirVerstat",
            "FromCity", "FromState", "FromZip", "FromCountry", "ToCity", "ToState", "ToZip", "ToCountry",
            "CallerCity", "CallerState", "CallerZip", "CallerCountry", "CalledCity", "CalledState", "CalledZip",
            "CalledCountry");

    private final Stores stores;
    private final Supplier<CallPlacer> placer;

    public ClientOriginator(Stores stores, Supplier<CallPlacer> placer) {
        this.stores = stores;
        this.placer = placer;
    }

    void originate(SignalConnection device, AccessToken token, String tempId, String sdp, String wireParams) {
        Optional<Application> app = token.outgoingApplicationSid().flatMap(sid -> stores.applications().find(token.accountSid(), sid));
        if (token.outgoingApplicationSid().isEmpty()) {
            device.send(SignalConnection.hangupWithError(tempId, TwilioError.APPLICATION_SID_INVALID.code(),
                    "the access token has no voice.outgoing.application_sid"));
            return;
        }
        if (app.isEmpty() || app.get().voiceUrl() == null) {
            device.send(SignalConnection.hangupWithError(tempId, TwilioError.APPLICATION_NOT_FOUND.code(),
                    TwilioError.APPLICATION_NOT_FOUND.template().formatted(token.outgoingApplicationSid().get())));
            return;
        }
        Map<String, String> merged = new LinkedHashMap<>(token.outgoingParams().resolved());
        CustomParameters sent = InviteParams.decode(wireParams);
        ParameterCheck check = sent.check();
        if (!check.accepted()) {
            ParameterProblem p = check.firstError().orElseThrow();
            device.send(SignalConnection.hangupWithError(tempId, p.code(), p.message()));
            return;
        }
        merged.putAll(sent.resolved());
        String to = Optional.ofNullable(merged.remove("To")).orElse("");
        CustomParameters custom = CustomParameters.fromMap(merged);
        List<ParameterProblem> warnings = new ArrayList<>(check.warnings());
        warnings.addAll(ContextParams.topLevelCollisions(STANDARD, custom));
        FormParams callParams = withoutStandard(ContextParams.topLevelParams(STANDARD, custom));
        Account account = stores.accounts().find(token.accountSid()).orElseThrow();
        try {
            placer.get().admit();
        } catch (dev.switchboard.core.error.TwilioException e) { // this node runs its maximum of calls
            device.send(SignalConnection.hangupWithError(tempId, e.code(), e.getMessage()));
            return;
        }
        String callSid = Sids.next(SidPrefix.CALL);
        ClientLeg leg = new ClientLeg(callSid, device, null, true, sdp);
        device.adopt(leg);
        device.alias(tempId, leg);
        device.send(SignalFrame.forCall("ringing", callSid));
        // the call's inbox exists once its thread runs; the leg is handed it then
        placer.get().clientInbound(callSid, account, app.get(), ClientNetwork.PREFIX + token.identity(), to,
                leg::withInbox, callParams, warnings);
    }

    private static FormParams standardNames(String... names) {
        FormParams.Builder b = FormParams.builder();
        for (String n : names) b.add(n, "");
        return b.build();
    }

    private static FormParams withoutStandard(FormParams all) {
        FormParams.Builder b = FormParams.builder();
        for (var p : all.entries()) if (!STANDARD.contains(p.name())) b.add(p.name(), p.value());
        return b.build();
    }
}
