package dev.switchboard.server.media;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.interpreter.PromptUnavailableException;
import dev.switchboard.media.audio.PcmAudio;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code <Play>} files: fetched by URL with a plain GET (Twilio sends no parameters), decoded once
 * to 8 kHz audio and kept while the answer's caching headers allow ({@link HttpFreshness}); a stale
 * entry is revalidated with {@code If-None-Match}/{@code If-Modified-Since}, so a 304 costs no
 * decoding. Entries are evicted least recently used past {@link #capacitySamples} samples in all
 * (the default, 64 Mi samples, is 128 MB of 16-bit audio: about 2.3 hours at 8 kHz). Two calls
 * asking for the same URL at once fetch it once.
 *
 * <p>Failures are Twilio's: no answer, a non-2xx or a body over {@link #MAX_BYTES} is
 * {@link TwilioError#HTTP_RETRIEVAL_FAILURE} (11200); a type that is not audio, or audio that does not
 * decode, is {@link TwilioError#PLAY_INVALID_CONTENT_TYPE} (13420). Thread-safe.
 */
public final class PlayAudioFetcher {
    /** Twilio warns that files over 40 minutes may drop the call; 40 min of 16-bit 44.1 kHz stereo WAV is about 420 MB. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final long DEFAULT_CAPACITY_SAMPLES = 64L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private record Entry(PcmAudio audio, HttpFreshness freshness) {}

    private final HttpClient http;
    private final AudioDecoder decoder;
    private final Clock clock;
    private final long capacitySamples;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, ReentrantLock> fetching = new ConcurrentHashMap<>();
    private long cachedSamples;
    private long hits;
    private long fetches;

    PlayAudioFetcher(HttpClient http, AudioDecoder decoder, Clock clock, long capacitySamples) {
        this.http = http;
        this.decoder = decoder;
        this.clock = clock;
        this.capacitySamples = capacitySamples;
    }

    public static PlayAudioFetcher create(AudioDecoder decoder) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new PlayAudioFetcher(http, decoder, Clock.systemUTC(), DEFAULT_CAPACITY_SAMPLES);
    }

    /** The audio at {@code url} at 8 kHz, from the cache while it is fresh. */
    public PcmAudio fetch(String url) {
        ReentrantLock lock = fetching.computeIfAbsent(url, k -> new ReentrantLock());
        lock.lock();
        try {
            Entry cached = cached(url);
            if (cached != null && cached.freshness().freshAt(clock.instant())) {
                count(true);
                return cached.audio();
            }
            count(false);
            Entry fetched = get(url, cached);
            if (fetched.freshness().storable()) store(url, fetched);
            else forget(url);
            return fetched.audio();
        } finally {
            lock.unlock();
            if (!lock.hasQueuedThreads()) fetching.remove(url, lock);
        }
    }

    private Entry get(String url, Entry cached) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
        } catch (IllegalArgumentException e) {
            throw new PromptUnavailableException(TwilioError.HTTP_RETRIEVAL_FAILURE, "not a URL: " + url);
        }
        if (cached != null) {
            cached.freshness().etag().ifPresent(v -> request.header("If-None-Match", v));
            cached.freshness().lastModified().ifPresent(v -> request.header("If-Modified-Since", v));
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new PromptUnavailableException(TwilioError.HTTP_RETRIEVAL_FAILURE, url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PromptUnavailableException(TwilioError.HTTP_RETRIEVAL_FAILURE, url + ": interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() == 304 && cached != null) {
                return new Entry(cached.audio(), cached.freshness().revalidated(response.headers(), clock.instant()));
            }
            if (response.statusCode() / 100 != 2) {
                throw new PromptUnavailableException(TwilioError.HTTP_RETRIEVAL_FAILURE, url + " answered " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").map(PlayAudioFetcher::mediaType).orElse("");
            if (!decoder.reads(type)) {
                throw new PromptUnavailableException(TwilioError.PLAY_INVALID_CONTENT_TYPE,
                        url + " answered " + (type.isEmpty() ? "no Content-Type" : type));
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
            if (body.length > MAX_BYTES) {
                throw new PromptUnavailableException(TwilioError.HTTP_RETRIEVAL_FAILURE, url + " is larger than " + MAX_BYTES + " bytes");
            }
            PcmAudio audio = decode(url, type, body);
            return new Entry(audio, HttpFreshness.of(response.headers(), clock.instant()));
        } catch (IOException e) {
            throw new PromptUnavailableException(TwilioError.HTTP_RETRIEVAL_FAILURE, url + ": " + e.getMessage());
        }
    }

    private PcmAudio decode(String url, String type, byte[] body) {
        try {
            return decoder.decode(type, body);
        } catch (AudioDecoder.UndecodableAudioException e) {
            throw new PromptUnavailableException(TwilioError.PLAY_INVALID_CONTENT_TYPE, url + ": " + e.getMessage());
        }
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private synchronized Entry cached(String url) { return entries.get(url); }

    private synchronized void store(String url, Entry e) {
        if (e.audio().length() > capacitySamples) {
            forget(url);
            return;
        }
        Entry before = entries.put(url, e);
        if (before != null) cachedSamples -= before.audio().length();
        cachedSamples += e.audio().length();
        var oldest = entries.entrySet().iterator();
        while (cachedSamples > capacitySamples && oldest.hasNext()) {
            var victim = oldest.next();
            if (victim.getKey().equals(url)) continue;
            cachedSamples -= victim.getValue().audio().length();
            oldest.remove();
        }
    }

    private synchronized void forget(String url) {
        Entry before = entries.remove(url);
        if (before != null) cachedSamples -= before.audio().length();
    }

    private synchronized void count(boolean hit) {
        if (hit) hits++;
        else fetches++;
    }

    /** Answers served from the cache without asking, and requests sent (including revalidations). */
    synchronized long hits() { return hits; }

    synchronized long fetches() { return fetches; }

    synchronized long cachedSamples() { return cachedSamples; }
}
