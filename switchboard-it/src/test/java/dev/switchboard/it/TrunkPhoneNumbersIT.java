package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.trunking.v1.Trunk;
import com.twilio.rest.trunking.v1.trunk.PhoneNumber;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Numbers on a trunk: {@code /v1/Trunks/{TK}/PhoneNumbers} and the IncomingPhoneNumber's {@code TrunkSid}, through the
 * official twilio-java classes; a trunk and a voice application exclude each other.
 */
class TrunkPhoneNumbersIT extends ServerPerClass {

    private static IncomingPhoneNumber number(String e164) {
        return IncomingPhoneNumber.creator(new com.twilio.type.PhoneNumber(e164)).create(main);
    }

    @Test
    void aNumberIsAttachedFetchedListedAndDetached() {
        Trunk t = Trunk.creator().create(main);
        IncomingPhoneNumber a = number("+14155550301");
        IncomingPhoneNumber b = number("+14155550302");
        number("+14155550303");
        PhoneNumber pa = PhoneNumber.creator(t.getSid(), a.getSid()).create(main);
        assertThat(pa.getSid()).isEqualTo(a.getSid());
        assertThat(pa.getTrunkSid()).isEqualTo(t.getSid());
        assertThat(pa.getPhoneNumber().toString()).isEqualTo("+14155550301");
        assertThat(pa.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(pa.getUrl()).isEqualTo(URI.create(sb.baseUrl() + "/v1/Trunks/" + t.getSid() + "/PhoneNumbers/" + a.getSid()));
        assertThat(pa.getLinks()).containsEntry("phone_number",
                sb.baseUrl() + "/2010-04-01/Accounts/" + sb.accountSid + "/IncomingPhoneNumbers/" + a.getSid() + ".json");
        PhoneNumber.creator(t.getSid(), b.getSid()).create(main);
        assertThat(PhoneNumber.creator(t.getSid(), b.getSid()).create(main).getTrunkSid()).isEqualTo(t.getSid());

        assertThat(PhoneNumber.fetcher(t.getSid(), b.getSid()).fetch(main).getFriendlyName()).isEqualTo("(415) 555-0302");
        assertThat(list(PhoneNumber.reader(t.getSid()).setPageSize(1L).read(main))).extracting(PhoneNumber::getSid)
                .containsExactly(a.getSid(), b.getSid());
        assertThat(IncomingPhoneNumber.fetcher(a.getSid()).fetch(main).getTrunkSid()).isEqualTo(t.getSid());

        assertThat(PhoneNumber.deleter(t.getSid(), a.getSid()).delete(main)).isTrue();
        assertCode(() -> PhoneNumber.fetcher(t.getSid(), a.getSid()).fetch(main), 20404);
        assertCode(() -> PhoneNumber.deleter(t.getSid(), a.getSid()).delete(main), 20404);
        assertThat(IncomingPhoneNumber.fetcher(a.getSid()).fetch(main).getTrunkSid()).isNull();
        assertThat(list(PhoneNumber.reader(t.getSid()).read(main))).extracting(PhoneNumber::getSid).containsExactly(b.getSid());
    }

    @Test
    void theIncomingPhoneNumbersTrunkSidAttachesToo() {
        Trunk t = Trunk.creator().create(main);
        Trunk other = Trunk.creator().create(main);
        IncomingPhoneNumber n = number("+14155550311");
        IncomingPhoneNumber u = IncomingPhoneNumber.updater(n.getSid()).setTrunkSid(t.getSid()).update(main);
        assertThat(u.getTrunkSid()).isEqualTo(t.getSid());
        assertThat(PhoneNumber.fetcher(t.getSid(), n.getSid()).fetch(main).getTrunkSid()).isEqualTo(t.getSid());
        // attaching to another trunk moves it
        PhoneNumber.creator(other.getSid(), n.getSid()).create(main);
        assertCode(() -> PhoneNumber.fetcher(t.getSid(), n.getSid()).fetch(main), 20404);
        assertThat(IncomingPhoneNumber.fetcher(n.getSid()).fetch(main).getTrunkSid()).isEqualTo(other.getSid());
        // an empty TrunkSid detaches (raw: twilio-java does not send empty values)
        JsonNode cleared = new RawApi(sb).post("/2010-04-01/Accounts/" + sb.accountSid + "/IncomingPhoneNumbers/"
                + n.getSid() + ".json", "TrunkSid=");
        assertThat(cleared.get("trunk_sid").isNull()).isTrue();
        assertThat(number("+14155550312").getTrunkSid()).isNull();
        assertThat(new RawApi(sb).post("/2010-04-01/Accounts/" + sb.accountSid + "/IncomingPhoneNumbers/" + n.getSid()
                + ".json", "TrunkSid=TK" + "0".repeat(32)).get("code").asInt()).isEqualTo(21200);
    }

    @Test
    void aTrunkAndAVoiceApplicationExcludeEachOther() {
        Trunk t = Trunk.creator().create(main);
        Application app = Application.creator().setVoiceUrl(URI.create("https://example.com/voice")).create(main);
        IncomingPhoneNumber n = IncomingPhoneNumber.creator(new com.twilio.type.PhoneNumber("+14155550321"))
                .setVoiceApplicationSid(app.getSid()).create(main);
        assertThat(n.getVoiceApplicationSid()).isEqualTo(app.getSid());

        PhoneNumber attached = PhoneNumber.creator(t.getSid(), n.getSid()).create(main);
        assertThat(attached.getVoiceApplicationSid()).isNull();
        IncomingPhoneNumber f = IncomingPhoneNumber.fetcher(n.getSid()).fetch(main);
        assertThat(f.getTrunkSid()).isEqualTo(t.getSid());
        assertThat(f.getVoiceApplicationSid()).isEmpty();

        IncomingPhoneNumber back = IncomingPhoneNumber.updater(n.getSid()).setVoiceApplicationSid(app.getSid()).update(main);
        assertThat(back.getVoiceApplicationSid()).isEqualTo(app.getSid());
        assertThat(back.getTrunkSid()).isNull();
        assertCode(() -> PhoneNumber.fetcher(t.getSid(), n.getSid()).fetch(main), 20404);

        IncomingPhoneNumber again = IncomingPhoneNumber.updater(n.getSid()).setTrunkSid(t.getSid()).update(main);
        assertThat(again.getTrunkSid()).isEqualTo(t.getSid());
        assertThat(again.getVoiceApplicationSid()).isEmpty();
        assertThat(new RawApi(sb).post("/2010-04-01/Accounts/" + sb.accountSid + "/IncomingPhoneNumbers/" + n.getSid()
                + ".json", "TrunkSid=&VoiceApplicationSid=" + app.getSid()).get("trunk_sid").isNull()).isTrue();
    }

    @Test
    void deletingATrunkDetachesItsNumbersAndKeepsThem() {
        Trunk t = Trunk.creator().create(main);
        IncomingPhoneNumber n = IncomingPhoneNumber.creator(new com.twilio.type.PhoneNumber("+14155550331"))
                .setVoiceUrl(URI.create("https://example.com/kept")).create(main);
        PhoneNumber.creator(t.getSid(), n.getSid()).create(main);
        Trunk.deleter(t.getSid()).delete(main);
        IncomingPhoneNumber f = IncomingPhoneNumber.fetcher(n.getSid()).fetch(main);
        assertThat(f.getTrunkSid()).isNull();
        assertThat(f.getVoiceUrl()).isEqualTo(URI.create("https://example.com/kept"));
        assertThat(sb.server().database().stores().sip().trunks().trunkForPhoneNumber("+14155550331")).isEmpty();
    }

    @Test
    void theStoreLooksUpTheTrunkOfANumber() {
        Trunk t = Trunk.creator().setFriendlyName("looked up").create(main);
        IncomingPhoneNumber n = number("+14155550341");
        PhoneNumber.creator(t.getSid(), n.getSid()).create(main);
        assertThat(sb.server().database().stores().sip().trunks().trunkForPhoneNumber("+14155550341"))
                .hasValueSatisfying(found -> assertThat(found.sid()).isEqualTo(t.getSid()));
    }

    @Test
    void badPhoneNumberSidsAreRefused() {
        Trunk t = Trunk.creator().create(main);
        RawApi raw = new RawApi(sb);
        assertThat(raw.post("/v1/Trunks/" + t.getSid() + "/PhoneNumbers", "").get("code").asInt()).isEqualTo(21602);
        assertCode(() -> PhoneNumber.creator(t.getSid(), "PN" + "0".repeat(32)).create(main), 20404);
        IncomingPhoneNumber n = number("+14155550351");
        assertCode(() -> PhoneNumber.creator("TK" + "0".repeat(32), n.getSid()).create(main), 20404);
        assertCode(() -> PhoneNumber.fetcher(t.getSid(), n.getSid()).fetch(main), 20404);
    }
}
