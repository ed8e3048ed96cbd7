package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests get Twilio's status and code, and the server keeps serving. */
class BadInputIT {
    @TempDir static Path dir;
    static RunningSwitchboard sb;
    static RawHttp http;
    static String acct;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        sb = new RunningSwitchboard(dir).start();
        http = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
        acct = "/2010-04-01/Accounts/" + sb.accountSid;
    }

    @AfterAll
    static void stop() { sb.close(); }

    @AfterEach
    void serverStillServes() {
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        assertThat(http.get(acct + ".json").statusCode()).isEqualTo(200);
    }

    static Stream<Arguments> cases() {
        String a = "/2010-04-01/Accounts/{acct}";
        return Stream.of(
                Arguments.of("unknown resource", "GET", a + "/Nope.json", null, null, 404, 20404),
                Arguments.of("unknown application", "GET", a + "/Applications/AP" + "0".repeat(32) + ".json", null, null, 404, 20404),
                Arguments.of("malformed SID in path", "GET", a + "/Applications/not-a-sid.json", null, null, 404, 20404),
                Arguments.of("SQL-ish SID in path", "GET", a + "/Applications/AP'%20OR%20'1'='1.json", null, null, 404, 20404),
                Arguments.of("unknown account path", "GET", "/2010-04-01/Accounts/AC" + "1".repeat(32) + "/Applications.json", null, null, 401, 20003),
                Arguments.of("wrong method on list", "DELETE", a + "/Applications.json", null, null, 405, 20004),
                Arguments.of("PUT on a resource", "PUT", a + "/Applications.json", "application/x-www-form-urlencoded", "FriendlyName=x", 405, 20004),
                Arguments.of("JSON body instead of form", "POST", a + "/Applications.json", "application/json", "{\"FriendlyName\":\"x\"}", 400, 20001),
                Arguments.of("page size too large", "GET", a + "/Applications.json?PageSize=5000", null, null, 400, 20007),
                Arguments.of("page size not a number", "GET", a + "/Applications.json?PageSize=abc", null, null, 400, 20007),
                Arguments.of("bad page token", "GET", a + "/Applications.json?PageToken=zzz", null, null, 400, 21481),
                Arguments.of("bad boolean", "POST", a + "/Applications.json", "application/x-www-form-urlencoded", "VoiceCallerIdLookup=maybe", 400, 21200),
                Arguments.of("bad method value", "POST", a + "/Applications.json", "application/x-www-form-urlencoded", "VoiceMethod=PUT", 400, 21209),
                Arguments.of("bad voice url", "POST", a + "/Applications.json", "application/x-www-form-urlencoded", "VoiceUrl=not%20a%20url", 400, 21502),
                Arguments.of("number missing", "POST", a + "/IncomingPhoneNumbers.json", "application/x-www-form-urlencoded", "FriendlyName=x", 400, 21421),
                Arguments.of("bad account status", "POST", a + ".json", "application/x-www-form-urlencoded", "Status=frozen", 400, 21200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithTwilioStatusAndCode(String name, String method, String path, String type, String body,
            int status, int code) throws Exception {
        HttpResponse<String> r = http.send(method, path.replace("{acct}", sb.accountSid), type, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode err = JSON.readTree(r.body());
        assertThat(err.get("code").asInt()).isEqualTo(code);
        assertThat(err.get("status").asInt()).isEqualTo(status);
        assertThat(err.get("message").asText()).isNotBlank();
        assertThat(err.get("more_info").asText()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String huge = "FriendlyName=" + "x".repeat(2 * 1024 * 1024);
        HttpResponse<String> r = http.postForm(acct + "/Applications.json", huge);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    }

    @Test
    void missingCredentialsAre401() throws Exception {
        RawHttp anon = new RawHttp(sb.baseUrl(), "", "");
        HttpResponse<String> r = anon.get(acct + "/Applications.json");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(r.body()).get("code").asInt()).isEqualTo(20003);
    }

    @Test
    void healthNeedsNoCredentials() {
        RawHttp anon = new RawHttp(sb.baseUrl(), "", "");
        assertThat(anon.get("/health").statusCode()).isEqualTo(200);
    }
}
