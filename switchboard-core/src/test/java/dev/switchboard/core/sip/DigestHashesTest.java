package dev.switchboard.core.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestHashesTest {
    @Test
    void ha1IsTheDigestOfUsernameRealmAndPasswordForBothAlgorithms() {
        DigestHashes h = DigestHashes.of("Mufasa", "testrealm@host.com", "Circle Of Life");
        // RFC 2617 §3.5: HA1 of this user, realm and password
        assertThat(h.ha1Md5()).isEqualTo("939e7578ed9e3c518a452acee763bce9");
        assertThat(h.ha1Sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(h.realm()).isEqualTo("testrealm@host.com");
    }

    @Test
    void theHashesNeverShowInToString() {
        DigestHashes h = DigestHashes.of("alice", "sip.localhost", "IWasAtSignal2018");
        assertThat(h.toString()).doesNotContain(h.ha1Md5()).doesNotContain(h.ha1Sha256()).contains("sip.localhost");
    }
}
