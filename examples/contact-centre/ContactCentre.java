/*
 * The contact-centre flow of the seed documents, as a tiny customer application for Switchboard.
 *
 *   Account A (the company) runs an IVR: it asks the caller for a customer ID, then connects the
 *   call with <Dial><Application> to account B's agent-routing TwiML App, passing the ID and the
 *   product as <Parameter>s. B (the contact centre) picks an agent and ends with
 *   <Hangup><Parameter .../></Hangup>; A's Dial action receives those as ReturnParam_*.
 *
 * Run:  java ContactCentre.java <switchboard-url> <account-sid> <auth-token>
 * It sets everything up through the REST API (a subaccount for B, B's app, A's number), places a
 * simulated inbound call whose caller types 4 2 #, waits for the call to end and prints what each
 * side received. Exit code 0 when the parameters made the round trip. JDK 21+, no dependencies.
 */

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class ContactCentre {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Map<String, String> received = new ConcurrentHashMap<>();
    static String base, appBase, aSid, aToken, bSid, bToken;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java ContactCentre.java <switchboard-url> <account-sid> <auth-token>");
            System.exit(2);
        }
        base = args[0].replaceAll("/+$", "");
        aSid = args[1];
        aToken = args[2];

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        appBase = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ContactCentre::handle);
        server.start();
        try {
            run();
        } finally {
            server.stop(0);
        }
    }

    static void run() throws Exception {
        // B: the contact centre, a separate account (a subaccount counts as another account)
        Map<String, String> b = rest("POST", "/2010-04-01/Accounts.json", aSid, aToken, Map.of("FriendlyName", "Contact centre"));
        bSid = b.get("sid");
        bToken = b.get("auth_token");
        Map<String, String> router = rest("POST", "/2010-04-01/Accounts/" + bSid + "/Applications.json", bSid, bToken,
                Map.of("FriendlyName", "Agent routing", "VoiceUrl", appBase + "/agents/route",
                        "PublicApplicationConnectEnabled", "true"));
        received.put("router", router.get("sid"));

        // A: the company's number runs the IVR
        String number = "+1500555" + (1000 + (int) (Math.random() * 8999));
        rest("POST", "/2010-04-01/Accounts/" + aSid + "/IncomingPhoneNumbers.json", aSid, aToken,
                Map.of("PhoneNumber", number, "VoiceUrl", appBase + "/ivr"));

        // a simulated customer calls A and types the customer ID when asked
        String caller = "+14155550142";
        rest("POST", "/sandbox/Phones/" + caller + ".json", aSid, aToken, Map.of("Press", "3:42#"));
        Map<String, String> call = rest("POST", "/sandbox/Calls.json", aSid, aToken, Map.of("From", caller, "To", number));
        String callSid = call.get("sid");
        System.out.println("call " + callSid + " from " + caller + " to " + number);

        for (int i = 0; i < 200; i++) {
            String status = rest("GET", "/2010-04-01/Accounts/" + aSid + "/Calls/" + callSid + ".json", aSid, aToken, Map.of()).get("status");
            if (status.equals("completed") || status.equals("failed")) break;
            Thread.sleep(100);
        }
        received.forEach((k, v) -> System.out.println(k + " = " + v));
        boolean ok = "42".equals(received.get("B Param_customerId")) && "bob".equals(received.get("A ReturnParam_agent"))
                && "completed".equals(received.get("A DialCallStatus"));
        System.out.println(ok ? "OK: parameters went to B and came back to A" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    static void handle(HttpExchange ex) throws java.io.IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> p = form(body);
        String path = ex.getRequestURI().getPath();
        String token = path.startsWith("/agents") ? bToken : aToken;
        String url = appBase + ex.getRequestURI();
        if (!validSignature(token, url, p, ex.getRequestHeaders().getFirst("X-Twilio-Signature"))) {
            reply(ex, 403, "text/plain", "bad signature");
            return;
        }
        String twiml = switch (path) {
            case "/ivr" -> "<Response><Gather numDigits=\"5\" action=\"/ivr/gathered\">"
                    + "<Say>Welcome. Please enter your customer ID, then press pound.</Say></Gather>"
                    + "<Say>We did not get that. Goodbye.</Say></Response>";
            case "/ivr/gathered" -> "<Response><Say>Connecting you to an agent.</Say>"
                    + "<Dial action=\"/ivr/after\"><Application><ApplicationSid>" + received.get("router") + "</ApplicationSid>"
                    + "<Parameter name=\"customerId\" value=\"" + xml(p.get("Digits")) + "\"/>"
                    + "<Parameter name=\"selectedProductId\" value=\"87144192\"/></Application></Dial></Response>";
            case "/agents/route" -> {
                received.put("B Param_customerId", p.getOrDefault("Param_customerId", ""));
                received.put("B Param_selectedProductId", p.getOrDefault("Param_selectedProductId", ""));
                received.put("B From", p.getOrDefault("From", ""));
                yield "<Response><Say>An agent will call you back.</Say>"
                        + "<Hangup><Parameter name=\"agent\" value=\"bob\"/><Parameter name=\"ticket\" value=\"T-1001\"/></Hangup></Response>";
            }
            case "/ivr/after" -> {
                received.put("A DialCallStatus", p.getOrDefault("DialCallStatus", ""));
                received.put("A ReturnParam_agent", p.getOrDefault("ReturnParam_agent", ""));
                received.put("A ReturnParam_ticket", p.getOrDefault("ReturnParam_ticket", ""));
                yield "<Response><Say>Your ticket is " + xml(p.getOrDefault("ReturnParam_ticket", "")) + ". Goodbye.</Say></Response>";
            }
            default -> null;
        };
        if (twiml == null) reply(ex, 404, "text/plain", "not found");
        else reply(ex, 200, "text/xml", twiml);
    }

    // --- small helpers: REST with Basic auth, form encoding, Twilio's signature, XML escaping ---

    static Map<String, String> rest(String method, String path, String user, String pass, Map<String, String> params) throws Exception {
        String form = encode(params);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8)));
        if (method.equals("POST")) {
            r.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 300) throw new IllegalStateException(method + " " + path + " -> " + res.statusCode() + " " + res.body());
        Map<String, String> flat = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(res.body());
        while (m.find()) flat.putIfAbsent(m.group(1), m.group(2));
        return flat;
    }

    static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    /** Twilio's X-Twilio-Signature: Base64(HMAC-SHA1(token, url + sorted name+value pairs)). */
    static boolean validSignature(String token, String url, Map<String, String> params, String signature) {
        try {
            StringBuilder data = new StringBuilder(url);
            new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
            return signature != null && java.security.MessageDigest.isEqual(expected.getBytes(), signature.getBytes());
        } catch (Exception e) {
            return false;
        }
    }

    static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void reply(HttpExchange ex, int status, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
