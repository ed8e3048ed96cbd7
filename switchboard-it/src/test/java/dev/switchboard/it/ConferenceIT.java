package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.conference.Participant;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code <Dial><Conference>}, conference status callbacks, and the Conferences/Participants REST resources. */
class ConferenceIT extends CallFixture {

    @AfterEach
    void releaseClock() { http.postForm("/sandbox/Clock.json", "Hold=false"); }

    @Test
    void twoCallsMeetInARoomAreMutedAndKickedAndEndConferenceOnExitReleasesTheOther() {
        callbacks.setDefault("/conf", ScriptedResponse.status(204));
        String cb = callbacks.url("/conf");
        app.enqueueTwiml("/a", "<Response><Dial action=\"/a-done\"><Conference startConferenceOnEnter=\"false\" statusCallback=\""
                + cb + "\" statusCallbackEvent=\"start end join leave mute\">room-1</Conference></Dial></Response>");
        app.enqueueTwiml("/a-done", "<Response><Hangup/></Response>");
        app.enqueueTwiml("/b", "<Response><Dial action=\"/b-done\"><Conference endConferenceOnExit=\"true\""
                + " participantLabel=\"boss\">room-1</Conference></Dial></Response>");
        app.enqueueTwiml("/b-done", "<Response><Hangup/></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");

        Call a = Call.creator(new PhoneNumber("+15005550401"), new PhoneNumber("+15005550400"), URI.create(app.url("/a"))).create(client);
        RecordedRequest joinA = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(joinA.form().get("StatusCallbackEvent")).contains("participant-join");
        assertThat(joinA.form().get("CallSid")).contains(a.getSid());
        assertThat(joinA.form().get("StartConferenceOnEnter")).contains("false");
        String cf = joinA.form().get("ConferenceSid").orElseThrow();
        assertThat(Conference.fetcher(cf).fetch(client).getStatus()).isEqualTo(Conference.Status.INIT);

        Call b = Call.creator(new PhoneNumber("+15005550402"), new PhoneNumber("+15005550400"), URI.create(app.url("/b"))).create(client);
        RecordedRequest start = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(start.form().get("StatusCallbackEvent")).contains("conference-start");
        RecordedRequest joinB = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(joinB.form().get("StatusCallbackEvent")).contains("participant-join");
        assertThat(joinB.form().get("ParticipantLabel")).contains("boss");
        assertThat(joinB.form().get("FriendlyName")).contains("room-1");
        assertThat(joinB.form().get("SequenceNumber")).contains("2");
        assertThat(joinB.hasValidSignature(sb.authToken)).isTrue();

        List<Conference> live = list(Conference.reader().setFriendlyName("room-1").setStatus(Conference.Status.IN_PROGRESS).read(client));
        assertThat(live).extracting(Conference::getSid).containsExactly(cf);
        List<Participant> members = list(Participant.reader(cf).read(client));
        assertThat(members).extracting(Participant::getCallSid).containsExactly(a.getSid(), b.getSid());
        assertThat(Participant.fetcher(cf, "boss").fetch(client).getEndConferenceOnExit()).isTrue();

        Participant mutedA = Participant.updater(cf, a.getSid()).setMuted(true).update(client);
        assertThat(mutedA.getMuted()).isTrue();
        RecordedRequest mute = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(mute.form().get("StatusCallbackEvent")).contains("participant-mute");
        assertThat(mute.form().get("Muted")).contains("true");
        assertThat(list(Participant.reader(cf).setMuted(true).read(client))).extracting(Participant::getCallSid)
                .containsExactly(a.getSid());

        assertThat(Participant.deleter(cf, b.getSid()).delete(client)).isTrue();
        List<RecordedRequest> actions = new ArrayList<>();
        actions.add(takePath("/b-done", "/a-done"));
        actions.add(takePath("/b-done", "/a-done"));
        for (RecordedRequest action : actions) {
            assertThat(action.form().get("DialCallStatus")).contains("answered");
            assertThat(action.form().get("DialCallSid")).isEmpty();
            assertThat(action.form().get("DialCallDuration")).isEmpty();
        }
        assertThat(actions).extracting(RecordedRequest::path).containsExactlyInAnyOrder("/a-done", "/b-done");

        assertThat(event(callbacks.takeRequest(Duration.ofSeconds(10)))).isEqualTo("participant-leave " + b.getSid());
        assertThat(event(callbacks.takeRequest(Duration.ofSeconds(10)))).isEqualTo("participant-leave " + a.getSid());
        RecordedRequest end = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(end.form().get("StatusCallbackEvent")).contains("conference-end");
        assertThat(end.form().get("ReasonConferenceEnded")).contains("participant-with-end-conference-on-exit-kicked");
        assertThat(end.form().get("CallSidEndingConference")).contains(b.getSid());

        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(a.getSid(), Call.Status.COMPLETED);
        awaitStatus(b.getSid(), Call.Status.COMPLETED);
        Conference done = Conference.fetcher(cf).fetch(client);
        assertThat(done.getStatus()).isEqualTo(Conference.Status.COMPLETED);
        assertThat(done.getReasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED);
        assertThat(list(Participant.reader(cf).read(client))).isEmpty();
    }

