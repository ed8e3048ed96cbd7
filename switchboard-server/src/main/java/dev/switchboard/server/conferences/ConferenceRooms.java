package dev.switchboard.server.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceStatus;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.conference.ParticipantStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.Rfc2822;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every live conference of this node. A conference exists from the first join (or REST participant
 * create) under its account-scoped name until it ends; a new join under the same name then opens a
 * new conference (new CF SID). Rules (spec §2.4, §5.4–5.5):
 * <ul>
 *   <li>it starts ({@code in-progress}, {@code conference-start}) when a participant with
 *       {@code startConferenceOnEnter} is present; others wait in {@code init} (no hold music yet);</li>
 *   <li>it ends when a participant with {@code endConferenceOnExit} leaves or is kicked, when the last
 *       participant leaves, or by REST {@code Status=completed}: everyone left is released;</li>
 *   <li>{@code maxParticipants} (the first participant's value) refuses further joins;</li>
 *   <li>{@code muted}, {@code hold} and {@code coaching} are flags only (there is no audio mix).</li>
 * </ul>
 * Status callbacks are built under the room's lock (so {@code SequenceNumber} follows the order of
 * events) and sent in that order on one background thread per conference; a slow callback never
 * blocks a call. One lock for all rooms keeps the rules simple; every operation is short.
 */
public final class ConferenceRooms {
    private final Stores stores;
    private final WebhookClient webhooks;
    private final CallClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Room> rooms = new LinkedHashMap<>();

    public ConferenceRooms(Stores stores, WebhookClient webhooks, CallClock clock) {
        this.stores = stores;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Why a participant left. */
    public enum Leaving { LEFT, KICKED }

    private final class Room {
        final String sid;
        final String accountSid;
        final String name;
        final ConferenceCallbacks callbacks;
        final int maxParticipants;
        final Map<String, Member> members = new LinkedHashMap<>();
        final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("conference-callback").factory());
        int sequence;
        final java.util.Set<String> pendingLegs = new java.util.HashSet<>();

        Room(Conference c, ConferenceCallbacks callbacks, int maxParticipants) {
            this.sid = c.sid();
            this.accountSid = c.accountSid();
            this.name = c.friendlyName();
            this.callbacks = callbacks;
            this.maxParticipants = maxParticipants;
        }
    }

    /** The live conference named {@code name} in the account, created ({@code init}) if there is none. */
    public Conference open(String accountSid, String name, Optional<String> region, ConferenceCallbacks callbacks,
            int maxParticipants) {
        lock.lock();
        try {
            return conference(room(accountSid, name, region, callbacks, maxParticipants));
        } finally {
            lock.unlock();
        }
    }

    /**
     * A REST-created participant: its leg is being placed. The participant shows as {@code queued}
     * until the leg joins; {@link #legEnded} removes it if the leg never does.
     */
    public Participant expect(Conference c, String callSid, Optional<String> label, boolean muted, boolean hold,
            boolean startOnEnter, boolean endOnExit, boolean coaching, Optional<String> callSidToCoach) {
        lock.lock();
        try {
            Instant now = now();
            Participant p = new Participant(callSid, c.sid(), c.accountSid(), label.orElse(null), muted, hold, coaching,
                    callSidToCoach.orElse(null), startOnEnter, endOnExit, ParticipantStatus.QUEUED, now, now);
            Optional<Participant> joined = stores.participants().find(c.accountSid(), c.sid(), callSid);
            if (joined.isPresent()) return joined.get(); // the leg was quicker than this request
            stores.participants().create(p);
            Room room = rooms.get(c.sid());
            if (room != null) room.pendingLegs.add(callSid);
            return p;
        } finally {
            lock.unlock();
        }
    }

