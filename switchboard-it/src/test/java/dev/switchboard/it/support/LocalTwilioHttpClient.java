package dev.switchboard.it.support;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;

/**
 * The official twilio-java client's only seam for a base URL: an {@code HttpClient} that rewrites
 * {@code https://api.twilio.com/...} and {@code https://trunking.twilio.com/v1/...} (and follow-up page
 * URLs) to the local Switchboard, which serves both from one listener. Other Twilio hosts keep their
 * product as a path prefix ({@code voice.twilio.com/v1/X} → {@code /voice/v1/X}). Every other part of
 * the request (auth, form body, query) passes through untouched.
 */
public final class LocalTwilioHttpClient extends NetworkHttpClient {
    private final String base;

    public LocalTwilioHttpClient(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    String rewrite(String url) {
        URI u = URI.create(url);
        String host = u.getHost();
        String product = "";
        if (host != null && host.endsWith(".twilio.com")) {
            String first = host.substring(0, host.indexOf('.'));
            if (!first.equals("api") && !first.equals("trunking")) product = "/" + first;
        }
        return base + product + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    @Override
    public Response makeRequest(Request in) {
        Request out = new Request(in.getMethod(), rewrite(in.getUrl()));
        in.getQueryParams().forEach((k, vs) -> vs.forEach(v -> out.addQueryParam(k, v)));
        in.getPostParams().forEach((k, vs) -> vs.forEach(v -> out.addPostParam(k, v)));
        in.getHeaderParams().forEach((k, vs) -> vs.forEach(v -> out.addHeaderParam(k, v)));
        out.setContentType(in.getContentType());
        if (in.getBody() != null) out.setBody(in.getBody());
        if (in.getUsername() != null) out.setAuth(in.getUsername(), in.getPassword());
        else if (in.getAuthStrategy() != null) out.setAuth(in.getAuthStrategy());
        return super.makeRequest(out);
    }
}
