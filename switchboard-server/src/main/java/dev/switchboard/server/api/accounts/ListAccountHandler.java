package dev.switchboard.server.api.accounts;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.api.Paging;
import java.util.Optional;

/** {@code GET /Accounts.json}: the caller's account and its subaccounts (filters FriendlyName, Status). */
public final class ListAccountHandler implements ApiHandler {
    private final AccountStore accounts;

    public ListAccountHandler(AccountStore accounts) { this.accounts = accounts; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Optional<AccountStatus> status = req.param("Status").map(s -> AccountStatus.fromWire(s)
                .orElseThrow(() -> FormFields.invalid("Status", s, "must be active, suspended or closed")));
        PageRequest pr = Paging.request(req);
        var page = accounts.list(req.caller().sid(), req.param("FriendlyName"), status, pr);
        return ApiResponse.ok(Paging.envelope("accounts", page, pr, "/2010-04-01/Accounts.json",
                Paging.filters(req, "FriendlyName", "Status"), AccountJson::of, Account::sid));
    }
}