    /** A REST-created leg finished; if it never joined, its queued participant goes, and an empty conference with it. */
    public void legEnded(String conferenceSid, String accountSid, String callSid) {
        lock.lock();
        try {
            Room room = rooms.get(conferenceSid);
            if (room != null) room.pendingLegs.remove(callSid);
            Optional<Participant> p = stores.participants().find(accountSid, conferenceSid, callSid);
            if (p.isPresent() && p.get().status() == ParticipantStatus.QUEUED) {
                stores.participants().delete(accountSid, conferenceSid, callSid);
                if (room != null && room.members.isEmpty() && room.pendingLegs.isEmpty()) end(room, null, null);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Enters the conference; empty when it is full ({@code maxParticipants}). */
    public Optional<Member> join(JoinRequest r) {
        lock.lock();
        try {
            Room room = room(r.accountSid(), r.name(), r.region(), r.callbacks(), r.maxParticipants());
            if (room.members.size() >= room.maxParticipants) return Optional.empty();
            Instant now = now();
            Optional<Participant> queued = stores.participants().find(r.accountSid(), room.sid, r.callSid());
            Participant p;
            if (queued.isPresent()) {
                room.pendingLegs.remove(r.callSid());
                Participant q = queued.get();
                p = new Participant(q.callSid(), q.conferenceSid(), q.accountSid(), r.label().orElse(q.label()), r.muted(),
                        q.hold(), q.coaching() || r.coach().isPresent(), r.coach().orElse(q.callSidToCoach()),
                        r.startConferenceOnEnter(), r.endConferenceOnExit(), ParticipantStatus.CONNECTED, q.dateCreated(), now);
                stores.participants().update(p);
            } else {
                p = new Participant(r.callSid(), room.sid, r.accountSid(), r.label().orElse(null), r.muted(), false,
                        r.coach().isPresent(), r.coach().orElse(null), r.startConferenceOnEnter(), r.endConferenceOnExit(),
                        ParticipantStatus.CONNECTED, now, now);
                stores.participants().create(p);
            }
            Member m = new Member(r.callSid(), room.sid, r.accountSid(), r.wake());
            room.members.put(r.callSid(), m);
            Conference c = conference(room);
            if (c.status() == ConferenceStatus.INIT && p.startConferenceOnEnter()) {
                c = c.withStatus(ConferenceStatus.IN_PROGRESS, now);
                stores.conferences().update(c);
                report(room, c, "conference-start", Optional.empty(), FormParams.empty());
            }
            report(room, c, "participant-join", Optional.of(p), FormParams.empty());
            return Optional.of(m);
        } finally {
            lock.unlock();
        }
    }

    /** The member's call leaves (hung up, timeLimit, hangupOnStar, or kicked); may end the conference. */
    public void leave(Member m, Leaving why) {
        lock.lock();
        try {
            Room room = rooms.get(m.conferenceSid());
            if (room == null || room.members.remove(m.callSid()) == null) return;
            Optional<Participant> p = stores.participants().find(m.accountSid(), m.conferenceSid(), m.callSid());
            stores.participants().delete(m.accountSid(), m.conferenceSid(), m.callSid());
            Conference c = conference(room);
            report(room, c, "participant-leave", p, FormParams.empty());
            boolean kicked = why == Leaving.KICKED;
            if (p.isPresent() && p.get().endConferenceOnExit()) {
                end(room, kicked ? "participant-with-end-conference-on-exit-kicked" : "participant-with-end-conference-on-exit-left",
                        m.callSid());
            } else if (room.members.isEmpty() && room.pendingLegs.isEmpty()) {
                end(room, kicked ? "last-participant-kicked" : "last-participant-left", m.callSid());
            }
        } finally {
            lock.unlock();
        }
    }

    /** REST delete: the participant's Dial ends ({@code answered}); false when it is not in the conference. */
    public boolean kick(String accountSid, String conferenceSid, String callSid) {
        lock.lock();
        try {
            Room room = rooms.get(conferenceSid);
            Member m = room == null ? null : room.members.get(callSid);
            if (m == null || !m.accountSid().equals(accountSid)) return false;
            leave(m, Leaving.KICKED);
            m.release();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** REST {@code Status=completed}: ends a live conference; false when it is not live here. */
    public boolean complete(String accountSid, String conferenceSid) {
        lock.lock();
        try {
            Room room = rooms.get(conferenceSid);
            if (room == null || !room.accountSid.equals(accountSid)) return false;
            end(room, "conference-ended-via-api", null);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * REST participant update: stores the new flags and reports {@code participant-mute/unmute},
     * {@code participant-hold/unhold}, or {@code participant-modify} for other changes.
     */
    public Participant update(Participant before, Participant after) {
        lock.lock();
        try {
            stores.participants().update(after);
            Room room = rooms.get(after.conferenceSid());
            if (room == null) return after;
            Conference c = conference(room);
            if (before.muted() != after.muted()) {
                report(room, c, after.muted() ? "participant-mute" : "participant-unmute", Optional.of(after), FormParams.empty());
            }
            if (before.hold() != after.hold()) {
                report(room, c, after.hold() ? "participant-hold" : "participant-unhold", Optional.of(after), FormParams.empty());
            }
            if (before.endConferenceOnExit() != after.endConferenceOnExit() || before.coaching() != after.coaching()
                    || !java.util.Objects.equals(before.callSidToCoach(), after.callSidToCoach())) {
                report(room, c, "participant-modify", Optional.of(after), FormParams.empty());
            }
            return after;
        } finally {
            lock.unlock();
        }
    }

    public boolean isLive(String conferenceSid) {
        lock.lock();
        try {
            return rooms.containsKey(conferenceSid);
        } finally {
            lock.unlock();
        }
    }

    // ---- under the lock ----

    private Room room(String accountSid, String name, Optional<String> region, ConferenceCallbacks callbacks, int max) {
        for (Room r : rooms.values()) {
            if (r.accountSid.equals(accountSid) && r.name.equals(name)) return r;
        }
        Conference c = stores.conferences().findLiveByName(accountSid, name).orElse(null);
        if (c == null) {
            Instant now = now();
            c = new Conference(Sids.next(SidPrefix.CONFERENCE), accountSid, name, ConferenceStatus.INIT,
                    region.orElse("us1"), null, null, now, now);
            stores.conferences().create(c);
        }
        Room room = new Room(c, callbacks, max);
        rooms.put(c.sid(), room);
        return room;
    }

    private void end(Room room, String reason, String endingCallSid) {
        rooms.remove(room.sid);
        Conference before = conference(room);
        Conference c = before.ended(reason, endingCallSid, now());
        stores.conferences().update(c);
        List<Member> released = new ArrayList<>(room.members.values());
        room.members.clear();
        for (Member m : released) {
            Optional<Participant> p = stores.participants().find(m.accountSid(), room.sid, m.callSid());
            stores.participants().delete(m.accountSid(), room.sid, m.callSid());
            report(room, c, "participant-leave", p, FormParams.empty());
            m.release();
        }
        if (before.status() == ConferenceStatus.IN_PROGRESS) {
            FormParams extra = FormParams.empty();
            if (reason != null) extra = extra.add("ReasonConferenceEnded", reason);
            if (endingCallSid != null) extra = extra.add("CallSidEndingConference", endingCallSid);
            report(room, c, "conference-end", Optional.empty(), extra);
        }
        room.sender.shutdown();
    }

    private Conference conference(Room room) {
        return stores.conferences().find(room.accountSid, room.sid).orElseThrow();
    }

    private void report(Room room, Conference c, String event, Optional<Participant> p, FormParams extra) {
        if (!room.callbacks.wants(event)) return;
        FormParams.Builder params = FormParams.builder()
                .add("ConferenceSid", c.sid())
                .add("FriendlyName", c.friendlyName())
                .add("AccountSid", c.accountSid())
                .add("SequenceNumber", Integer.toString(room.sequence++))
                .add("Timestamp", Rfc2822.format(clock.now()))
                .add("StatusCallbackEvent", event);
        p.ifPresent(x -> {
            params.add("CallSid", x.callSid())
                    .add("Muted", Boolean.toString(x.muted()))
                    .add("Hold", Boolean.toString(x.hold()))
                    .add("Coaching", Boolean.toString(x.coaching()))
                    .add("EndConferenceOnExit", Boolean.toString(x.endConferenceOnExit()))
                    .add("StartConferenceOnEnter", Boolean.toString(x.startConferenceOnEnter()));
            if (x.label() != null) params.add("ParticipantLabel", x.label());
            if (x.callSidToCoach() != null) params.add("CallSidToCoach", x.callSidToCoach());
        });
        params.addAll(extra);
        String token = stores.accounts().find(room.accountSid).map(a -> a.authToken()).orElse("");
        WebhookRequest request = WebhookRequest.statusCallback(room.callbacks.url().orElseThrow(),
                WebhookMethod.valueOf(room.callbacks.method().name()), params.build(), token);
        room.sender.execute(() -> webhooks.fetch(request));
    }

    private Instant now() { return clock.now().truncatedTo(ChronoUnit.SECONDS); }
}
