package dev.switchboard.sip.transaction;

import dev.switchboard.sip.time.SipScheduler;
import dev.switchboard.sip.transport.MessageSender;

/** What every transaction shares: the transports to send through, the scheduler for its timers, T1/T2/T4. */
public record TransactionContext(MessageSender sender, SipScheduler scheduler, TimerValues timers) {}
