package dev.switchboard.core.error;

/**
 * The one table of Twilio error codes Switchboard answers with. Each entry carries Twilio's numeric
 * code, the HTTP status the REST API answers with, and a message template ({@code %s} slots are
 * filled by {@link TwilioException}). Codes and wording follow https://www.twilio.com/docs/api/errors.
 */
public enum TwilioError {
    // --- REST API: authentication, resources, methods (20xxx) ---
    AUTHENTICATE(20003, 401, "Authenticate"),
    ACCOUNT_NOT_ACTIVE(20005, 403, "Account not active"),
    FORBIDDEN(20403, 403, "Forbidden"),
    NOT_FOUND(20404, 404, "The requested resource %s was not found"),
    METHOD_NOT_ALLOWED(20004, 405, "Method not allowed"),
    BAD_REQUEST(20001, 400, "Bad request: %s"),
    INTERNAL(20500, 500, "Internal Server Error"),
    SERVICE_UNAVAILABLE(20503, 503, "Service Unavailable"),
    TOO_MANY_REQUESTS(20429, 429, "Too Many Requests"),
    INVALID_PAGE_TOKEN(20007, 400, "Invalid paging parameter: %s"),
    REQUEST_TOO_LARGE(20006, 413, "Request entity too large: %s"),

    // --- REST API: parameters (21xxx) ---
    PARAMETER_INVALID(21200, 400, "%s"),
    URL_INVALID(21205, 400, "Url is not a valid URL: %s"),
    CALLER_ID_NOT_VERIFIED(21210, 400, "The source phone number provided, %s, is not yet verified for your account."),
    TO_INVALID(21211, 400, "Invalid 'To' Phone Number: %s"),
    FROM_INVALID(21212, 400, "Invalid 'From' Phone Number: %s"),
    FROM_REQUIRED(21213, 400, "No 'From' number is specified"),
    TO_REQUIRED(21201, 400, "No 'To' number is specified"),
    CALL_NOT_IN_PROGRESS(21220, 400, "Call is not in-progress. Cannot redirect."),
    PHONE_NUMBER_INVALID(21421, 400, "PhoneNumber is invalid"),
    PHONE_NUMBER_UNAVAILABLE(21422, 400, "PhoneNumber %s is not available"),
    PHONE_NUMBER_REQUIRED(21452, 400, "A PhoneNumber or AreaCode is required"),
    MISSING_PARAMETER(21602, 400, "%s is required"),
    INVALID_STATUS(21218, 400, "Invalid ApplicationSid: %s"),
    APPLICATION_SID_INVALID(21218, 400, "Invalid ApplicationSid"),
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