    @Test
    void aRestParticipantDialsANumberJoinsByNameAndTheApiEndsTheConference() {
        app.enqueueTwiml("/host", "<Response><Dial action=\"/host-done\"><Conference>room-2</Conference></Dial></Response>");
        app.enqueueTwiml("/host-done", "<Response><Hangup/></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call host = Call.creator(new PhoneNumber("+15005550411"), new PhoneNumber("+15005550400"), URI.create(app.url("/host")))
                .create(client);
        await().atMost(Duration.ofSeconds(10)).until(() -> !list(Conference.reader().setFriendlyName("room-2")
                .setStatus(Conference.Status.IN_PROGRESS).read(client)).isEmpty());
        String cf = list(Conference.reader().setFriendlyName("room-2").read(client)).get(0).getSid();

        Participant agent = Participant.creator("room-2", new PhoneNumber("+15005550400"), new PhoneNumber("+15005550412"))
                .setLabel("agent").create(client);
        assertThat(agent.getConferenceSid()).isEqualTo(cf);
        assertThat(agent.getLabel()).isEqualTo("agent");
        await().atMost(Duration.ofSeconds(10)).until(() -> Participant.fetcher(cf, "agent").fetch(client).getStatus()
                == Participant.Status.CONNECTED);
        assertThat(list(Participant.reader(cf).read(client))).extracting(Participant::getCallSid)
                .containsExactly(host.getSid(), agent.getCallSid());

        Conference ended = Conference.updater(cf).setStatus(Conference.UpdateStatus.COMPLETED).update(client);
        assertThat(ended.getStatus()).isEqualTo(Conference.Status.COMPLETED);
        assertThat(ended.getReasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.CONFERENCE_ENDED_VIA_API);
        RecordedRequest action = takePath("/host-done");
        assertThat(action.form().get("DialCallStatus")).contains("answered");
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(host.getSid(), Call.Status.COMPLETED);
        awaitStatus(agent.getCallSid(), Call.Status.COMPLETED);
    }

    private static String event(RecordedRequest r) {
        return r.form().get("StatusCallbackEvent").orElse("") + " " + r.form().get("CallSid").orElse("");
    }

    private static <T extends com.twilio.base.Resource> List<T> list(ResourceSet<T> set) {
        return StreamSupport.stream(set.spliterator(), false).toList();
    }

    private RecordedRequest takePath(String... paths) {
        while (true) {
            RecordedRequest r = app.takeRequest(Duration.ofSeconds(10));
            if (List.of(paths).contains(r.path())) return r;
        }
    }
}
