package dev.switchboard.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the route table: an HTTP method, a path template under {@code /2010-04-01} with
 * {@code {Name}} placeholders (each matches one path segment without dots or slashes), and its handler.
 */
public record ApiRoute(String method, String template, ApiHandler handler, Pattern pattern, List<String> names,
        String literalTail, int slashes) {

    public static ApiRoute of(String method, String template, ApiHandler handler) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/.]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append('$');
        return new ApiRoute(method, template, handler, Pattern.compile(regex.toString()), List.copyOf(names),
                template.substring(last), slashes(template));
    }

    /**
     * The path parameters when {@code path} fits this route's template. Every request tries the
     * table in order, so two string checks (the template's literal tail, and its number of
     * segments, which placeholders cannot change) turn most routes down before the regex runs.
     */
    public Optional<Map<String, String>> match(String path) {
        if (!path.endsWith(literalTail) || slashes(path) != slashes) return Optional.empty();
        Matcher m = pattern.matcher(path);
        if (!m.matches()) return Optional.empty();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) values.put(names.get(i), m.group(i + 1));
        return Optional.of(values);
    }

    private static int slashes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '/') n++;
        return n;
    }
}
