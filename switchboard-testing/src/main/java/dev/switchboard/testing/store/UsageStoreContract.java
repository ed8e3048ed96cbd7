package dev.switchboard.testing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.store.UsageStore;
import dev.switchboard.core.usage.UsageEvent;
import dev.switchboard.core.usage.UsageTotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UsageStore} does: per-category sums of count, quantity and price over UTC days
 * (both ends inclusive, the day boundary exact), across the accounts asked for only, one category
 * when asked, exact decimals, and one event per call and category.
 */
public abstract class UsageStoreContract {
    private static final String APP_CONNECT = "calls-application-connect";
    private static final String OTHER_CATEGORY = "calls-other";
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private UsageStore usage() {
        return stores().usage();
    }

    private static UsageEvent event(String account, String category, String at, String minutes, String price) {
        return new UsageEvent(account, category, Sids.next(SidPrefix.CALL), Instant.parse(at), new BigDecimal(minutes),
                "minutes", new BigDecimal(price));
    }

    @Test
    void nothingRecordedSumsToNothing() {
        assertThat(usage().summarize(Set.of(Sids.next(SidPrefix.ACCOUNT)), Optional.empty(), DAY, DAY)).isEmpty();
        assertThat(usage().summarize(Set.of(), Optional.empty(), DAY, DAY)).isEmpty();
    }

    @Test
    void eventsSumPerCategoryOrderedByCategoryWithExactDecimals() {
        String account = Sids.next(SidPrefix.ACCOUNT);
        usage().record(event(account, APP_CONNECT, "2024-05-06T10:00:00Z", "1", "0.0025"));
        usage().record(event(account, APP_CONNECT, "2024-05-06T11:00:00.123456Z", "3", "0.0075"));
        usage().record(event(account, OTHER_CATEGORY, "2024-05-06T12:00:00Z", "0", "0"));
        usage().record(event(account, "calls-aaa", "2024-05-06T12:00:00Z", "2.5", "0.123456"));

        List<UsageTotal> totals = usage().summarize(List.of(account), Optional.empty(), DAY, DAY);

        assertThat(totals).extracting(UsageTotal::category).containsExactly("calls-aaa", APP_CONNECT, OTHER_CATEGORY);
        assertThat(totals).extracting(UsageTotal::count).containsExactly(1L, 2L, 1L);
        assertThat(totals.get(0).usage()).isEqualByComparingTo("2.5");
        assertThat(totals.get(0).price()).isEqualByComparingTo("0.123456");
        assertThat(totals.get(1).usage()).isEqualByComparingTo("4");
        assertThat(totals.get(1).price()).isEqualByComparingTo("0.01");
        assertThat(totals.get(2).usage()).isEqualByComparingTo("0");
        assertThat(totals.get(2).price()).isEqualByComparingTo("0");
    }

    @Test
    void aCategoryFilterKeepsOnlyThatCategory() {
        String account = Sids.next(SidPrefix.ACCOUNT);
        usage().record(event(account, APP_CONNECT, "2024-05-06T10:00:00Z", "1", "0.0025"));
        usage().record(event(account, OTHER_CATEGORY, "2024-05-06T10:00:00Z", "7", "1"));

        assertThat(usage().summarize(List.of(account), Optional.of(APP_CONNECT), DAY, DAY))
                .extracting(UsageTotal::category, UsageTotal::count).containsExactly(tuple(APP_CONNECT, 1L));
        assertThat(usage().summarize(List.of(account), Optional.of("calls-nobody"), DAY, DAY)).isEmpty();
    }

    @Test
    void datesAreUtcDaysBothEndsInclusive() {
        String account = Sids.next(SidPrefix.ACCOUNT);
        usage().record(event(account, APP_CONNECT, "2024-05-05T23:59:59.999999Z", "1", "1"));
        usage().record(event(account, APP_CONNECT, "2024-05-06T00:00:00Z", "1", "2"));
        usage().record(event(account, APP_CONNECT, "2024-05-07T23:59:59.999999Z", "1", "4"));
        usage().record(event(account, APP_CONNECT, "2024-05-08T00:00:00Z", "1", "8"));

        assertThat(usage().summarize(List.of(account), Optional.empty(), DAY, DAY.plusDays(1)).getFirst().price())
                .isEqualByComparingTo("6");
        assertThat(usage().summarize(List.of(account), Optional.empty(), DAY.minusDays(1), DAY.minusDays(1)).getFirst().price())
                .isEqualByComparingTo("1");
        assertThat(usage().summarize(List.of(account), Optional.empty(), DAY.minusDays(9), DAY.plusDays(9)).getFirst().count())
                .isEqualTo(4);
        assertThat(usage().summarize(List.of(account), Optional.empty(), DAY.plusDays(1), DAY)).isEmpty();
    }

    @Test
    void onlyTheAccountsAskedForCount() {
        String a = Sids.next(SidPrefix.ACCOUNT);
        String b = Sids.next(SidPrefix.ACCOUNT);
        String c = Sids.next(SidPrefix.ACCOUNT);
        usage().record(event(a, APP_CONNECT, "2024-05-06T10:00:00Z", "1", "1"));
        usage().record(event(b, APP_CONNECT, "2024-05-06T10:00:00Z", "2", "2"));
        usage().record(event(c, APP_CONNECT, "2024-05-06T10:00:00Z", "4", "4"));

        assertThat(usage().summarize(List.of(a), Optional.empty(), DAY, DAY).getFirst().usage()).isEqualByComparingTo("1");
        assertThat(usage().summarize(List.of(a, b), Optional.empty(), DAY, DAY).getFirst().usage()).isEqualByComparingTo("3");
        assertThat(usage().summarize(List.of(Sids.next(SidPrefix.ACCOUNT)), Optional.empty(), DAY, DAY)).isEmpty();
    }

    @Test
    void aCallIsBilledOncePerCategory() {
        String account = Sids.next(SidPrefix.ACCOUNT);
        UsageEvent first = event(account, APP_CONNECT, "2024-05-06T10:00:00Z", "1", "0.0025");
        usage().record(first);
        UsageEvent again = new UsageEvent(account, APP_CONNECT, first.callSid(), first.at().plusSeconds(5), BigDecimal.TEN,
                "minutes", BigDecimal.ONE);

        assertThatThrownBy(() -> usage().record(again)).isInstanceOf(DuplicateKeyException.class);
        usage().record(new UsageEvent(account, OTHER_CATEGORY, first.callSid(), first.at(), BigDecimal.ONE, "minutes", BigDecimal.ONE));

        List<UsageTotal> totals = usage().summarize(List.of(account), Optional.of(APP_CONNECT), DAY, DAY);
        assertThat(totals.getFirst().count()).isEqualTo(1);
        assertThat(totals.getFirst().price()).isEqualByComparingTo("0.0025");
    }

    @Test
    void eventsRefuseNegativeAmountsAndMissingFields() {
        String account = Sids.next(SidPrefix.ACCOUNT);
        assertThatThrownBy(() -> event(account, APP_CONNECT, "2024-05-06T10:00:00Z", "1", "-0.0025"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(account, APP_CONNECT, "2024-05-06T10:00:00Z", "-1", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageEvent(account, null, "CA1", Instant.EPOCH, BigDecimal.ONE, "minutes", BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class);
    }
}
