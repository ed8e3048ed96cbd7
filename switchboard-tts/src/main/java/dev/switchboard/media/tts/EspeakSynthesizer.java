package dev.switchboard.media.tts;

import dev.switchboard.media.audio.PcmAudio;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng (GPL-3+) run as a subprocess, one per rendered run of words, for the ~100 languages flite and FreeTTS
 * lack. Running it as a separate program keeps GPL code out of our process and sidesteps its global, not
 * thread-safe library state; concurrent calls are concurrent processes. Audio is 16-bit mono WAV at the voice's
 * rate (22.05 kHz for the stock voices), read from the child's stdout; the caller resamples to 8 kHz.
 * Voices are {@code <language>+m3} or {@code <language>+f3} by gender. Blocks until the child exits (at most
 * {@link #TIMEOUT_SECONDS} seconds).
 */
public final class EspeakSynthesizer extends SegmentedSynthesizer {
    static final long TIMEOUT_SECONDS = 30;
    private static final int NORMAL_WPM = 175;

    private final Path program;
    private final Set<String> languages;

    EspeakSynthesizer(Path program, Set<String> languages) {
        this.program = program;
        this.languages = Set.copyOf(languages);
    }

    /** The engine when {@code espeak-ng} is on the PATH and lists its voices; empty otherwise. Never throws. */
    public static Optional<EspeakSynthesizer> probe() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(candidate)) {
                try {
                    Set<String> languages = listLanguages(candidate);
                    return languages.isEmpty() ? Optional.empty() : Optional.of(new EspeakSynthesizer(candidate, languages));
                } catch (IOException | RuntimeException broken) {
                    return Optional.empty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> listLanguages(Path program) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(program.toString(), "--voices").redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Set<String> out = new TreeSet<>();
        for (String line : listing.split("\n")) {
            String[] cols = line.strip().split("\\s+");
            if (cols.length >= 2 && cols[0].matches("\\d+")) out.add(cols[1].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Override public String name() { return "espeak-ng"; }

    @Override public List<String> voices() { return List.copyOf(new TreeSet<>(languages)); }

    @Override public boolean speaks(String language) { return espeakLanguage(language).isPresent(); }

    /** espeak-ng's name for {@code language}: the full tag ({@code pt-br}) if it has it, else the primary subtag. */
    Optional<String> espeakLanguage(String language) {
        String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
        if (languages.contains(tag)) return Optional.of(tag);
        String primary = new VoiceTraits(VoiceTraits.Gender.MALE, tag).primaryLanguage();
        return languages.contains(primary) ? Optional.of(primary) : Optional.empty();
    }

    @Override
    protected String voiceFor(VoiceTraits traits) {
        String language = espeakLanguage(traits.language()).orElse(languages.contains("en-us") ? "en-us" : "en");
        return language + (traits.gender() == VoiceTraits.Gender.FEMALE ? "+f3" : "+m3");
    }

    @Override protected int sampleRate(String voice) { return 22_050; }

    @Override
    protected PcmAudio render(String text, String voice, double rate) {
        int wpm = (int) Math.max(80, Math.min(450, Math.round(NORMAL_WPM * rate)));
        List<String> command = new ArrayList<>(List.of(program.toString(), "--stdout", "--stdin", "-v", voice, "-s",
                Integer.toString(wpm)));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.ofVirtual().start(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the child died; its exit code says so below
                }
            });
            byte[] wav = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SpeechSynthesisException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) throw new SpeechSynthesisException("espeak-ng exited with " + p.exitValue());
            return wavToPcm(wav);
        } catch (IOException e) {
            throw new SpeechSynthesisException("espeak-ng failed to run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechSynthesisException("interrupted while espeak-ng rendered", e);
        }
    }

    /** 16-bit mono RIFF/WAVE → samples. espeak-ng writes a streaming header whose data length may be wrong. */
    static PcmAudio wavToPcm(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new SpeechSynthesisException("espeak-ng did not write a WAV file");
        }
        int rate = 0, at = 12;
        while (at + 8 <= wav.length) {
            int id = b.getInt(at), size = b.getInt(at + 4);
            if (id == 0x20746d66) { // "fmt "
                if (b.getShort(at + 10) != 1 || b.getShort(at + 22) != 16) throw new SpeechSynthesisException("not 16-bit mono");
                rate = b.getInt(at + 12);
            } else if (id == 0x61746164) { // "data"
                int start = at + 8;
                int end = size <= 0 || start + (long) size > wav.length ? wav.length : start + size;
                short[] pcm = new short[(end - start) / 2];
                for (int i = 0; i < pcm.length; i++) pcm[i] = b.getShort(start + 2 * i);
                if (rate == 0) throw new SpeechSynthesisException("WAV data before its format");
                return PcmAudio.of(pcm, rate);
            }
            at += 8 + size + (size & 1);
        }
        throw new SpeechSynthesisException("WAV without data");
    }
}
