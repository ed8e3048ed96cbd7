package dev.switchboard.server.api.usage;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.UsageStore;
import dev.switchboard.core.usage.UsageCategory;
import dev.switchboard.core.usage.UsageTotal;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.api.Paging;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /Accounts/{AccountSid}/Usage/Records.json} and its subresources ({@link UsagePeriod}
 * names the Twilio operation each route is): one record per metered category — per day, month or
 * year for Daily, Monthly, Yearly — with the sums of the usage ledger over the range, zero when
 * nothing was used. Filters: {@code Category} (a metered category, else 21200), {@code StartDate},
 * {@code EndDate} (see {@link UsageDates}; a start after the end is 21200), {@code IncludeSubaccounts}
 * (default true: the account's usage and that of every subaccount it owns). Records have no SID:
 * the page token is {@code PAUR} + the position of the last record of the previous page.
 */
public final class ListUsageRecordHandler implements ApiHandler {
    private static final String TOKEN_PREFIX = "UR";

    private final UsagePeriod period;
    private final UsageStore usage;
    private final AccountStore accounts;
    private final Supplier<Instant> now;

    /** {@code now} is the platform's time: "today" is its UTC date. */
    public ListUsageRecordHandler(UsagePeriod period, UsageStore usage, AccountStore accounts, Supplier<Instant> now) {
        this.period = period;
        this.usage = usage;
        this.accounts = accounts;
        this.now = now;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Instant asOf = now.get();
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<UsageCategory> categories = req.param("Category").filter(c -> !c.isEmpty())
                .map(c -> List.of(UsageCategory.fromWire(c).orElseThrow(() -> new TwilioException(TwilioError.PARAMETER_INVALID,
                        "Invalid Category '" + c + "': Switchboard meters " + metered()))))
                .orElse(List.of(UsageCategory.values()));
        LocalDate created = LocalDate.ofInstant(req.pathAccount().dateCreated(), ZoneOffset.UTC);
        LocalDate start = UsageDates.read(req, "StartDate", today).orElse(period.defaultStart(created, today));
        LocalDate end = UsageDates.read(req, "EndDate", today).orElse(period.defaultEnd(today));
        if (start.isAfter(end)) {
            throw new TwilioException(TwilioError.PARAMETER_INVALID, "StartDate " + start + " is after EndDate " + end);
        }
        boolean subaccounts = FormFields.bool(req, "IncludeSubaccounts").orElse(true);
        PageRequest pr = Paging.request(req);

        long buckets = bucketCount(start, end);
        long total = buckets * categories.size();
        long from = pr.afterSid().map(t -> positionOf(t) + 1).orElse((long) pr.offset());
        long to = Math.min(total, from + pr.pageSize());
        List<Row> rows = new ArrayList<>();
        for (long i = from; i < to; i++) {
            LocalDate[] b = bucket(start, end, i / categories.size());
            rows.add(new Row(i, categories.get((int) (i % categories.size())), b[0], b[1]));
        }
        Set<String> accountSids = subaccounts ? accountTree(req.accountSid()) : Set.of(req.accountSid());
        Map<LocalDate, Map<String, UsageTotal>> sums = new HashMap<>();
        for (Row r : rows) {
            sums.computeIfAbsent(r.start(), d -> {
                Map<String, UsageTotal> byCategory = new HashMap<>();
                Optional<String> only = categories.size() == 1 ? Optional.of(categories.getFirst().wire()) : Optional.empty();
                usage.summarize(accountSids, only, r.start(), r.end()).forEach(t -> byCategory.put(t.category(), t));
                return byCategory;
            });
        }
        String listPath = ApiJson.accountPath(req.accountSid()) + period.path();
        Page<Row> page = new Page<>(rows, to < total);
        return ApiResponse.ok(Paging.envelope("usage_records", page, pr, listPath,
                Paging.filters(req, "Category", "StartDate", "EndDate", "IncludeSubaccounts"),
                r -> UsageRecordJson.of(req.accountSid(), r.category(), r.start(), r.end(),
                        sums.get(r.start()).getOrDefault(r.category().wire(), UsageTotal.none(r.category().wire())), asOf, listPath),
                r -> TOKEN_PREFIX + r.position()));
    }

    private record Row(long position, UsageCategory category, LocalDate start, LocalDate end) {}

    private long bucketCount(LocalDate start, LocalDate end) {
        return switch (period.split()) {
            case NONE -> 1;
            case DAY -> ChronoUnit.DAYS.between(start, end) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
            case YEAR -> end.getYear() - start.getYear() + 1L;
        };
    }

    /** The i-th calendar day/month/year of the range, clipped to it. */
    private LocalDate[] bucket(LocalDate start, LocalDate end, long i) {
        LocalDate s;
        LocalDate e;
        switch (period.split()) {
            case NONE -> { s = start; e = end; }
            case DAY -> { s = start.plusDays(i); e = s; }
            case MONTH -> {
                YearMonth m = YearMonth.from(start).plusMonths(i);
                s = m.atDay(1);
                e = m.atEndOfMonth();
            }
            case YEAR -> {
                int y = start.getYear() + (int) i;
                s = LocalDate.of(y, 1, 1);
                e = LocalDate.of(y, 12, 31);
            }
            default -> throw new IllegalStateException();
        }
        return new LocalDate[] {s.isBefore(start) ? start : s, e.isAfter(end) ? end : e};
    }

    /** The account and the subaccounts it owns (subaccounts own none). */
    private Set<String> accountTree(String accountSid) {
        Set<String> sids = new LinkedHashSet<>();
        sids.add(accountSid);
        Optional<String> after = Optional.empty();
        while (true) {
            Page<Account> p = accounts.list(accountSid, Optional.empty(), Optional.empty(),
                    new PageRequest(PageRequest.MAX_SIZE, 0, after));
            p.items().forEach(a -> sids.add(a.sid()));
            if (!p.hasMore() || p.items().isEmpty()) return sids;
            after = Optional.of(p.items().getLast().sid());
        }
    }

    private static long positionOf(String token) {
        try {
            if (!token.startsWith(TOKEN_PREFIX)) throw new NumberFormatException();
            long p = Long.parseLong(token.substring(TOKEN_PREFIX.length()));
            if (p < 0) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new TwilioException(TwilioError.INVALID_PAGE_TOKEN, "PA" + token);
        }
    }

    private static String metered() {
        return String.join(", ", java.util.Arrays.stream(UsageCategory.values()).map(UsageCategory::wire).toList());
    }
}
