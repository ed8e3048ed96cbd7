package dev.switchboard.core.context;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.twiml.Parameter;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.core.webhook.FormParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request-parameter names custom context travels under, one pure function per path. Each
 * returns parameters to append after Twilio's standard ones; none encodes for the wire (the form
 * encoder does that once). The full table, with sources, is docs/custom-parameters.md.
 *
 * <ul>
 *   <li>{@code <Dial><Application><Parameter name="N">} → {@code Param_N} on the receiving app's
 *       voice request [Twilio docs, {@code <Application>} page].
 *   <li>{@code <Hangup|Reject><Parameter name="N">} in that app → {@code ReturnParam_N} on the
 *       dialing side's {@code <Dial action>} request [Twilio blog "Introducing Twilio Application
 *       Connect"].
 *   <li>Inbound SIP {@code X-N} header → {@code SipHeader_X-N}; {@code User-to-User} →
 *       {@code SipHeader_User-to-User} [Twilio docs, share-information page; SIP interface notes].
 *   <li>{@code <Dial><Sip>} final response {@code X-N} header → {@code DialSipHeader_X-N} on the
 *       {@code action} request [Twilio docs, {@code <Sip>} page].
 *   <li>{@code device.connect({params})} → each name as its own top-level parameter, no prefix.
 * </ul>
 */
public final class ContextParams {
    public static final String PARAM_PREFIX = "Param_";
    public static final String RETURN_PARAM_PREFIX = "ReturnParam_";
    public static final String SIP_HEADER_PREFIX = "SipHeader_";
    public static final String DIAL_SIP_HEADER_PREFIX = "DialSipHeader_";

    private static final Pattern APPLICATION_SID = Pattern.compile("^AP[0-9a-fA-F]{32}$");

    private ContextParams() {}

    /** {@code Param_<name>=<value>} for the receiving app of a {@code <Dial><Application>}. */
    public static FormParams applicationParams(CustomParameters parameters) {
        return prefixed(PARAM_PREFIX, parameters);
    }

    /** {@code ReturnParam_<name>=<value>} for the dialing side's {@code <Dial action>} request. */
    public static FormParams returnParams(CustomParameters parameters) {
        return prefixed(RETURN_PARAM_PREFIX, parameters);
    }

    /**
     * The SDK's {@code connect({params})} as top-level parameters, appended after {@code standard}.
     * A name Twilio already sends ({@code From}, {@code CallSid}…) is not sent twice: Twilio's value
     * stays and the custom one is reported by {@link #topLevelCollisions}. {@code To} is the one
     * exception the caller handles before this: {@code params.To} <em>is</em> the call's {@code To}.
     */
    public static FormParams topLevelParams(FormParams standard, CustomParameters parameters) {
        FormParams.Builder out = standard.toBuilder();
        parameters.resolved().forEach((name, value) -> {
            if (!standard.contains(name)) {
                out.add(name, value);
            }
        });
        return out.build();
    }

    /** One warning (12200) per custom name that {@link #topLevelParams} did not send. */
    public static List<ParameterProblem> topLevelCollisions(FormParams standard, CustomParameters parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        for (String name : parameters.resolved().keySet()) {
            if (standard.contains(name)) {
                problems.add(new ParameterProblem(TwilioError.CUSTOM_PARAMETER_WARNING,
                        "custom parameter '" + name + "' has the name of a standard request parameter;"
                                + " the standard value is sent and the custom one is not"));
            }
        }
        return problems;
    }

    /**
     * The request-parameter name for an inbound SIP header, when Twilio passes it on: headers whose
     * name starts with {@code X-} (any case) and {@code User-to-User}, name kept as sent.
     */
    public static Optional<String> sipHeaderParamName(String headerName) {
        return passedHeader(headerName).map(n -> SIP_HEADER_PREFIX + n);
    }

    /** As {@link #sipHeaderParamName} for a {@code <Dial><Sip>} final response: {@code DialSipHeader_X-…}. */
    public static Optional<String> dialSipHeaderParamName(String headerName) {
        return passedHeader(headerName).map(n -> DIAL_SIP_HEADER_PREFIX + n);
    }

    /** Every passed-on header of an inbound INVITE as {@code SipHeader_…} parameters, in order; others dropped. */
    public static FormParams sipHeaderParams(FormParams headers) {
        return headerParams(SIP_HEADER_PREFIX, headers);
    }

    /** Every passed-on header of a {@code <Dial><Sip>} final response as {@code DialSipHeader_…} parameters. */
    public static FormParams dialSipHeaderParams(FormParams headers) {
        return headerParams(DIAL_SIP_HEADER_PREFIX, headers);
    }

    /**
     * The custom parameters that arrived under {@code prefix} (e.g. {@code Param_}), prefix removed,
     * in order: how a receiving app or a test reads them back.
     */
    public static CustomParameters unprefixed(String prefix, FormParams request) {
        List<Parameter> list = new ArrayList<>();
        for (FormParam p : request.entries()) {
            if (p.name().startsWith(prefix)) {
                list.add(new Parameter(p.name().substring(prefix.length()), p.value()));
            }
        }
        return CustomParameters.of(list);
    }

    /**
     * The format check for {@code <ApplicationSid>}: {@code AP} and 32 hex digits. A malformed SID
     * is refused with 21218 before anything is looked up; a well-formed one that is unknown, or
     * belongs to another account without {@code PublicApplicationConnectEnabled}, is
     * {@link TwilioError#APPLICATION_NOT_FOUND} (31001) — the same answer for both, so a caller
     * cannot probe for other accounts' applications.
     */
    public static Optional<ParameterProblem> applicationSidProblem(String sid) {
        return APPLICATION_SID.matcher(sid).matches()
                ? Optional.empty()
                : Optional.of(new ParameterProblem(TwilioError.APPLICATION_SID_INVALID, sid));
    }

    private static FormParams prefixed(String prefix, CustomParameters parameters) {
        FormParams.Builder out = FormParams.builder();
        parameters.resolved().forEach((name, value) -> out.add(prefix + name, value));
        return out.build();
    }

    private static FormParams headerParams(String prefix, FormParams headers) {
        FormParams.Builder out = FormParams.builder();
        for (FormParam h : headers.entries()) {
            passedHeader(h.name()).ifPresent(n -> out.add(prefix + n, h.value()));
        }
        return out.build();
    }

    private static Optional<String> passedHeader(String headerName) {
        String lower = headerName.toLowerCase(Locale.ROOT);
        boolean passed = (lower.startsWith("x-") && lower.length() > 2) || lower.equals("user-to-user");
        return passed ? Optional.of(headerName) : Optional.empty();
    }
}
