package dev.switchboard.core.call;

import java.time.Instant;

/**
 * One entry of a call's event timeline, in the past tense: a webhook exchange, a verb executed, a
 * status change or an error. Every entry names its call and account, the instant it happened and
 * its {@link #sequence()}: 1, 2, 3… per call, assigned by the
 * {@link dev.switchboard.core.store.CallTimelineStore} on append (0 before that). Immutable.
 */
public sealed interface TimelineEntry
        permits WebhookExchange, VerbExecuted, StatusChanged, ErrorRaised {

    String accountSid();

    String callSid();

    /** The per-call position, from 1; 0 while the entry is not yet stored. */
    long sequence();

    Instant at();

    /** The same entry at another position (the store's job). */
    TimelineEntry withSequence(long sequence);

    /** The stable wire name of the entry's kind: {@code webhook}, {@code verb}, {@code status}, {@code error}. */
    default String kind() {
        return switch (this) {
            case WebhookExchange w -> "webhook";
            case VerbExecuted v -> "verb";
            case StatusChanged s -> "status";
            case ErrorRaised e -> "error";
        };
    }
}
