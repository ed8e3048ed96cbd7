package dev.switchboard.core.webhook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a URL written in TwiML ({@code action}, {@code <Redirect>} body, {@code waitUrl},
 * {@code statusCallback}, …) against the URL of the document that contained it (spec §0.2: "relative
 * or absolute URL"). Implements RFC 3986 §5.2 (strict): an absolute reference passes through with
 * only its dot-segments removed; a relative one takes the document's scheme, authority and, as the
 * reference dictates, path and query; the reference's own query and {@code #…} fragment (connection
 * overrides) are kept, and the document's fragment is never inherited.
 *
 * <p>Why not {@link java.net.URI#resolve}: it follows RFC 2396 and gets RFC 3986 §5.4 cases wrong
 * that TwiML uses — {@code "?y"} against {@code http://a/b/c/d;p?q} gives {@code http://a/b/c/?y}
 * (RFC: {@code http://a/b/c/d;p?y}), {@code ""} gives {@code http://a/b/c/} (RFC: the document
 * itself), {@code ../../../g} keeps the {@code ..} (RFC: {@code http://a/g}) — and it throws on the
 * unescaped spaces and brackets customers do write. Splitting uses the RFC's own Appendix B
 * expression, which accepts any string, so this class never throws and does not re-escape
 * characters; the HTTP adapter encodes what the wire needs. Pure; never blocks.
 */
public final class UrlResolver {
    /** RFC 3986 Appendix B. Groups: 2 scheme, 4 authority, 5 path, 7 query, 9 fragment. */
    private static final Pattern PARTS = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$", Pattern.DOTALL);

    private UrlResolver() {}

    /** {@code reference} resolved against {@code documentUrl}. */
    public static String resolve(String documentUrl, String reference) {
        Parts base = Parts.of(documentUrl.strip());
        Parts ref = Parts.of(reference.strip());
        Parts target;
        if (ref.scheme != null) {
            target = new Parts(ref.scheme, ref.authority, removeDotSegments(ref.path), ref.query, ref.fragment);
        } else if (ref.authority != null) {
            target = new Parts(base.scheme, ref.authority, removeDotSegments(ref.path), ref.query, ref.fragment);
        } else if (ref.path.isEmpty()) {
            target = new Parts(base.scheme, base.authority, base.path, ref.query != null ? ref.query : base.query, ref.fragment);
        } else if (ref.path.startsWith("/")) {
            target = new Parts(base.scheme, base.authority, removeDotSegments(ref.path), ref.query, ref.fragment);
        } else {
            target = new Parts(base.scheme, base.authority, removeDotSegments(merge(base, ref.path)), ref.query, ref.fragment);
        }
        return target.toString();
    }

    /** Whether {@code url} names a scheme, i.e. needs no document to be resolved against. */
    public static boolean isAbsolute(String url) {
        return Parts.of(url.strip()).scheme != null;
    }

    /** RFC 3986 §5.2.3. */
    private static String merge(Parts base, String path) {
        if (base.authority != null && base.path.isEmpty()) {
            return "/" + path;
        }
        int slash = base.path.lastIndexOf('/');
        return slash < 0 ? path : base.path.substring(0, slash + 1) + path;
    }

    /** RFC 3986 §5.2.4, on whole segments. */
    static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        String[] segments = (absolute ? path.substring(1) : path).split("/", -1);
        Deque<String> output = new ArrayDeque<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !output.isEmpty()) {
                    output.removeLast();
                }
                if (last) {
                    output.addLast(""); // "a/b/.." names the directory: keep the trailing slash
                }
            } else {
                output.addLast(segment);
            }
        }
        return (absolute ? "/" : "") + String.join("/", output);
    }

    /** The five components; null where absent, which differs from empty ({@code "?"} has query ""). */
    private record Parts(String scheme, String authority, String path, String query, String fragment) {
        static Parts of(String url) {
            Matcher m = PARTS.matcher(url);
            if (!m.matches()) {
                throw new AssertionError("RFC 3986 Appendix B matches every string: " + url);
            }
            return new Parts(m.group(2), m.group(4), m.group(5), m.group(7), m.group(9));
        }

        /** RFC 3986 §5.3. */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            if (scheme != null) {
                out.append(scheme).append(':');
            }
            if (authority != null) {
                out.append("//").append(authority);
            }
            out.append(path);
            if (query != null) {
                out.append('?').append(query);
            }
            if (fragment != null) {
                out.append('#').append(fragment);
            }
            return out.toString();
        }
    }
}
