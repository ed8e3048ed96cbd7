package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.HttpMethod;
import java.util.Objects;

/**
 * Something that happens to a running call from outside its script, delivered through the call's
 * {@link dev.switchboard.core.time.Inbox}. Digits are data for {@code <Gather>}/{@code <Record>};
 * {@link Control} inputs interrupt whatever verb is running.
 */
public sealed interface CallInput {

    /** A DTMF key pressed by the caller: {@code 0-9 * #}. */
    record Digit(char key) implements CallInput {
    }

    /** An input that interrupts the current verb; the loop decides what follows. */
    sealed interface Control extends CallInput {
    }

    /** The far end hung up. Execution ends; pending action requests of Dial/Record still happen. */
    record RemoteHangup() implements Control {
    }

    /** REST {@code Url}/{@code Method} update: fetch this (absolute) URL and run it instead. */
    record Redirect(String url, HttpMethod method) implements Control {
        public Redirect {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(method, "method");
        }
    }

    /** REST {@code Twiml} update: run this TwiML instead (parsed by the interpreter). */
    record RedirectTwiml(String twiml) implements Control {
        public RedirectTwiml {
            Objects.requireNonNull(twiml, "twiml");
        }
    }

    /** REST {@code Status=completed}: end the call now. */
    record Complete() implements Control {
    }
}
