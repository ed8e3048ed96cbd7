package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.T0;
import static dev.switchboard.testing.store.DirectoryFixtures.at;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import java.time.Instant;

/** Call records for store tests, each with a fresh random SID; times carry microseconds. */
public final class CallFixtures {
    private CallFixtures() {}

    /** A queued outbound-api call with only the required fields set: every optional field null, queue time 0. */
    public static Call queuedCall(String accountSid, String to, String from) {
        return new Call(Sids.next(SidPrefix.CALL), accountSid, null, to, from, null,
                CallStatus.QUEUED, CallDirection.OUTBOUND_API, null, null, null, null, null, null,
                null, null, null, null, null, 0L, T0, T0);
    }

    /** A completed inbound child leg with every field set to a distinct value. */
    public static Call fullCall(String accountSid) {
        return new Call(Sids.next(SidPrefix.CALL), accountSid, Sids.next(SidPrefix.CALL), "+14155550100",
                "client:alice", Sids.next(SidPrefix.PHONE_NUMBER), CallStatus.COMPLETED, CallDirection.OUTBOUND_DIAL,
                "machine_end_beep", Call.API_VERSION, "+14155550199", "ALICE SMITH", "GP" + Sids.secret(),
                "TK" + Sids.secret(), at(10), at(75), 65, "-0.00250", "USD", 1234L, T0, at(80));
    }

    /** A call in {@code status} that started and ended at the given instants (either may be null). */
    public static Call callAt(String accountSid, CallStatus status, Instant start, Instant end) {
        Call c = queuedCall(accountSid, "+14155550100", "+14155550111");
        return new Call(c.sid(), accountSid, null, c.to(), c.from(), null, status, CallDirection.INBOUND,
                null, Call.API_VERSION, null, null, null, null, start, end, null, null, null, 0L, T0, T0);
    }

    /** {@code c} with another SID, for collisions. */
    public static Call withSid(Call c, String sid) {
        return new Call(sid, c.accountSid(), c.parentCallSid(), c.to(), c.from(), c.phoneNumberSid(), c.status(),
                c.direction(), c.answeredBy(), c.apiVersion(), c.forwardedFrom(), c.callerName(), c.groupSid(),
                c.trunkSid(), c.startTime(), c.endTime(), c.duration(), c.price(), c.priceUnit(), c.queueTimeMs(),
                c.dateCreated(), c.dateUpdated());
    }

    /** {@code c} with another parent call. */
    public static Call withParent(Call c, String parentCallSid) {
        return new Call(c.sid(), c.accountSid(), parentCallSid, c.to(), c.from(), c.phoneNumberSid(), c.status(),
                c.direction(), c.answeredBy(), c.apiVersion(), c.forwardedFrom(), c.callerName(), c.groupSid(),
                c.trunkSid(), c.startTime(), c.endTime(), c.duration(), c.price(), c.priceUnit(), c.queueTimeMs(),
                c.dateCreated(), c.dateUpdated());
    }
}
