package dev.switchboard.core.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.TreeMap;

/**
 * The {@code Params} string of the Voice SDK's signalling {@code invite}: custom parameters for a
 * Client, as {@code k1=v1&k2=v2}. Pure codec, no I/O.
 *
 * <p>Source: twilio-voice.js. Outgoing, {@code call.ts} builds it from {@code customParameters} as
 * {@code encodeURIComponent(k) + "=" + encodeURIComponent(v)} joined by {@code &}. Incoming,
 * {@code device.ts} passes {@code parameters.Params} to {@code util.ts queryToJson}, which splits on
 * {@code &}, then splits each pair on <em>every</em> {@code =} and keeps the first two pieces, does
 * not decode the name, turns {@code +} into a space and {@code decodeURIComponent}s the value,
 * drops pairs with an empty name and lets a later name overwrite an earlier one.
 *
 * <p>Switchboard encodes with {@link #encode} (names and values both encoded, so a name or value
 * may hold {@code &}, {@code =}, {@code +} or any Unicode) and reads with {@link #decode}, its exact
 * inverse. {@link #decodeAsVoiceJs} reproduces what the official JS SDK shows, quirks included,
 * for tests and for the documentation of what a browser will see.
 */
public final class InviteParams {
    private InviteParams() {}

    /**
     * The {@code Params} string for {@code parameters.resolved()}, in order.
     *
     * @throws IllegalArgumentException on text that is not well-formed Unicode, which
     *         {@link CustomParameters#check()} refuses first
     */
    public static String encode(CustomParameters parameters) {
        StringBuilder out = new StringBuilder();
        parameters.resolved().forEach((name, value) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(encodeURIComponent(name)).append('=').append(encodeURIComponent(value));
        });
        return out.toString();
    }

    /**
     * JavaScript's {@code encodeURIComponent}: every character except
     * {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} becomes upper-case {@code %XX} UTF-8 escapes.
     *
     * @throws IllegalArgumentException on an unpaired surrogate, where JavaScript throws URIError
     */
    public static String encodeURIComponent(String text) {
        return UriComponent.encode(text);
    }

    /**
     * Switchboard's reading of a {@code Params} string: pairs on {@code &}, each split on its first
     * {@code =}, {@code +} a space, names and values percent-decoded as UTF-8. The inverse of
     * {@link #encode}; malformed escapes are kept and refused by {@code check()} (31100).
     */
    public static CustomParameters decode(String params) {
        return CustomParameters.fromQuery(params);
    }

    /**
     * Exactly what twilio-voice.js puts in {@code call.customParameters} for an incoming invite
     * whose {@code parameters.Params} is {@code params}: names <em>not</em> decoded, a value ends at
     * its second {@code =}, empty names dropped, the last value of a repeated name wins, and, as in
     * any JavaScript object, names that are array indices ({@code "0"}, {@code "42"}) come first in
     * ascending order, the rest in order of first appearance.
     *
     * @throws IllegalArgumentException where {@code decodeURIComponent} throws URIError (a
     *         malformed escape or escapes that are not UTF-8): the SDK then fails to show the call
     */
    public static SequencedMap<String, String> decodeAsVoiceJs(String params) {
        SequencedMap<String, String> inOrder = new LinkedHashMap<>();
        if (params.isEmpty()) {
            return Collections.unmodifiableSequencedMap(inOrder);
        }
        for (String pair : splitAll(params, '&')) {
            List<String> parts = splitAll(pair, '=');
            String key = parts.getFirst();
            String raw = parts.size() > 1 ? parts.get(1) : "";
            String value = UriComponent.decodeStrict(raw.replace("+", "%20"));
            if (!key.isEmpty()) {
                inOrder.put(key, value);
            }
        }
        TreeMap<Long, String> indices = new TreeMap<>();
        SequencedMap<String, String> result = new LinkedHashMap<>();
        inOrder.forEach((k, v) -> {
            long index = arrayIndex(k);
            if (index >= 0) {
                indices.put(index, k);
            }
        });
        indices.values().forEach(k -> result.put(k, inOrder.get(k)));
        inOrder.forEach((k, v) -> {
            if (arrayIndex(k) < 0) {
                result.put(k, v);
            }
        });
        return Collections.unmodifiableSequencedMap(result);
    }

    /** JavaScript {@code String.prototype.split(sep)}: every piece, empty ones included. */
    private static List<String> splitAll(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The array index a property key denotes (ECMA-262: canonical numeric string below 2^32 − 1), or −1. */
    private static long arrayIndex(String key) {
        if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n < 0xFFFFFFFFL ? n : -1;
    }
}
