package dev.switchboard.server.webhook;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.webhook.ConnectionOverrides;
import dev.switchboard.core.webhook.OutgoingWebhook;
import dev.switchboard.core.webhook.RetryCondition;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookLimits;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResult;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical webhook from first attempt to result: the retry, redirect and budget rules described
 * on {@link HttpWebhookClient}. Single use, single thread.
 */
final class WebhookFetch {
    private static final Logger log = LoggerFactory.getLogger(WebhookFetch.class);

    private final WebhookExchange exchange;
    private final WebhookRequest request;
    private final ConnectionOverrides overrides;
    private final long start;
    private final long deadline;
    private OutgoingWebhook outgoing;
    private int attempts;
    private int redirects;

    WebhookFetch(WebhookExchange exchange, WebhookRequest request, String idempotencyToken, long startNanos) {
        this.exchange = exchange;
        this.request = request;
        this.overrides = request.overrides();
        this.start = startNanos;
        this.deadline = startNanos + overrides.totalTimeout().toNanos();
        this.outgoing = OutgoingWebhook.of(request, idempotencyToken);
    }

    WebhookResult run() {
        while (true) {
            attempts++;
            Attempt attempt;
            try {
                attempt = exchange.send(outgoing, overrides, deadline, WebhookLimits.MAX_TWIML_BYTES);
            } catch (IllegalArgumentException e) {
                return WebhookFailure.of(TwilioError.WEBHOOK_URL_INVALID, outgoing.url() + ": " + e.getMessage(), elapsed());
            }
            if (attempt instanceof Attempt.Answered answer && isRedirect(answer.status())) {
                Optional<WebhookResult> refused = followRedirect(answer);
                if (refused.isPresent()) {
                    return refused.get();
                }
                attempts--; // a redirect is not a retry
            } else if (attempt instanceof Attempt.Answered answer && WebhookLimits.isSuccess(answer.status())) {
                return AnswerCheck.judge(request.purpose(), outgoing.url(), answer, elapsed());
            } else if (!shouldRetry(attempt)) {
                return retrievalFailure(attempt);
            }
        }
    }

    /** Moves to the redirect's target; answers the failure when the redirect is not followed. */
    private Optional<WebhookResult> followRedirect(Attempt.Answered answer) {
        Optional<OutgoingWebhook> next = answer.location().flatMap(l -> outgoing.redirectedTo(answer.status(), l));
        if (next.isEmpty()) {
            String why = answer.location().isEmpty() ? " without a Location header" : ", a redirect Twilio does not follow";
            return Optional.of(AnswerCheck.failure(TwilioError.HTTP_INVALID_REDIRECT,
                    answer.status() + " from " + outgoing.url() + why, answer, elapsed()));
        }
        if (++redirects > HttpWebhookClient.MAX_REDIRECTS) {
            return Optional.of(AnswerCheck.failure(TwilioError.HTTP_TOO_MANY_REDIRECTS, "more than "
                    + HttpWebhookClient.MAX_REDIRECTS + " redirects, the last to " + next.get().url(), answer, elapsed()));
        }
        log.debug("webhook {} redirected ({}) to {}", outgoing.url(), answer.status(), next.get().url());
        outgoing = next.get();
        return Optional.empty();
    }

    private boolean shouldRetry(Attempt attempt) {
        Optional<RetryCondition> retryClass = switch (attempt) {
            case Attempt.Answered answer -> answer.retryCondition();
            case Attempt.Failed failed -> Optional.of(failed.condition());
        };
        boolean retry = attempts <= overrides.retryCount()
                && retryClass.filter(overrides::retries).isPresent()
                && System.nanoTime() < deadline
                && !Thread.currentThread().isInterrupted();
        log.debug("webhook {} {} attempt {} failed: {}{}", outgoing.method(), outgoing.url(), attempts, cause(attempt),
                retry ? "; retrying" : "");
        return retry;
    }

    private WebhookFailure retrievalFailure(Attempt attempt) {
        String reason = cause(attempt) + " from " + outgoing.url() + " after " + attempts
                + (attempts == 1 ? " attempt" : " attempts");
        return switch (attempt) {
            case Attempt.Answered answer -> AnswerCheck.failure(TwilioError.HTTP_RETRIEVAL_FAILURE, reason, answer, elapsed());
            case Attempt.Failed failed -> WebhookFailure.of(TwilioError.HTTP_RETRIEVAL_FAILURE, reason, elapsed());
        };
    }

    private static String cause(Attempt attempt) {
        return switch (attempt) {
            case Attempt.Answered answer -> "HTTP " + answer.status();
            case Attempt.Failed failed -> failed.reason();
        };
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
