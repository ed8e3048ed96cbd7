package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingSource;
import dev.switchboard.core.recording.RecordingStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingStatusParamsTest {
    static final String AC = "AC" + "1".repeat(32);
    static final String CA = "CA" + "2".repeat(32);
    static final String RE = "RE" + "3".repeat(32);
    static final Instant START = Instant.parse("2024-05-06T07:08:09Z");

    static Recording recording(RecordingStatus status, Integer duration, String conferenceSid, Integer errorCode) {
        return new Recording(RE, AC, CA, conferenceSid, status, RecordingSource.START_CALL_RECORDING_API, 2, "inbound",
                START, duration, null, errorCode, "https://app.example/rec", "POST", List.of("completed"), START, START);
    }

    @Test
    void completedCarriesEveryParameterInTwiliosOrderWithTheDuration() {
        FormParams p = RecordingStatusParams.of(recording(RecordingStatus.COMPLETED, 7, null, null), "https://sb.example");
        assertThat(p.names()).containsExactly("AccountSid", "CallSid", "RecordingSid", "RecordingUrl", "RecordingStatus",
                "RecordingDuration", "RecordingChannels", "RecordingStartTime", "RecordingSource", "RecordingTrack");
        assertThat(p.get("RecordingUrl")).contains("https://sb.example/2010-04-01/Accounts/" + AC + "/Recordings/" + RE);
        assertThat(p.get("RecordingStatus")).contains("completed");
        assertThat(p.get("RecordingDuration")).contains("7");
        assertThat(p.get("RecordingChannels")).contains("2");
        assertThat(p.get("RecordingStartTime")).contains("Mon, 06 May 2024 07:08:09 +0000");
        assertThat(p.get("RecordingSource")).contains("StartCallRecordingAPI");
        assertThat(p.get("RecordingTrack")).contains("inbound");
    }

    @Test
    void inProgressHasNoDurationAndAbsentCarriesItsErrorCode() {
        assertThat(RecordingStatusParams.of(recording(RecordingStatus.IN_PROGRESS, null, null, null), "http://h").contains(
                "RecordingDuration")).isFalse();
        FormParams absent = RecordingStatusParams.of(recording(RecordingStatus.ABSENT, 0, null, 16101), "http://h");
        assertThat(absent.contains("RecordingDuration")).isFalse();
        assertThat(absent.get("ErrorCode")).contains("16101");
    }

    @Test
    void aConferenceRecordingNamesItsConference() {
        FormParams p = RecordingStatusParams.of(recording(RecordingStatus.COMPLETED, 1, "CF" + "4".repeat(32), null), "http://h");
        assertThat(p.get("ConferenceSid")).contains("CF" + "4".repeat(32));
        assertThat(p.contains("ErrorCode")).isFalse();
    }
}
