package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.StatusCallbackTarget;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.webhook.CallContext;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.VoiceRequestParams;
import dev.switchboard.core.webhook.WebhookRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls that a process stopped without warning (SIGKILL, power loss) left queued, ringing or
 * in-progress in the store are closed out when the platform starts again on it, before it takes
 * requests: an answered call ends {@code completed} with its duration up to the last thing its
 * timeline recorded; a call never answered ends {@code failed}. Each gets a timeline note saying
 * why. Then every {@code completed} status callback the store says is owed is sent: those of the
 * calls just closed out, and those of calls that ended just before the stop, whose final status
 * was stored but whose callback had not been sent yet. One whose sending the timeline already
 * shows is only marked sent. Sending is in the background, one at a time, signed with the
 * account's current auth token, once the close-out is durable. Decision and limits:
 * {@code docs/performance.md}, "Durability".
 */
public final class CallCloseOut {
    private static final Logger LOG = LoggerFactory.getLogger(CallCloseOut.class);
    private static final int PAGE = 500;
    private final CallEnvironment env;
    /** One ordered sender for every close-out callback: a restart does not open a connection per call at once. */
    private final SerialSender sender;

    public CallCloseOut(CallEnvironment env) {
        this.env = env;
        this.sender = new SerialSender(env.live());
    }

    /** Closes out every unfinished call in the store and queues every owed last callback; answers how many calls it closed. */
    public int run() {
        int closed = 0;
        List<Call> page;
        while (!(page = env.stores().calls().unfinished(PAGE)).isEmpty()) {
            for (Call call : page) {
                closeOut(call);
                closed++;
            }
        }
        if (closed > 0) LOG.warn("closed out {} calls left live by the previous run (it stopped without ending them)", closed);
        int owed = 0;
        Optional<String> after = Optional.empty();
        while (!(page = env.stores().calls().finalCallbackDue(PAGE, after)).isEmpty()) {
            for (Call call : page) owed += sendOwedCallback(call) ? 1 : 0;
            after = Optional.of(page.getLast().sid());
        }
        if (owed > 0) LOG.warn("sending {} completed status callbacks the previous run had not sent", owed);
        return closed;
    }

    private void closeOut(Call call) {
        List<TimelineEntry> timeline = env.stores().timelines().list(call.accountSid(), call.sid());
        Instant lastSeen = timeline.stream().map(TimelineEntry::at).max(Instant::compareTo)
                .filter(t -> t.isAfter(call.dateUpdated())).orElse(call.dateUpdated());
        boolean answered = call.startTime() != null;
        CallStatus end = answered ? CallStatus.COMPLETED : CallStatus.FAILED;
        int seconds = answered ? (int) Math.max(0, Duration.between(call.startTime(), lastSeen).toSeconds()) : 0;
        Call closed = call.withEnded(end, lastSeen.truncatedTo(ChronoUnit.SECONDS), seconds,
                env.clock().now().truncatedTo(ChronoUnit.SECONDS));
        env.stores().calls().update(closed); // owes its completed callback from here, if it asked for one
        env.timeline().statusChanged(call.accountSid(), call.sid(), call.status(), end);
        env.timeline().append(new VerbExecuted(call.accountSid(), call.sid(), 0, env.clock().now(), "closeout",
                "the platform stopped while the call was " + call.status().wire() + "; closed out at the next start"));
    }

    /** Queues the owed callback; answers false when the timeline shows it was sent after all (then it is only marked). */
    private boolean sendOwedCallback(Call call) {
        Optional<StatusCallbackTarget> target = env.stores().calls().statusCallback(call.sid());
        List<TimelineEntry> timeline = env.stores().timelines().list(call.accountSid(), call.sid());
        if (target.isEmpty() || alreadySent(timeline, target.get())) {
            env.stores().calls().finalCallbackSent(call.sid());
            return false;
        }
        int seconds = call.duration() == null ? 0 : call.duration();
        sendLastCallback(call, target.get(), seconds, earlierCallbacks(timeline, target.get()));
        return true;
    }

    private static boolean alreadySent(List<TimelineEntry> timeline, StatusCallbackTarget t) {
        return timeline.stream().anyMatch(e -> e instanceof WebhookExchange w && w.url().equals(t.url())
                && w.params().get("CallStatus").flatMap(CallStatus::fromWire).filter(CallStatus::isTerminal).isPresent());
    }

    private static int earlierCallbacks(List<TimelineEntry> timeline, StatusCallbackTarget t) {
        return (int) timeline.stream().filter(e -> e instanceof WebhookExchange w && w.url().equals(t.url())).count();
    }

    private void sendLastCallback(Call call, StatusCallbackTarget target, int seconds, int sequence) {
        Optional<String> token = env.stores().accounts().find(call.accountSid()).map(a -> a.authToken());
        if (token.isEmpty()) {
            env.stores().calls().finalCallbackSent(call.sid()); // the account is gone: nobody to send it to
            return;
        }
        CallContext context = new CallContext(call.sid(), call.accountSid(), call.from(), call.to(), call.status().wire(),
                call.direction().wire(), call.apiVersion(), Optional.ofNullable(call.parentCallSid()), Optional.empty(),
                Optional.ofNullable(call.forwardedFrom()), Optional.ofNullable(call.callerName()));
        FormParams params = VoiceRequestParams.statusCallback(context, env.geo(), env.clock().now(), sequence, Optional.of(seconds));
        WebhookRequest request = WebhookRequest.statusCallback(target.url(), target.method(), params, token.get());
        var hooks = new RecordingWebhookClient(env.webhooks(), env.timeline(), env.clock(), call.accountSid(), call.sid());
        sender.execute(() -> {
            env.stores().barrier().await();
            hooks.fetch(request);
            env.stores().calls().finalCallbackSent(call.sid());
        });
    }
}
