package dev.switchboard.core.twiml;

/**
 * One parsed TwiML verb. The hierarchy is sealed so an interpreter can dispatch with an
 * exhaustive pattern-matching {@code switch}: adding a verb makes every switch that misses it
 * fail to compile. Every implementation is an immutable record with Twilio's defaults applied.
 */
public sealed interface Verb
        permits Say, Play, Pause, Gather, Record, Redirect, Hangup, Reject, Dial, Enqueue, Leave,
                Start, Stop, Connect, Echo {
}
