package dev.switchboard.core.interpreter;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.twiml.Gather;
import dev.switchboard.core.twiml.GatherPrompt;
import dev.switchboard.core.twiml.Pause;
import dev.switchboard.core.twiml.Play;
import dev.switchboard.core.twiml.Say;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <Gather>} (spec §3.5), DTMF only. Nested prompts play while listening; with
 * {@code bargeIn} the first digit stops them (otherwise digits pressed meanwhile are kept for
 * afterwards). Input ends on {@code numDigits}, on {@code finishOnKey} (not part of
 * {@code Digits}; reported as {@code FinishedOnKey}) or after {@code timeout} without a key, counted
 * from the end of the prompts and again after each digit. Digits → request {@code action} (default:
 * the current document). No digits (a lone finishOnKey included) → fall through to the next verb,
 * unless {@code actionOnEmptyResult}.
 */
final class GatherExecutor {

    Outcome execute(Gather gather, VerbContext ctx) {
        if (!gather.input().contains(Gather.Input.DTMF)) {
            TwilioError w = TwilioError.GATHER_SPEECH_NOT_YET_SUPPORTED;
            ctx.events().record(new CallEvent.WarningRaised(w.code(), w.template()));
        }
        List<Character> keys = new ArrayList<>();
        Optional<CallInput> input = playPrompts(gather, ctx, keys);
        if (input.isPresent()) {
            if (input.get() instanceof CallInput.Control c) return new Outcome.Interrupted(c);
            keys.add(((CallInput.Digit) input.get()).key());
        }
        StringBuilder digits = new StringBuilder();
        String finishedOnKey = "";
        while (true) {
            if (!keys.isEmpty()) {
                char key = keys.removeFirst();
                if (gather.finishOnKey().indexOf(key) >= 0) {
                    finishedOnKey = String.valueOf(key);
                    break;
                }
                digits.append(key);
                if (gather.numDigits().isPresent() && digits.length() >= gather.numDigits().getAsInt()) break;
                continue;
            }
            Optional<CallInput> next = ctx.clock().poll(ctx.inputs(), gather.timeout());
            if (next.isEmpty()) break; // timeout: silence after the prompts or between digits
            switch (next.get()) {
                case CallInput.Digit d -> keys.add(d.key());
                case CallInput.Control c -> {
                    return new Outcome.Interrupted(c);
                }
            }
        }
        ctx.events().record(new CallEvent.DigitsGathered(digits.toString(), finishedOnKey));
        if (digits.isEmpty() && !gather.actionOnEmptyResult()) return Outcome.CONTINUE;
        FormParams params = FormParams.of("Digits", digits.toString(), "FinishedOnKey", finishedOnKey);
        return new Outcome.Fetch(ctx.actionOrCurrent(gather.action()), gather.method(), params);
    }

    /** Plays the prompts; answers the input that interrupted them (a digit only with bargeIn). */
    private static Optional<CallInput> playPrompts(Gather gather, VerbContext ctx, List<Character> keys) {
        for (GatherPrompt prompt : gather.prompts()) {
            int rounds = switch (prompt) {
                case Say s -> Playback.rounds(s.loop());
                case Play p -> Playback.rounds(p.loop());
                case Pause p -> 1;
            };
            for (int i = 0; i < rounds; i++) {
                Optional<Duration> started = switch (prompt) {
                    case Say s -> Optional.of(SayExecutor.start(s, ctx));
                    case Play p -> PlayExecutor.startOrWarn(p, ctx, true);
                    case Pause p -> Optional.of(p.length());
                };
                if (started.isEmpty()) break; // an unplayable prompt is skipped, the next one plays
                Duration length = started.get();
                boolean media = !(prompt instanceof Pause);
                Optional<CallInput> in = Playback.hold(ctx, length, media, gather.bargeIn(), keys);
                if (in.isPresent()) return in;
            }
        }
        return Optional.empty();
    }
}
