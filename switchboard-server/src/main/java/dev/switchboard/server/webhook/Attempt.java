package dev.switchboard.server.webhook;

import dev.switchboard.core.webhook.RetryCondition;
import java.util.Optional;

/** How one HTTP attempt of a webhook ended, before the client applies Twilio's rules to it. */
sealed interface Attempt {

    /**
     * The server answered.
     *
     * @param body at most the body cap; {@code truncated} when more was sent (the rest was not read)
     */
    record Answered(int status, String contentType, Optional<String> location, byte[] body, boolean truncated)
            implements Attempt {
        /** The retry class of a non-2xx answer, if it has one. */
        Optional<RetryCondition> retryCondition() {
            if (status >= 400 && status < 500) {
                return Optional.of(RetryCondition.CLIENT_ERROR);
            }
            return status >= 500 && status < 600 ? Optional.of(RetryCondition.SERVER_ERROR) : Optional.empty();
        }
    }

    /**
     * No answer: the connection failed, timed out or broke.
     *
     * @param condition which {@code rp} class may retry it
     * @param reason what happened, for the failure's reason
     */
    record Failed(RetryCondition condition, String reason) implements Attempt {}
}
