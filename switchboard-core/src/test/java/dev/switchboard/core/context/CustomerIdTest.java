package dev.switchboard.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerIdTest {
    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

    @Test
    void defaultsToTheDialingAccountSid() {
        assertThat(CustomerId.resolve(Optional.empty(), ACCOUNT)).isEqualTo(new CustomerId(ACCOUNT, Optional.empty()));
        assertThat(CustomerId.resolve(Optional.of(""), ACCOUNT).value()).isEqualTo(ACCOUNT);
    }

    @Test
    void keepsAnyTextUpTo256Characters() {
        String name = "CustomerFriendlyName <&> é😀";
        assertThat(CustomerId.resolve(Optional.of(name), ACCOUNT).value()).isEqualTo(name);
        String longest = "😀".repeat(256); // 256 characters, 512 UTF-16 units
        assertThat(CustomerId.resolve(Optional.of(longest), ACCOUNT)).isEqualTo(new CustomerId(longest, Optional.empty()));
    }

    @Test
    void tooLongFallsBackToTheDefaultWithAWarningNeverTruncated() {
        CustomerId id = CustomerId.resolve(Optional.of("x".repeat(257)), ACCOUNT);
        assertThat(id.value()).isEqualTo(ACCOUNT);
        assertThat(id.warning()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(12200);
            assertThat(p.detail()).contains("257 characters", "limit 256");
        });
    }

    @Test
    void travelsAsCustomerId() {
        assertThat(CustomerId.REQUEST_PARAM).isEqualTo("CustomerId");
    }
}
