package dev.switchboard.core.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A far end that records what the interpreter did to it, as short lines, in order (OkHttp
 * WebSocketRecorder style): {@code answer}, {@code say woman/en-GB: Hello}, {@code play URL},
 * {@code digits 12w3}, {@code beep}, {@code stop media}, {@code record start},
 * {@code record stop 4s}, {@code reject busy}, {@code hangup}.
 */
final class RecordingCallLeg implements CallLeg {
    private final Deque<String> effects = new ArrayDeque<>();
    private final Deque<Duration> speeches = new ArrayDeque<>();
    private boolean answered;
    private int recordings;
    Duration sayDuration = Duration.ofSeconds(3);
    Duration playDuration = Duration.ofSeconds(5);
    Duration beepDuration = Duration.ofSeconds(1);

    /** The next {@code <Record>} hears the caller speak this long ({@link Duration#ZERO} when none is scripted). */
    RecordingCallLeg callerSpeaks(Duration d) {
        speeches.addLast(d);
        return this;
    }

    void answered() { answered = true; }

    private synchronized void add(String effect) { effects.addLast(effect); }

    @Override public synchronized void answer() { answered = true; add("answer"); }
    @Override public synchronized boolean isAnswered() { return answered; }

    @Override
    public Duration say(String text, String voice, String language) {
        add("say " + voice + "/" + language + ": " + text);
        return sayDuration;
    }

    /** URLs whose {@link #play} fails as a real leg's would when the answer is not audio. */
    final java.util.Set<String> unplayable = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Duration play(String url) {
        add("play " + url);
        if (unplayable.contains(url)) {
            throw new PromptUnavailableException(dev.switchboard.core.error.TwilioError.PLAY_INVALID_CONTENT_TYPE,
                    url + " answered text/html");
        }
        return playDuration;
    }

    @Override
    public Duration playDigits(String digits) {
        add("digits " + digits);
        return Duration.ofMillis(500L * digits.length());
    }

    @Override public Duration playBeep() { add("beep"); return beepDuration; }
    @Override public void stopMedia() { add("stop media"); }

    @Override
    public synchronized Duration startRecording() {
        add("record start");
        return speeches.isEmpty() ? Duration.ZERO : speeches.removeFirst();
    }

    @Override
    public synchronized Recording stopRecording(Duration length) {
        add("record stop " + length.toSeconds() + "s");
        recordings++;
        return new Recording("RE" + recordings, "https://media.example.com/RE" + recordings, length);
    }

    @Override public void reject(String reason) { add("reject " + reason); }
    @Override public void hangup() { add("hangup"); }

    synchronized String takeEvent() {
        assertThat(effects).as("leg effects").isNotEmpty();
        return effects.removeFirst();
    }

    synchronized void assertNoMoreEvents() {
        assertThat(effects).as("unexpected leg effects").isEmpty();
    }
}
