package dev.switchboard.server.bins;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.TwimlBinStore;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookSignature;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET|POST {publicUrl}/twiml/{Sid}}: serves a TwiML Bin, rendered with the request's query
 * and form parameters ({@link TwimlBinRenderer}), as {@code 200 text/xml; charset=utf-8}.
 *
 * <ul>
 *   <li>No Basic auth: Twilio fetches its Bins unauthenticated, like any voice URL.
 *   <li>But Twilio's Bins answer only requests signed by Twilio (spec §11), so this one requires an
 *       {@code X-Twilio-Signature} valid for the <em>owning</em> account's auth token, over
 *       {@code publicUrl + path + ?query} and, for a form POST, the body parameters (spec §7.1).
 *       Anything else answers 403. The platform's own webhook client signs with the token of the
 *       call's account, so a bin works as a voice, action or Redirect URL for calls of the account
 *       that owns it; another account's calls (even a subaccount's) are refused: copy the bin.
 *   <li>A bin whose account is suspended or closed answers 403; an unknown SID answers 404.
 * </ul>
 * Blocks on the stores; runs on the listener's virtual threads.
 */
public final class ServeTwimlBinHandler implements Handler {
    public static final String PATH = "/twiml/{sid}";
    private static final Logger LOG = LoggerFactory.getLogger(ServeTwimlBinHandler.class);

    private final TwimlBinStore bins;
    private final AccountStore accounts;
    private final String publicUrl;

    public ServeTwimlBinHandler(TwimlBinStore bins, AccountStore accounts, String publicUrl) {
        this.bins = bins;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
    }

    @Override
    public void handle(Context ctx) {
        Optional<TwimlBin> bin = bins.findBySid(ctx.pathParam("sid"));
        if (bin.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("No such TwiML Bin");
            return;
        }
        FormParams query = params(ctx.queryParamMap());
        FormParams form = isFormPost(ctx) ? params(ctx.formParamMap()) : FormParams.empty();
        String signedUrl = publicUrl + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Optional<Account> owner = accounts.find(bin.get().accountSid()).filter(a -> a.status() == AccountStatus.ACTIVE);
        if (owner.isEmpty() || !WebhookSignature.validate(owner.get().authToken(), signedUrl, form,
                ctx.header(WebhookSignature.HEADER))) {
            ctx.status(403).contentType("text/plain; charset=utf-8")
                    .result("A valid X-Twilio-Signature from the bin's account is required");
            return;
        }
        String twiml;
        try {
            twiml = TwimlBinRenderer.render(bin.get().template(), query, form);
        } catch (RuntimeException e) {
            // Templates compile at save time, so this is a rendering fault; the caller sees 11200.
            LOG.warn("TwiML Bin {} failed to render", bin.get().sid(), e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("The TwiML Bin could not be rendered");
            return;
        }
        ctx.status(200).contentType("text/xml; charset=utf-8").result(twiml);
    }

    private static boolean isFormPost(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        return "POST".equals(ctx.method().name()) && type.startsWith("application/x-www-form-urlencoded");
    }

    private static FormParams params(Map<String, List<String>> map) {
        FormParams.Builder b = FormParams.builder();
        map.forEach((name, values) -> values.forEach(v -> b.add(name, v)));
        return b.build();
    }
}
