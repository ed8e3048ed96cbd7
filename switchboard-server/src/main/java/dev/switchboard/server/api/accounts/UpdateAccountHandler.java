package dev.switchboard.server.api.accounts;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /Accounts/{AccountSid}.json}: FriendlyName and Status. Only a parent changes a
 * subaccount's status; {@code closed} is final, as on Twilio.
 */
public final class UpdateAccountHandler implements ApiHandler {
    private final AccountStore accounts;
    private final Clock clock;

    public UpdateAccountHandler(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Account account = req.pathAccount();
        var name = FormFields.friendlyName(req);
        var status = req.param("Status").map(s -> AccountStatus.fromWire(s)
                .orElseThrow(() -> FormFields.invalid("Status", s, "must be active, suspended or closed")));
        if (status.isPresent() && status.get() != account.status()) {
            if (account.sid().equals(req.caller().sid())) {
                throw new TwilioException(TwilioError.FORBIDDEN, "an account cannot change its own status");
            }
            if (account.status() == AccountStatus.CLOSED) {
                throw new TwilioException(TwilioError.SUBACCOUNT_CLOSED);
            }
            account = account.withStatus(status.get(), now);
        }
        if (name.isPresent()) account = account.withFriendlyName(name.get(), now);
        accounts.update(account);
        return ApiResponse.ok(AccountJson.of(account));
    }
}
