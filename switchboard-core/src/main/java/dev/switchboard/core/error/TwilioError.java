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
    // Deleting a call (or message) that has not finished; Twilio's HTTP status for it is unconfirmed.
    RESOURCE_NOT_COMPLETE(20009, 400, "Cannot delete this resource before it is complete"),
    FORBIDDEN(20403, 403, "Forbidden: %s"),
    NOT_FOUND(20404, 404, "The requested resource %s was not found"),
    TOO_MANY_REQUESTS(20429, 429, "Too many requests: %s"),
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
    // Twilio's "Invalid call state" for recordings of calls that are not live (its exact wording is unconfirmed).
    RECORDING_CALL_NOT_IN_PROGRESS(21220, 400, "Call is not in-progress. Cannot %s."),
    // REST calls to sip: (spec twilio-sip-media.md §1.8, §2.6); the exact wording is Switchboard's.
    SIP_AUTH_USERNAME_TOO_LONG(21221, 400, "Invalid SipAuthUsername: must be shorter than 256 characters"),
    SIP_AUTH_USERNAME_INVALID(21222, 400, "Invalid SipAuthUsername: illegal characters"),
    SIP_AUTH_PASSWORD_TOO_LONG(21223, 400, "Invalid SipAuthPassword: must be shorter than 256 characters"),
    SIP_AUTH_PASSWORD_INVALID(21224, 400, "Invalid SipAuthPassword: illegal characters"),
    SIP_AUTH_PASSWORD_REQUIRED(21225, 400, "SipAuthPassword is required with SipAuthUsername"),
    SIP_URI_HEADERS_TOO_LONG(21227, 400, "Headers portion of SIP URI must be less than 1024 characters: %s"),
    SIP_HEADER_NAME_INVALID(21228, 400, "Invalid SIP header: illegal characters in the name %s"),
    SIP_HEADER_VALUE_INVALID(21229, 400, "Invalid SIP header: illegal characters in the value of %s"),
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
    // SIP directory (spec twilio-sip-media.md §1.8, names from Twilio's error list [3P]; which code Twilio
    // answers for each individual rule is unconfirmed, docs/sip.md "Error codes").
    SIP_DOMAIN_LIMIT(21230, 400, "Maximum number of domains reached: an account holds at most %s"),
    SIP_IP_ACCESS_CONTROL_LIST_LIMIT(21234, 400, "Maximum number of IP access control lists reached: an account holds at most %s"),
    SIP_IP_ADDRESS_LIMIT(21237, 400, "Maximum number of IP addresses per list reached: a list holds at most %s"),
    SIP_CREDENTIAL_LIST_LIMIT(21239, 400, "Maximum number of credential lists reached: an account holds at most %s"),
    SIP_CREDENTIAL_LIMIT(21242, 400, "Maximum number of credentials per list reached: a list holds at most %s"),
    SIP_DOMAIN_INVALID(21231, 400, "Domain validation error: %s"),
    SIP_DOMAIN_TAKEN(21232, 400, "Invalid domain: %s"),
    SIP_DOMAIN_HAS_SUBDOMAINS(21233, 400, "Domain still has subdomains: %s"),
    SIP_MAPPING_EXISTS(21231, 400, "%s already associated with this domain"),
    SIP_IP_ACCESS_CONTROL_LIST_IN_USE(21236, 400, "IP access control list dependencies violation: %s"),
    SIP_IP_ADDRESS_INVALID(21238, 400, "Address validation error: %s"),
    SIP_CREDENTIAL_LIST_IN_USE(21241, 400, "Credential list dependencies violation: %s"),
    SIP_CREDENTIAL_INVALID(21243, 400, "Credential validation error: %s"),
    // Elastic SIP Trunking (/v1/Trunks). 21248 is the code Twilio answers for a taken termination domain (its
    // support article "Unable to Reuse Deleted Elastic SIP Trunk Termination SIP URI Domains"); the code for a list
    // associated twice is unconfirmed, so it takes the generic invalid-parameter code (docs/sip.md "Trunks").
    TRUNK_DOMAIN_TAKEN(21248, 400, "Trunk Domain already taken: %s"),
    TRUNK_LIST_EXISTS(21200, 400, "%s is already associated with this trunk"),
    // TwiML Bins (Switchboard's own REST resource; Twilio manages Bins in its Console). A template
    // that is not valid Mustache takes TwiML's "document parse failure"; one over 64 KiB takes the
    // code Twilio gives a TwiML answer over 64 KB, since the bin could never be served.
    TWIML_BIN_TEMPLATE_INVALID(12100, 400, "Document parse failure: Twiml is not a valid Mustache template: %s"),
    TWIML_BIN_TOO_LARGE(11750, 400, "TwiML response body too large: Twiml is %s bytes, a TwiML Bin holds at most %s"),

    // --- TwiML (12xxx, 13xxx) ---
    // Document-level failures refuse the whole document; the 13xxx/14xxx entries are Twilio's
    // per-verb WARNING codes, reported as TwimlWarning while parsing carries on.
    // Titles from https://www.twilio.com/docs/api/errors/<code>. HTTP status unused (not REST).
    DOCUMENT_PARSE_FAILURE(12100, 400, "Document parse failure"),
    ROOT_ELEMENT_NOT_RESPONSE(12102, 400, "The root element must be Response"),
    SCHEMA_VALIDATION_WARNING(12200, 400, "Schema validation warning"),
    CONFERENCE_MIXED_WITH_NUMBER(13000, 400, "Conference Noun cannot be mixed with Number nouns"),
    DIAL_FROM_DIAL_SEGMENT(13201, 400, "Dial: Cannot Dial out from a Dial Call Segment"),
    DIAL_INVALID_METHOD(13210, 400, "Dial: Invalid method value"),
    DIAL_INVALID_TIMEOUT(13212, 400, "Dial: Invalid timeout value"),
    DIAL_INVALID_HANGUP_ON_STAR(13213, 400, "Dial: Invalid hangupOnStar value"),
    DIAL_INVALID_NESTED_ELEMENT(13215, 400, "Dial: Invalid nested element"),
    DIAL_INVALID_TIME_LIMIT(13216, 400, "Invalid timeLimit value"),
    DIAL_INVALID_RECORD(13217, 400, "Dial: Invalid record value"),
    DIAL_INVALID_SEQUENTIAL(13218, 400, "Dial: Invalid sequential value"),
    DIAL_INVALID_ANSWER_ON_BRIDGE(13219, 400, "Dial: Invalid answerOnBridge value"),
    DIAL_INVALID_RING_TONE(13220, 400, "Dial: Invalid ringTone value"),
    DIAL_NUMBER_INVALID_METHOD(13221, 400, "Dial->Number: Invalid method value"),
    DIAL_NUMBER_INVALID_SEND_DIGITS(13222, 400, "Dial->Number: Invalid sendDigits value"),
    DIAL_INVALID_PHONE_NUMBER_FORMAT(13223, 400, "Dial: Invalid phone number format"),
    DIAL_CONFERENCE_INVALID_MUTED(13230, 400, "Dial->Conference: Invalid muted value"),
    DIAL_CONFERENCE_INVALID_END_CONFERENCE_ON_EXIT(13231, 400, "Dial->Conference: Invalid endConferenceOnExit value"),
    DIAL_CONFERENCE_INVALID_START_CONFERENCE_ON_ENTER(13232, 400, "Dial->Conference: Invalid startConferenceOnEnter value"),
    DIAL_CONFERENCE_INVALID_WAIT_METHOD(13234, 400, "Dial->Conference: Invalid waitMethod"),
    DIAL_CONFERENCE_INVALID_BEEP(13235, 400, "Dial->Conference: Invalid beep value"),
    DIAL_CONFERENCE_INVALID_NAME(13237, 400, "Dial->Conference: Invalid Conference Name"),
    DIAL_CONFERENCE_INVALID_TRIM(13239, 400, "Dial->Conference: Invalid Trim Value"),
    DIAL_SIP_INVALID_METHOD(13241, 400, "Dial->SIP: Invalid method value"),
    DIAL_SIP_INVALID_URI(13243, 400, "Dial->SIP: Invalid SIP URI"),
    DIAL_SIP_INVALID_HEADER_NAME(13252, 400, "Dial: Invalid header name"),
    GATHER_INVALID_FINISH_ON_KEY(13310, 400, "Gather: Invalid finishOnKey value"),
    GATHER_INVALID_METHOD(13312, 400, "Gather: Invalid method value"),
    GATHER_INVALID_TIMEOUT(13313, 400, "Gather: Invalid timeout value"),
    GATHER_INVALID_NUM_DIGITS(13314, 400, "Gather: Invalid numDigits value"),
    GATHER_INVALID_NESTED_VERB(13320, 400, "Gather: Invalid nested verb"),
    GATHER_SAY_INVALID_LOOP(13322, 400, "Gather->Say: Invalid loop value"),
    GATHER_INVALID_INPUT(13326, 400, "Gather: Invalid input value"),
    GATHER_INVALID_SPEECH_TIMEOUT(13327, 400, "Gather: Invalid speechTimeout value"),
    GATHER_INVALID_MAX_SPEECH_TIME(13328, 400, "Gather: Invalid maxSpeechTime value"),
    GATHER_INVALID_PARTIAL_RESULT_CALLBACK_METHOD(13329, 400, "Gather: Invalid partialResultCallbackMethod value"),
    GATHER_INVALID_LANGUAGE(13331, 400, "Gather: Invalid language value"),
    GATHER_INVALID_BARGE_IN(13332, 400, "Gather: Invalid bargeIn value"),
    GATHER_INVALID_PROFANITY_FILTER(13333, 400, "Gather: Invalid profanityFilter value"),
    GATHER_INVALID_ACTION_ON_EMPTY_RESULT(13338, 400, "Gather: Invalid actionOnEmptyResult value"),
    GATHER_PLAY_INVALID_CONTENT_TYPE(13325, 400, "Gather->Play: Invalid Content-Type: %s"),
    PLAY_INVALID_LOOP(13410, 400, "Play: Invalid loop value"),
    PLAY_INVALID_CONTENT_TYPE(13420, 400, "Play: Invalid Content-Type: %s"),
    PLAY_INVALID_DIGITS(13430, 400, "Play: Invalid DTMF String"),
    SAY_INVALID_LOOP(13510, 400, "Say: Invalid loop value"),
    RECORD_INVALID_METHOD(13610, 400, "Record: Invalid method value"),
    RECORD_INVALID_TIMEOUT(13611, 400, "Record: Invalid timeout value"),
    RECORD_INVALID_MAX_LENGTH(13612, 400, "Record: Invalid maxLength value"),
    RECORD_INVALID_FINISH_ON_KEY(13613, 400, "Record: Invalid finishOnKey value"),
    RECORD_INVALID_TRANSCRIBE(13614, 400, "Record: Invalid transcribe value"),
    RECORD_INVALID_PLAY_BEEP(13616, 400, "Record: playBeep must be true or false"),
    INVALID_RECORDING_STATUS_CALLBACK_EVENT(13621, 400, "Invalid 'recordingStatusCallbackEvent'"),
    RECORD_INVALID_TRIM(13699, 400, "Record: Invalid trim value"),
    REDIRECT_INVALID_METHOD(13710, 400, "Redirect: Invalid method value"),
    REJECT_INVALID_REASON(13810, 400, "Reject: Invalid cause"),
    PAUSE_INVALID_LENGTH(13910, 400, "Pause: Invalid length value"),
    ENQUEUE_INVALID_METHOD(14201, 400, "Enqueue: Invalid method value"),
    ENQUEUE_QUEUE_NAME_TOO_SHORT(14204, 400, "Enqueue: Queue name too short"),
    ENQUEUE_QUEUE_NAME_TOO_LONG(14205, 400, "Enqueue: Queue name too long"),
    ENQUEUE_INVALID_WAIT_URL_METHOD(14206, 400, "Enqueue: Invalid waitUrlMethod value"),
    DIAL_QUEUE_INVALID_METHOD(14210, 400, "Dial->Queue: Invalid whisper method"),
    DIAL_QUEUE_NAME_TOO_SHORT(14212, 400, "Dial->Queue: queue name too short"),
    DIAL_QUEUE_NAME_TOO_LONG(14213, 400, "Dial->Queue: queue name too long"),
    START_INVALID_NESTED_NOUN(14300, 400, "Start: Invalid nested noun value"),
    // Interpreter (interpreter/): warnings raised while a call runs.
    VERB_NOT_YET_SUPPORTED(12200, 400, "Schema validation warning: <%s> is not yet executed by Switchboard; skipped"),
    GATHER_SPEECH_NOT_YET_SUPPORTED(12200, 400, "Schema validation warning: Gather input=speech is not yet supported; listening for DTMF only"),
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
    // --- Custom parameters (context/) ---
    // Facts and choices: docs/custom-parameters.md. 31100/31103/31001 are Twilio's Voice codes
    // (ERROR level); 12200 and 13253 are Twilio WARNING codes, reused here for custom parameters by
    // Switchboard's choice, because Twilio documents no warning code for oversized parameters.
    CUSTOM_PARAMETER_MALFORMED(31100, 400, "Malformed request: %s"),
    CUSTOM_PARAMETERS_TOO_LONG(31103, 400, "Length of parameters cannot exceed MAX_PARAM_LENGTH: %s"),
    CUSTOM_PARAMETER_WARNING(12200, 400, "Schema validation warning: %s"),
    CUSTOM_PARAMETERS_OVER_GUIDELINE(13253, 400, "Dial: Header is too long: %s"),
    APPLICATION_NOT_FOUND(31001, 404, "TwiML Application not found: %s"),

    // --- Access tokens and client signalling (docs/client-signalling.md) ---
    // 201xx: Twilio's access-token codes (the Voice SDK's AuthorizationErrors). The signalling
    // `error` frame carries the SDK's legacy 31xxx code, which the SDK maps back to these.
    ACCESS_TOKEN_INVALID(20101, 401, "Invalid Access Token: %s"),
    ACCESS_TOKEN_EXPIRED(20104, 401, "Access Token expired or expiration date invalid: %s"),
    ACCESS_TOKEN_NOT_YET_VALID(20105, 401, "Access Token not yet valid: %s"),
    ACCESS_TOKEN_SIGNATURE_INVALID(20107, 401, "Invalid Access Token signature: %s"),
    ACCESS_TOKEN_TTL_TOO_LONG(20157, 401, "Expiration Time Exceeds Maximum Time Allowed: %s"),
    SIGNAL_MALFORMED(31100, 400, "Malformed request: %s"),
    SIGNAL_NOT_AUTHORIZED(31201, 401, "Authorization error: %s"),
    SIGNAL_RATE_EXCEEDED(31206, 429, "Rate exceeded authorized limit: %s"),
    SIGNAL_BAD_REQUEST(31400, 400, "Bad Request: %s"),

    // --- SIP signalling (32xxx, spec twilio-sip-media.md §1.8). Here the second column is the SIP final
    // response Switchboard answers with; the code and text go in an X-Twilio-Error header, as Twilio sends it.
    SIP_IP_NOT_IN_ACL(32201, 403, "Authentication failure - source IP Address not in ACL"),
    SIP_BAD_CREDENTIALS(32202, 403, "Authentication failure - bad user credentials"),
    SIP_TOO_MANY_BINDINGS(32007, 403, "Too many endpoints registered for this address of record (at most %s)"),
    SIP_REGISTRATION_NOT_ENABLED(32210, 403, "Registration not supported: SipRegistration is off on this domain"),
    SIP_NO_ORIGINATION_URIS(32010, 503, "No valid Origination URIs configured: %s"),
    SIP_INFRASTRUCTURE_ERROR(32011, 503, "Error communicating with your SIP infrastructure: %s"),
    // A domain without a voice URL: Twilio's answer is unconfirmed (open question 1); 480 with 11100.
    SIP_DOMAIN_NO_VOICE_URL(11100, 480, "Invalid URL format: the SIP domain %s has no voice URL"),
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
    public String moreInfo() { return moreInfoFor(code); }

    /** The documentation page of any Twilio code, including codes this enum does not list (11200, 13227…). */
    public static String moreInfoFor(int code) { return "https://www.twilio.com/docs/errors/" + code; }
}
