package dev.switchboard.server.calls;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.webhook.ConnectionOverrides;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookPurpose;
import dev.switchboard.core.webhook.WebhookResult;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call's view of the webhook client: every request and its answer go into the call's timeline
 * (Twilio's Call Events), and every failure also becomes an error notification with its code.
 */
final class RecordingWebhookClient implements WebhookClient {
    private final WebhookClient delegate;
    private final CallTimeline timeline;
    private final CallClock clock;
    private final String accountSid;
    private final String callSid;
    /** The engine step that began when the last TwiML answer arrived; ends at the next request. */
    private volatile EngineStepEvent step;

    RecordingWebhookClient(WebhookClient delegate, CallTimeline timeline, CallClock clock, String accountSid, String callSid) {
        this.delegate = delegate;
        this.timeline = timeline;
        this.clock = clock;
        this.accountSid = accountSid;
        this.callSid = callSid;
    }

    @Override
    public WebhookResult fetch(WebhookRequest request) {
        var at = clock.now();
        endStep(request);
        WebhookResult result = delegate.fetch(request);
        if (request.purpose() == WebhookPurpose.TWIML && result instanceof WebhookResponse) beginStep();
        String url = ConnectionOverrides.stripFragment(request.url());
        WebhookOutcome outcome = switch (result) {
            case WebhookResponse r -> WebhookOutcome.Answered.of(r.status(), r.contentType(), r.body());
            case WebhookFailure f -> new WebhookOutcome.Failed(f.twilioCode(), f.reason(),
                    f.httpStatus().map(OptionalInt::of).orElse(OptionalInt.empty()));
        };
        timeline.append(new WebhookExchange(accountSid, callSid, 0, at, url, request.method(), request.params(), outcome,
                result.elapsed()));
        if (result instanceof WebhookFailure f) {
            timeline.append(ErrorRaised.of(accountSid, callSid, clock.now(), f.twilioCode(), f.reason(),
                    ErrorRaised.Level.ERROR, Optional.of(url), Optional.of(request.method())));
        }
        return result;
    }

    private void beginStep() {
        EngineStepEvent e = new EngineStepEvent();
        if (!e.isEnabled()) return;
        e.callSid = callSid;
        e.begin();
        step = e;
    }

    private void endStep(WebhookRequest next) {
        EngineStepEvent e = step;
        if (e == null) return;
        step = null;
        e.toStatusCallback = next.purpose() == WebhookPurpose.STATUS_CALLBACK;
        e.commit();
    }
}
