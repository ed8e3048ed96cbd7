package dev.switchboard.server.api.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallListFiltersTest {
    static final LocalDate MAY_6 = LocalDate.parse("2024-05-06");

    static CallFilter read(String... nameValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) params.put(nameValues[i], List.of(nameValues[i + 1]));
        return CallListFilters.from(new ApiRequest("GET", "/2010-04-01/Accounts/AC1/Calls.json", null, null, Map.of(), params));
    }

    @Test
    void readsEveryTwilioFilter() {
        CallFilter f = read("To", "+14155550100", "From", "client:alice", "ParentCallSid", "CA1", "Status", "no-answer",
                "StartTime", "2024-05-06", "StartTime<", "2024-05-07", "StartTime>", "2024-05-05",
                "EndTime", "2024-06-06", "EndTime<", "2024-06-07", "EndTime>", "2024-06-05");
        assertThat(f).isEqualTo(CallFilter.none().withTo("+14155550100").withFrom("client:alice")
                .withParentCallSid("CA1").withStatus(CallStatus.NO_ANSWER)
                .withStartTimeOn(MAY_6).withStartTimeBefore(MAY_6.plusDays(1)).withStartTimeAfter(MAY_6.minusDays(1))
                .withEndTimeOn(LocalDate.parse("2024-06-06")).withEndTimeBefore(LocalDate.parse("2024-06-07"))
                .withEndTimeAfter(LocalDate.parse("2024-06-05")));
        assertThat(read()).isEqualTo(CallFilter.none());
        assertThat(read("To", "", "Status", "")).isEqualTo(CallFilter.none());
    }

    @Test
    void acceptsTheDateTimesHelperLibrariesSendAndUsesTheirUtcDate() {
        assertThat(read("StartTime<", "2024-05-06T00:00:00").startTimeBefore()).contains(MAY_6);
        assertThat(read("StartTime>", "2024-05-06T23:59:59").startTimeAfter()).contains(MAY_6);
        assertThat(read("EndTime", "2024-05-06T23:30:00Z").endTimeOn()).contains(MAY_6);
        assertThat(read("EndTime", "2024-05-07T01:30:00+02:00").endTimeOn()).contains(MAY_6);
    }

    @Test
    void refusesBadDatesAndStatusesWith21200() {
        for (String[] bad : new String[][] {{"StartTime", "yesterday"}, {"StartTime<", "2024-13-01"},
            {"EndTime>", "06/05/2024"}, {"EndTime", "2024-5-6"}, {"Status", "initiated"}, {"Status", "COMPLETED"}}) {
            assertThatThrownBy(() -> read(bad))
                    .as("%s=%s", bad[0], bad[1])
                    .isInstanceOfSatisfying(TwilioException.class, e -> {
                        assertThat(e.code()).isEqualTo(21200);
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.getMessage()).contains(bad[0]);
                    });
        }
    }
}
