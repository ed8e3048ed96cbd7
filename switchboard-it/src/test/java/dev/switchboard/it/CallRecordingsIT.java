package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.call.Recording;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A live call's REST recording: its states and callbacks; no audio is captured yet, so it ends absent. */
class CallRecordingsIT extends CallFixture {

    @AfterEach
    void releaseClock() { http.postForm("/sandbox/Clock.json", "Hold=false"); }

    @Test
    void aLiveCallsRecordingPausesResumesAndStopsEndingAbsentWithoutAudio() {
        callbacks.setDefault("/rec", ScriptedResponse.status(204));
        app.enqueueTwiml("/voice", "<Response><Pause length=\"600\"/></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call call = Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(5)).until(() -> Call.fetcher(call.getSid()).fetch(client).getStatus() == Call.Status.IN_PROGRESS);

        Recording r = Recording.creator(call.getSid()).setRecordingStatusCallback(URI.create(callbacks.url("/rec")))
                .setRecordingStatusCallbackEvent(List.of("in-progress", "absent")).setRecordingChannels("dual").create(client);
        assertThat(r.getStatus()).isEqualTo(Recording.Status.IN_PROGRESS);
        assertThat(r.getChannels()).isEqualTo(2);
        assertThat(r.getTrack()).isEqualTo("both");
        assertThat(r.getSource().toString()).isEqualTo("StartCallRecordingAPI");
        RecordedRequest started = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(started.form().get("RecordingStatus")).contains("in-progress");
        assertThat(started.form().get("RecordingSid")).contains(r.getSid());
        assertThat(started.hasValidSignature(sb.authToken)).isTrue();

        assertThat(Recording.updater(call.getSid(), r.getSid(), Recording.Status.PAUSED).update(client).getStatus())
                .isEqualTo(Recording.Status.PAUSED);
        assertThat(Recording.updater(call.getSid(), r.getSid(), Recording.Status.IN_PROGRESS).update(client).getStatus())
                .isEqualTo(Recording.Status.IN_PROGRESS);
        assertThat(Recording.updater(call.getSid(), r.getSid(), Recording.Status.STOPPED).update(client).getStatus())
                .isEqualTo(Recording.Status.STOPPED);
        RecordedRequest absent = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(absent.form().get("RecordingStatus")).contains("absent");
        assertThat(Recording.fetcher(call.getSid(), r.getSid()).fetch(client).getStatus()).isEqualTo(Recording.Status.ABSENT);
        assertThat(Recording.reader(call.getSid()).read(client)).extracting(Recording::getSid).containsExactly(r.getSid());
        assertThat(http.get("/2010-04-01/Accounts/" + sb.accountSid + "/Recordings/" + r.getSid() + ".wav").statusCode()).isEqualTo(404);

        assertThatThrownBy(() -> Recording.updater(call.getSid(), r.getSid(), Recording.Status.PAUSED).update(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21220));
        assertThat(Recording.deleter(call.getSid(), r.getSid()).delete(client)).isTrue();

        Call.updater(call.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(client);
        await().atMost(Duration.ofSeconds(5)).until(() -> Call.fetcher(call.getSid()).fetch(client).getStatus() == Call.Status.COMPLETED);
        assertThatThrownBy(() -> Recording.creator(call.getSid()).create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21220));
    }
}
