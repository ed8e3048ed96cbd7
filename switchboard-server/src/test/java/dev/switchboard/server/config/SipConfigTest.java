package dev.switchboard.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.cli.ServeCommandAccess;
import org.junit.jupiter.api.Test;

class SipConfigTest {
    @Test
    void theDefaultHostIsLocalhost() {
        SipConfig c = SipConfig.defaults();
        assertThat(c.host()).isEqualTo("localhost");
        assertThat(c.domainSuffix()).isEqualTo(".sip.localhost");
        assertThat(c.realm()).isEqualTo("sip.localhost");
        assertThat(c.pstnSuffix()).isEqualTo(".pstn.localhost");
    }

    @Test
    void aHostIsLowerCasedAndGivesTheSuffixAndRealm() {
        SipConfig c = new SipConfig(" Voice.Example.COM ");
        assertThat(c.domainSuffix()).isEqualTo(".sip.voice.example.com");
        assertThat(c.realm()).isEqualTo("sip.voice.example.com");
        assertThat(c.pstnSuffix()).isEqualTo(".pstn.voice.example.com");
    }

    @Test
    void somethingThatIsNotAHostNameIsRefusedAtStart() {
        for (String bad : new String[] {"", "a b", "-x.com", "x..com", "x.com.", "under_score.com", "x.com:5060"}) {
            assertThatThrownBy(() -> new SipConfig(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--sip-host");
        }
    }

    @Test
    void theServeCommandReadsSipHost() {
        assertThat(ServeCommandAccess.config("--sip-host", "pbx.example.org").sip().host()).isEqualTo("pbx.example.org");
        assertThat(ServeCommandAccess.config().sip().host()).isEqualTo("localhost");
    }
}
