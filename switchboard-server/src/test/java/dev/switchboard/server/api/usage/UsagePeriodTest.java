package dev.switchboard.server.api.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.TwilioException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UsagePeriodTest {
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    static final LocalDate CREATED = LocalDate.of(2023, 7, 15);

    @Test
    void eachPeriodHasTwiliosDefaultRange() {
        assertThat(UsagePeriod.ALL_TIME.defaultStart(CREATED, TODAY)).isEqualTo(CREATED);
        assertThat(UsagePeriod.RECORDS.defaultEnd(TODAY)).isEqualTo(TODAY);
        assertThat(UsagePeriod.YESTERDAY.defaultStart(CREATED, TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UsagePeriod.YESTERDAY.defaultEnd(TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UsagePeriod.THIS_MONTH.defaultStart(CREATED, TODAY)).isEqualTo(TODAY);
        assertThat(UsagePeriod.LAST_MONTH.defaultStart(CREATED, TODAY)).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(UsagePeriod.LAST_MONTH.defaultEnd(TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UsagePeriod.DAILY.path()).isEqualTo("/Usage/Records/Daily.json");
        assertThat(UsagePeriod.RECORDS.path()).isEqualTo("/Usage/Records.json");
    }

    @Test
    void datesAreIsoOrOffsetsInDays() {
        assertThat(UsageDates.parse("StartDate", "2024-02-29", TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UsageDates.parse("StartDate", "-30days", TODAY)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(UsageDates.parse("EndDate", "+1day", TODAY)).isEqualTo(LocalDate.of(2024, 3, 2));
        for (String bad : new String[] {"2024-02-30", "yesterday", "30days", "-30", "2024-3-1"}) {
            assertThatThrownBy(() -> UsageDates.parse("StartDate", bad, TODAY)).as(bad).isInstanceOf(TwilioException.class);
        }
    }

    @Test
    void pricesAreNumbersWithAtLeastTwoDecimalsAndUsageIsPlain() {
        assertThat(UsageRecordJson.money(new java.math.BigDecimal("0E-6")).toString()).isEqualTo("0.00");
        assertThat(UsageRecordJson.money(new java.math.BigDecimal("0.005000")).toString()).isEqualTo("0.005");
        assertThat(UsageRecordJson.money(new java.math.BigDecimal("100")).toString()).isEqualTo("100.00");
        assertThat(UsageRecordJson.plain(new java.math.BigDecimal("2.000000"))).isEqualTo("2");
        assertThat(UsageRecordJson.plain(new java.math.BigDecimal("0E-6"))).isEqualTo("0");
    }
}
