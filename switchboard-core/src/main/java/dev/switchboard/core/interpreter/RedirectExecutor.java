package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Redirect;
import dev.switchboard.core.webhook.FormParams;

/** {@code <Redirect>}: replace the document with the one at the (resolved) URL (spec §3.7). */
final class RedirectExecutor {
    Outcome execute(Redirect redirect, VerbContext ctx) {
        return new Outcome.Fetch(ctx.resolve(redirect.url()), redirect.method(), FormParams.empty());
    }
}
