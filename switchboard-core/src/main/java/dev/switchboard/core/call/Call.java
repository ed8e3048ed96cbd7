package dev.switchboard.core.call;

import java.time.Instant;

/**
 * One call leg (CA…) with every field of Twilio's Call resource. The REST layer only formats it:
 * {@code to_formatted}/{@code from_formatted} are derived there from {@code to}/{@code from}, and
 * {@code uri}/{@code subresource_uris} from the SIDs.
 *
 * <p>Required (a store refuses {@code null}): {@code sid}, {@code accountSid}, {@code to},
 * {@code from}, {@code status}, {@code direction}, {@code dateCreated}, {@code dateUpdated}. Every
 * other reference field is {@code null} when unknown or not applicable, and the REST API answers
 * it as {@code null} (an empty string stays an empty string).
 *
 * @param parentCallSid  the call that created this leg ({@code <Dial>} child legs), else null
 * @param to             as Twilio reports it: E.164, {@code client:alice}, {@code sip:…}
 * @param from           likewise
 * @param phoneNumberSid the IncomingPhoneNumber (PN…) the call came in on or was placed from
 * @param answeredBy     answering-machine detection result ({@code human}, {@code machine_start},
 *                       {@code machine_end_beep}, {@code machine_end_silence},
 *                       {@code machine_end_other}, {@code fax}, {@code unknown}), else null
 * @param apiVersion     normally {@code 2010-04-01}
 * @param forwardedFrom  the forwarding number of an inbound call, if the carrier said
 * @param callerName     CNAM result when caller-name lookup is on
 * @param groupSid       Twilio's call-group SID (unused by Switchboard so far; kept for fidelity)
 * @param trunkSid       the Elastic SIP trunk (TK…), for trunking directions
 * @param startTime      when the call was dialed/started; null while queued
 * @param endTime        when it ended; null until then
 * @param duration       seconds; null for busy, failed, no-answer, canceled and ongoing calls
 * @param price          what the call cost, as Twilio's decimal string ({@code "-0.00250"}), else null
 * @param priceUnit      ISO 4217 currency of {@code price}, normally {@code USD}
 * @param queueTimeMs    milliseconds the call waited (e.g. for a CPS slot) before being placed
 */
public record Call(
        String sid,
        String accountSid,
        String parentCallSid,
        String to,
        String from,
        String phoneNumberSid,
        CallStatus status,
        CallDirection direction,
        String answeredBy,
        String apiVersion,
        String forwardedFrom,
        String callerName,
        String groupSid,
        String trunkSid,
        Instant startTime,
        Instant endTime,
        Integer duration,
        String price,
        String priceUnit,
        long queueTimeMs,
        Instant dateCreated,
        Instant dateUpdated) {

    /** The API version Twilio reports on every Call resource. */
    public static final String API_VERSION = "2010-04-01";

    public boolean isTerminal() { return status.isTerminal(); }

    /** The same call with another status (any transition; the engine decides which are legal). */
    public Call withStatus(CallStatus newStatus, Instant now) {
        return new Call(sid, accountSid, parentCallSid, to, from, phoneNumberSid, newStatus, direction, answeredBy,
                apiVersion, forwardedFrom, callerName, groupSid, trunkSid, startTime, endTime, duration, price,
                priceUnit, queueTimeMs, dateCreated, now);
    }

    /** The same call with its start time set (when it is dialed, or answered for inbound calls). */
    public Call withStartTime(Instant start, Instant now) {
        return new Call(sid, accountSid, parentCallSid, to, from, phoneNumberSid, status, direction, answeredBy,
                apiVersion, forwardedFrom, callerName, groupSid, trunkSid, start, endTime, duration, price,
                priceUnit, queueTimeMs, dateCreated, now);
    }

    /**
     * The call as it ended: a terminal status, the end time and the duration in seconds
     * ({@code null} for calls that never connected).
     *
     * @throws IllegalArgumentException when {@code terminal} is not a terminal status
     */
    public Call withEnded(CallStatus terminal, Instant end, Integer durationSeconds, Instant now) {
        if (!terminal.isTerminal()) throw new IllegalArgumentException("not a terminal status: " + terminal.wire());
        return new Call(sid, accountSid, parentCallSid, to, from, phoneNumberSid, terminal, direction, answeredBy,
                apiVersion, forwardedFrom, callerName, groupSid, trunkSid, startTime, end, durationSeconds, price,
                priceUnit, queueTimeMs, dateCreated, now);
    }

    /** The same call with an answering-machine detection result. */
    public Call withAnsweredBy(String result, Instant now) {
        return new Call(sid, accountSid, parentCallSid, to, from, phoneNumberSid, status, direction, result,
                apiVersion, forwardedFrom, callerName, groupSid, trunkSid, startTime, endTime, duration, price,
                priceUnit, queueTimeMs, dateCreated, now);
    }

    /** The same call with its price ({@code "-0.00250"}) and currency ({@code "USD"}). */
    public Call withPrice(String newPrice, String newPriceUnit, Instant now) {
        return new Call(sid, accountSid, parentCallSid, to, from, phoneNumberSid, status, direction, answeredBy,
                apiVersion, forwardedFrom, callerName, groupSid, trunkSid, startTime, endTime, duration, newPrice,
                newPriceUnit, queueTimeMs, dateCreated, now);
    }
}
