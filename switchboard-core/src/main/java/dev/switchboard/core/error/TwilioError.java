package dev.switchboard.core.error;

/**
 * The one table of Twilio error codes Switchboard answers with. Each entry carries Twilio's numeric
 * code, the HTTP status the REST API answers with, and a message template ({@code %s} slots are
 * filled by {@link TwilioException}). Codes and wording follow https://www.twilio.com/docs/api/errors.
 */
public enum TwilioError {
    // --- REST API: authentication, resources, methods (20xxx) ---
    // Facts: Twilio's error dictionary (twilio.com/docs/api/errors/NNNNN), see docs/rest-api.md.
    AUTHENTICATE(20003, 401, "Authenticate"),
    METHOD_NOT_ALLOWED(20004, 405, "Method not allowed"),
    INVALID_FRIENDLY_NAME(20002, 400, "Invalid FriendlyName: %s"),
    INVALID_PAGE_SIZE(20007, 400, "Page size too large: PageSize %s must be between 1 and 1000"),
    FORBIDDEN(20403, 403, "Forbidden: %s"),
    NOT_FOUND(20404, 404, "The requested resource %s was not found"),
    TOO_MANY_REQUESTS(20429, 429, "Too many requests"),
    INTERNAL(20500, 500, "Internal Server Error"),
    SERVICE_UNAVAILABLE(20503, 503, "Service Unavailable"),
    // Switchboard's own use of Twilio's "bad request" family for bodies Twilio never receives.
    BAD_REQUEST(20001, 400, "Bad request: %s"),
    REQUEST_TOO_LARGE(20001, 413, "%s"),

    // --- REST API: parameters (21xxx) ---
    TO_REQUIRED(21201, 400, "No 'To' number is specified"),
    URL_INVALID(21205, 400, "Invalid URL: %s"),
    METHOD_INVALID(21209, 400, "Invalid Method: %s"),
    CALLER_ID_NOT_VERIFIED(21210, 400, "The source phone number provided, %s, is not yet verified for your account."),
    TO_INVALID(21211, 400, "Invalid 'To' Phone Number: %s"),
    FROM_INVALID(21212, 400, "Invalid 'From' Phone Number: %s"),
    FROM_REQUIRED(21213, 400, "'From' phone number is required"),
    APPLICATION_SID_INVALID(21218, 400, "Invalid ApplicationSid: %s"),
    CALL_NOT_IN_PROGRESS(21220, 400, "Call is not in-progress. Cannot redirect."),
    PARAMETER_INVALID(21200, 400, "%s"),
    NUMBER_URL_INVALID(21402, 400, "Invalid Url: %s is not a valid URL: %s"),
    NUMBER_METHOD_INVALID(21403, 400, "Invalid Method: %s"),
    PHONE_NUMBER_INVALID(21421, 400, "Phone Number is invalid: %s"),
    PHONE_NUMBER_UNAVAILABLE(21422, 400, "PhoneNumber %s is not available"),
    PHONE_NUMBER_REQUIRED(21421, 400, "Phone Number is invalid: PhoneNumber is required"),
    INVALID_PAGE_TOKEN(21481, 400, "Invalid PageToken: %s"),
    SUBACCOUNT_CLOSED(21479, 400, "This subaccount is closed and can not be re-opened"),
    URL_PARAMETER_INVALID(21502, 400, "Invalid callback url: %s is not a valid URL: %s"),
    MISSING_PARAMETER(21602, 400, "%s is required"),

    // --- Webhooks (11xxx) ---
    // Facts: twilio.com/docs/api/errors/NNNNN; spec §0.2. These are never REST answers: they are
    // logged against the call and sent as ErrorCode to a fallback URL. 502 is what Twilio's
    // debugger shows for a failed retrieval ("502 Bad Gateway" on the 12300 page).
    WEBHOOK_URL_INVALID(11100, 502, "Invalid URL format: %s"),
    HTTP_RETRIEVAL_FAILURE(11200, 502, "HTTP retrieval failure: %s"),
    HTTP_TOO_MANY_REDIRECTS(11215, 502, "HTTP too many redirects: %s"),
    HTTP_INVALID_REDIRECT(11216, 502, "HTTP invalid redirect: %s"),
    TWIML_RESPONSE_TOO_LARGE(11750, 502, "TwiML response body too large: %s"),
    // 12300 belongs to the TwiML family but is decided while fetching, so it lives here.
    INVALID_CONTENT_TYPE(12300, 502, "Invalid Content-Type: %s"),
    ;

    private final int code;
    private final int httpStatus;
    private final String template;

    TwilioError(int code, int httpStatus, String template) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.template = template;
    }

    public int code() { return code; }

    public int httpStatus() { return httpStatus; }

    public String template() { return template; }

    /** Twilio's documentation page for this code, as Twilio puts it in {@code more_info}. */
    public String moreInfo() { return "https://www.twilio.com/docs/errors/" + code; }
}
