package dev.switchboard.core.interpreter;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.Connect;
import dev.switchboard.core.twiml.Dial;
import dev.switchboard.core.twiml.DialClient;
import dev.switchboard.core.twiml.DialNumber;
import dev.switchboard.core.twiml.Echo;
import dev.switchboard.core.twiml.Enqueue;
import dev.switchboard.core.twiml.Gather;
import dev.switchboard.core.twiml.Hangup;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.twiml.Leave;
import dev.switchboard.core.twiml.Pause;
import dev.switchboard.core.twiml.Play;
import dev.switchboard.core.twiml.Record;
import dev.switchboard.core.twiml.Redirect;
import dev.switchboard.core.twiml.Reject;
import dev.switchboard.core.twiml.Say;
import dev.switchboard.core.twiml.Start;
import dev.switchboard.core.twiml.Stop;
import dev.switchboard.core.twiml.TwimlDocument;
import dev.switchboard.core.twiml.TwimlParseException;
import dev.switchboard.core.twiml.TwimlParser;
import dev.switchboard.core.twiml.TwimlWarning;
import dev.switchboard.core.twiml.Verb;
import dev.switchboard.core.webhook.FormParams;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs one call's TwiML: fetch a document, execute its verbs top to bottom, follow the
 * {@link Outcome} each executor returns. Plain sequential blocking code for the call's own
 * (virtual) thread, which must already have {@link CallClock#join joined} the clock.
 *
 * <p>Control flow (spec §3.1): end of document hangs up; a fetch replaces the document; a
 * {@link CallInput.Control} interrupts the running verb — {@code RemoteHangup} ends execution,
 * {@code Redirect}/{@code RedirectTwiml} replace the document, {@code Complete} hangs up. A failed
 * fetch (the adapter has already tried the fallback URL) fails the call.
 *
 * <p>Answer rule for a ringing inbound call: the first verb that needs media answers it; that is
 * every verb except {@code <Reject>} (never answers, spec §3.8), {@code <Redirect>} (no media),
 * {@code <Pause>} (a leading Pause delays answering, spec §3.4), a {@code <Dial answerOnBridge>} of
 * numbers and clients (answered when a dialed party answers) and the verbs not yet executed.
 * The end of a document counts as {@code <Hangup/>}, which answers first (spec §3.8).
 *
 * <p>Reject status (spec §15 question 5, decided): {@code reason="busy"} ends the call
 * {@code busy} (SIP 486), {@code reason="rejected"} ends it {@code no-answer} (SIP 603; spec §1.3
 * lists rejected calls under no-answer). A {@code <Reject>} on an already answered call hangs up
 * ({@code completed}).
 */
public final class TwimlInterpreter {
    private final DocumentSource documents;
    private final CallLeg leg;
    private final DialConnector dialer;
    private final CallEvents events;
    private final CallClock clock;
    private final Inbox<CallInput> inputs;

    private final SayExecutor say = new SayExecutor();
    private final PlayExecutor play = new PlayExecutor();
    private final PauseExecutor pause = new PauseExecutor();
    private final GatherExecutor gather = new GatherExecutor();
    private final RecordExecutor record = new RecordExecutor();
    private final RedirectExecutor redirect = new RedirectExecutor();
    private final HangupExecutor hangup = new HangupExecutor();
    private final RejectExecutor reject = new RejectExecutor();
    private final DialExecutor dial = new DialExecutor();
    private final UnsupportedVerbExecutor unsupported = new UnsupportedVerbExecutor();
    private boolean whisper;

    public TwimlInterpreter(DocumentSource documents, CallLeg leg, DialConnector dialer, CallEvents events,
                            CallClock clock, Inbox<CallInput> inputs) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.leg = Objects.requireNonNull(leg, "leg");
        this.dialer = Objects.requireNonNull(dialer, "dialer");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /** Fetches {@code url} (absolute; the call's Voice URL) and runs the call to its end. Blocks. */
    public CallEnd run(String url, HttpMethod method) {
        return loop(fetch(url, method, FormParams.empty()));
    }

    /** Runs inline TwiML (REST {@code Twiml}); relative URLs in it resolve against {@code baseUrl} ("" = none). Blocks. */
    public CallEnd runTwiml(String twiml, String baseUrl) {
        return loop(parse(twiml, baseUrl));
    }

    /** How a whisper ({@link #runWhisper}) ended. */
    public enum WhisperEnd {
        /** The document ran to its end: bridge the called party to the caller. */
        CONNECT,
        /** {@code <Hangup>}/{@code <Reject>}, the called party hung up, or the call was ended. */
        HUNG_UP,
        /** The document could not be fetched or run (the called party heard the error announcement). */
        FAILED
    }

    private static final CallEnd WHISPER_CONNECTS = new CallEnd("in-progress", Map.of());

    /**
     * Runs a Dial noun's {@code url} on the called party after it answered and before it is
     * bridged (spec §2.4 "whisper"). The end of the document connects instead of hanging up;
     * {@code <Dial>} is refused with 13201. Blocks.
     */
    public WhisperEnd runWhisper(String url, HttpMethod method) {
        whisper = true;
        CallEnd end = loop(fetch(url, method, FormParams.empty()));
        if (end == WHISPER_CONNECTS) return WhisperEnd.CONNECT;
        return "failed".equals(end.status()) ? WhisperEnd.FAILED : WhisperEnd.HUNG_UP;
    }

    private CallEnd loop(Fetched first) {
        Fetched current = first;
        while (true) {
            if (!(current instanceof Fetched.Document doc)) {
                Fetched.Failed failed = (Fetched.Failed) current;
                return fail(failed.twilioCode(), failed.reason());
            }
            String url = doc.url();
            switch (execute(doc)) {
                case Outcome.Continue c -> throw new IllegalStateException("execute never answers Continue");
                case Outcome.Connect c -> {
                    return WHISPER_CONNECTS;
                }
                case Outcome.Fetch f -> current = fetch(f.url(), f.method(), f.params());
                case Outcome.FinalRequest f -> {
                    fetch(f.url(), f.method(), f.params()); // the caller is gone: its TwiML is not run (§2.1, §3.6)
                    events.record(new CallEvent.CallHungUp("caller"));
                    return CallEnd.completed();
                }
                case Outcome.Hangup h -> {
                    leg.hangup();
                    events.record(new CallEvent.CallHungUp("twiml"));
                    return new CallEnd("completed", h.returnParams());
                }
                case Outcome.Rejected r -> {
                    return rejected(r.reason(), r.returnParams());
                }
                case Outcome.Fail f -> {
                    return fail(f.code(), f.message());
                }
                case Outcome.Interrupted i -> {
                    switch (i.input()) {
                        case CallInput.RemoteHangup h -> {
                            events.record(new CallEvent.CallHungUp("caller"));
                            return CallEnd.completed();
                        }
                        case CallInput.Complete c -> {
                            leg.hangup();
                            events.record(new CallEvent.CallHungUp("api"));
                            return CallEnd.completed();
                        }
                        case CallInput.Redirect r -> current = fetch(r.url(), r.method(), FormParams.empty());
                        case CallInput.RedirectTwiml t -> current = parse(t.twiml(), url);
                    }
                }
            }
        }
    }

    /** Runs a document's verbs until one hands control back; the end of the document is a hang-up. */
    private Outcome execute(Fetched.Document doc) {
        for (TwimlWarning w : doc.doc().warnings()) {
            events.record(new CallEvent.WarningRaised(w.code(), w.message()));
        }
        VerbContext ctx = new VerbContext(leg, clock, inputs, events, dialer, doc.url());
        for (Verb verb : doc.doc().verbs()) {
            Optional<CallInput> pending = inputs.takeFirst(in -> in instanceof CallInput.Control);
            if (pending.isPresent()) return new Outcome.Interrupted((CallInput.Control) pending.get());
            events.record(new CallEvent.VerbStarted(verb.getClass().getSimpleName()));
            if (answers(verb)) answer();
            Outcome outcome = switch (verb) {
                case Say v -> say.execute(v, ctx);
                case Play v -> play.execute(v, ctx);
                case Pause v -> pause.execute(v, ctx);
                case Gather v -> gather.execute(v, ctx);
                case Record v -> record.execute(v, ctx);
                case Redirect v -> redirect.execute(v, ctx);
                case Hangup v -> hangup.execute(v, ctx);
                case Reject v -> reject.execute(v, ctx);
                case Dial v -> whisper
                        ? new Outcome.Fail(TwilioError.DIAL_FROM_DIAL_SEGMENT.code(),
                                "<Dial> in a whisper url: " + TwilioError.DIAL_FROM_DIAL_SEGMENT.template())
                        : dial.execute(v, ctx);
                case Enqueue v -> unsupported.execute(v, ctx);
                case Leave v -> unsupported.execute(v, ctx);
                case Start v -> unsupported.execute(v, ctx);
                case Stop v -> unsupported.execute(v, ctx);
                case Connect v -> unsupported.execute(v, ctx);
                case Echo v -> unsupported.execute(v, ctx);
            };
            if (!(outcome instanceof Outcome.Continue)) return outcome;
        }
        Optional<CallInput> pending = inputs.takeFirst(in -> in instanceof CallInput.Control);
        if (pending.isPresent()) return new Outcome.Interrupted((CallInput.Control) pending.get());
        if (whisper) return new Outcome.Connect();
        answer(); // end of document = <Hangup/> (spec §3.1), which answers first (spec §3.8)
        return new Outcome.Hangup(Map.of());
    }

    private static boolean answers(Verb verb) {
        return switch (verb) {
            case Reject r -> false;
            case Redirect r -> false;
            case Pause p -> false;
            case Enqueue v -> false;
            case Leave v -> false;
            case Start v -> false;
            case Stop v -> false;
            case Connect v -> false;
            case Echo v -> false;
            case Say v -> true;
            case Play v -> true;
            case Gather v -> true;
            case Record v -> true;
            case Hangup v -> true;
            case Dial v -> !answersOnBridge(v);
        };
    }

    /**
     * {@code answerOnBridge="true"} on a Dial of numbers and clients leaves the caller unanswered
     * (ringing) until a dialed party answers; the connector answers it then, or never.
     */
    private static boolean answersOnBridge(Dial dial) {
        return dial.answerOnBridge() && !dial.nouns().isEmpty()
                && dial.nouns().stream().allMatch(n -> n instanceof DialNumber || n instanceof DialClient);
    }

    private void answer() {
        if (!leg.isAnswered()) {
            leg.answer();
            events.record(new CallEvent.CallAnswered());
        }
    }

    private CallEnd rejected(String reason, Map<String, String> returnParams) {
        if (leg.isAnswered()) {
            leg.hangup();
            events.record(new CallEvent.CallHungUp("twiml"));
            return new CallEnd("completed", returnParams);
        }
        leg.reject(reason);
        events.record(new CallEvent.CallRejected(reason));
        return new CallEnd("busy".equals(reason) ? "busy" : "no-answer", returnParams);
    }

    /**
     * Without a usable document, Twilio answers the call if needed, plays its default
     * "application error" announcement and hangs up (spec §0.2); a caller who already hung up
     * hears nothing.
     */
    private CallEnd fail(int code, String message) {
        events.record(new CallEvent.CallFailed(code, message));
        boolean callerGone = inputs.takeFirst(in -> in instanceof CallInput.RemoteHangup).isPresent();
        if (!callerGone) {
            if (!leg.isAnswered()) leg.answer();
            clock.poll(inputs, leg.say(APPLICATION_ERROR, "woman", "en-US"));
            leg.hangup();
        }
        return CallEnd.failed();
    }

    /** Twilio's default announcement when a call's TwiML cannot be fetched or run. */
    public static final String APPLICATION_ERROR = "We are sorry, an application error has occurred. Goodbye.";

    private Fetched fetch(String url, HttpMethod method, FormParams params) {
        events.record(new CallEvent.DocumentFetched(url, method.wireValue()));
        return documents.fetch(url, method, params);
    }

    private static Fetched parse(String twiml, String baseUrl) {
        try {
            TwimlDocument doc = TwimlParser.parse(twiml);
            return new Fetched.Document(doc, baseUrl);
        } catch (TwimlParseException e) {
            return new Fetched.Failed(TwilioError.DOCUMENT_PARSE_FAILURE.code(), e.getMessage());
        }
    }
}
