package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.webhook.CallContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The record of one running call and its transitions: every change is written to the store and
 * the timeline at once, so REST reads follow the call as it runs. Thread-safe.
 */
final class CallState {
    private final CallEnvironment env;
    private final VoiceTarget target;
    private Call call;
    private Instant answeredAt;

    CallState(CallEnvironment env, Call call, VoiceTarget target) {
        this.env = env;
        this.call = call;
        this.target = target;
    }

    synchronized Call call() { return call; }

    synchronized String sid() { return call.sid(); }

    /** The call as webhooks describe it now. */
    synchronized CallContext context() {
        return new CallContext(call.sid(), call.accountSid(), call.from(), call.to(), call.status().wire(),
                call.direction().wire(), target.apiVersion(), Optional.ofNullable(call.parentCallSid()),
                target.applicationSid(), Optional.ofNullable(call.forwardedFrom()), Optional.ofNullable(call.callerName()));
    }

    /** The context with a status-callback-only status such as {@code initiated}. */
    synchronized CallContext contextAs(String status) { return context().withStatus(status); }

    synchronized void status(CallStatus next) {
        if (call.status() == next) return;
        CallStatus before = call.status();
        call = call.withStatus(next, now());
        env.stores().calls().update(call);
        env.timeline().statusChanged(call.accountSid(), call.sid(), before, next);
    }

    synchronized void answered(Optional<String> answeredBy) {
        if (answeredAt != null) return;
        answeredAt = env.clock().now();
        call = call.withStartTime(answeredAt.truncatedTo(ChronoUnit.SECONDS), now());
        answeredBy.ifPresent(a -> call = call.withAnsweredBy(a, now()));
        status(CallStatus.IN_PROGRESS);
    }

    synchronized boolean wasAnswered() { return answeredAt != null; }

    synchronized void queueTime(long millis) {
        call = new Call(call.sid(), call.accountSid(), call.parentCallSid(), call.to(), call.from(), call.phoneNumberSid(),
                call.status(), call.direction(), call.answeredBy(), call.apiVersion(), call.forwardedFrom(),
                call.callerName(), call.groupSid(), call.trunkSid(), call.startTime(), call.endTime(), call.duration(),
                call.price(), call.priceUnit(), millis, call.dateCreated(), now());
        env.stores().calls().update(call);
    }

    /** Ends the call; answers its duration in whole seconds (0 when never answered). */
    synchronized int end(CallStatus terminal) {
        Instant end = env.clock().now();
        int seconds = answeredAt == null ? 0 : (int) Duration.between(answeredAt, end).toSeconds();
        CallStatus before = call.status();
        call = call.withEnded(terminal, end.truncatedTo(ChronoUnit.SECONDS), seconds, now());
        env.stores().calls().update(call);
        env.timeline().statusChanged(call.accountSid(), call.sid(), before, terminal);
        return seconds;
    }

    private Instant now() { return env.clock().now().truncatedTo(ChronoUnit.SECONDS); }
}
