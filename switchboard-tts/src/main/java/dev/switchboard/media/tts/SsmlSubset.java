package dev.switchboard.media.tts;

import dev.switchboard.media.tts.SpeechSegment.Silence;
import dev.switchboard.media.tts.SpeechSegment.Speech;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a {@code <Say>} body (plain text or the SSML subset Twilio documents for {@code <Say>}) into
 * {@link SpeechSegment}s. Supported: {@code <break time|strength>}, {@code <prosody rate>} (volume and pitch are
 * read and ignored), {@code <say-as interpret-as="digits|characters|spell-out|telephone">} (see
 * {@link SayAsExpansion}), {@code <emphasis level>} (spoken a little slower or faster), {@code <p>} and
 * {@code <s>} (a pause after each), {@code <phoneme>} and {@code <w>} (their text is spoken), {@code <sub alias>}
 * (the alias is spoken instead). Any other element, {@code <speak>} and {@code <lang>} included, is spoken as its
 * text. Malformed markup is spoken as the text with the tags stripped. Never throws for any input; pure; no DTDs or
 * external entities are read.
 */
public final class SsmlSubset {
    static final Duration SENTENCE_PAUSE = Duration.ofMillis(300);
    static final Duration PARAGRAPH_PAUSE = Duration.ofMillis(600);
    static final Duration LONGEST_BREAK = Duration.ofSeconds(10);
    private static final Pattern TIME = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\s*([+-]?)(\\d+(?:\\.\\d+)?)%\\s*");

    private SsmlSubset() {}

    /** The segments of {@code body}: consecutive words at one rate are one {@link Speech}; pauses are merged. */
    public static List<SpeechSegment> parse(String body) {
        if (body.indexOf('<') < 0 && body.indexOf('&') < 0) return plain(body);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            SAXParser parser = factory.newSAXParser();
            Reader reader = new Reader();
            parser.parse(new InputSource(new StringReader("<speak>" + body + "</speak>")), reader);
            return reader.finish();
        } catch (Exception malformed) {
            return plain(stripTags(body));
        }
    }

    /** The body as plain text: tags removed, the five XML entities decoded, whitespace collapsed. */
    public static String stripTags(String body) {
        return body.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    static double rate(String value, double current) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        double rate = switch (v) {
            case "x-slow" -> 0.6;
            case "slow" -> 0.8;
            case "medium", "default" -> 1.0;
            case "fast" -> 1.25;
            case "x-fast" -> 1.5;
            default -> {
                Matcher m = PERCENT.matcher(v);
                if (!m.matches()) yield current;
                double n = Double.parseDouble(m.group(2)) / 100;
                yield switch (m.group(1)) {
                    case "+" -> current * (1 + n);
                    case "-" -> current * (1 - n);
                    default -> n;
                };
            }
        };
        return Math.max(0.2, Math.min(2.0, rate)); // Polly's range, 20%..200%
    }

    static Duration breakLength(String time, String strength) {
        if (time != null) {
            Matcher m = TIME.matcher(time);
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                long ms = Math.round(m.group(2).equalsIgnoreCase("s") ? n * 1000 : n);
                Duration d = Duration.ofMillis(ms);
                return d.compareTo(LONGEST_BREAK) > 0 ? LONGEST_BREAK : d;
            }
        }
        return switch (strength == null ? "medium" : strength.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> Duration.ZERO;
            case "x-weak" -> Duration.ofMillis(100);
            case "weak" -> Duration.ofMillis(250);
            case "strong" -> Duration.ofMillis(700);
            case "x-strong" -> Duration.ofMillis(1000);
            default -> Duration.ofMillis(400);
        };
    }

    private static List<SpeechSegment> plain(String text) {
        String words = collapse(text);
        return words.isEmpty() ? List.of() : List.of(new Speech(words, 1.0));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The SAX handler: a stack of element frames, each with the rate and mode its text is spoken in. */
    private static final class Reader extends DefaultHandler {
        private record Frame(String name, double rate, boolean silent, String interpretAs, StringBuilder captured) {}

        private final List<SpeechSegment> out = new ArrayList<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final StringBuilder pending = new StringBuilder();
        private double pendingRate = 1.0;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            String name = qName.toLowerCase(Locale.ROOT);
            Frame parent = stack.peek();
            double rate = parent == null ? 1.0 : parent.rate();
            boolean silent = parent != null && parent.silent();
            switch (name) {
                case "break" -> { if (!silent) pause(breakLength(a.getValue("time"), a.getValue("strength"))); }
                case "prosody" -> { if (a.getValue("rate") != null) rate = rate(a.getValue("rate"), rate); }
                case "emphasis" -> rate *= switch (String.valueOf(a.getValue("level")).toLowerCase(Locale.ROOT)) {
                    case "strong" -> 0.85;
                    case "reduced" -> 1.1;
                    default -> 0.92; // moderate, the default level
                };
                case "sub" -> {
                    if (!silent && a.getValue("alias") != null) speak(a.getValue("alias"), rate);
                    silent = a.getValue("alias") != null;
                }
                case "p", "s" -> flush();
                default -> { }
            }
            String interpretAs = name.equals("say-as") ? String.valueOf(a.getValue("interpret-as")) : null;
            stack.push(new Frame(name, rate, silent, interpretAs, interpretAs == null ? null : new StringBuilder()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Frame top = stack.peek();
            if (top == null || top.silent()) return;
            for (Frame f : stack) {
                if (f.captured() != null) {
                    f.captured().append(ch, start, length);
                    return;
                }
            }
            speak(new String(ch, start, length), top.rate());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Frame done = stack.pop();
            if (done.captured() != null) {
                String spoken = SayAsExpansion.expand(done.captured().toString(), done.interpretAs());
                Frame outer = stack.peek();
                boolean nestedCapture = false;
                for (Frame f : stack) {
                    if (f.captured() != null) { f.captured().append(' ').append(spoken).append(' '); nestedCapture = true; break; }
                }
                if (!nestedCapture && !done.silent()) speak(" " + spoken + " ", outer == null ? 1.0 : done.rate());
            }
            switch (done.name()) {
                case "s" -> pause(SENTENCE_PAUSE);
                case "p" -> pause(PARAGRAPH_PAUSE);
                default -> { }
            }
        }

        private void speak(String text, double rate) {
            if (rate != pendingRate && !pending.toString().isBlank()) flush();
            if (pending.toString().isBlank()) pendingRate = rate;
            pending.append(text);
        }

        private void pause(Duration length) {
            flush();
            if (length.isZero()) return;
            int last = out.size() - 1;
            if (last >= 0 && out.get(last) instanceof Silence(Duration before)) out.set(last, new Silence(before.plus(length)));
            else out.add(new Silence(length));
        }

        private void flush() {
            String words = collapse(pending.toString());
            if (!words.isEmpty()) out.add(new Speech(words, pendingRate));
            pending.setLength(0);
        }

        List<SpeechSegment> finish() {
            flush();
            return List.copyOf(out);
        }
    }
}
