package dev.switchboard.server.api.accounts;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts.json}: creates a subaccount of the calling main account. */
public final class CreateAccountHandler implements ApiHandler {
    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final AccountStore accounts;
    private final Clock clock;

    public CreateAccountHandler(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!req.caller().isMain()) throw new TwilioException(TwilioError.FORBIDDEN, "subaccounts cannot create subaccounts");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String name = FormFields.friendlyName(req)
                .filter(n -> !n.isBlank())
                .orElse("SubAccount Created at " + DEFAULT_NAME.format(now));
        Account account = new Account(Sids.next(SidPrefix.ACCOUNT), req.caller().sid(), name, AccountStatus.ACTIVE,
                "Full", Sids.secret(), now, now);
        accounts.create(account);
        return ApiResponse.created(AccountJson.of(account));
    }
}
