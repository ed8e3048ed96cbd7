package dev.switchboard.core.twiml;

/** The HTTP method of a TwiML callback attribute ({@code method}, {@code statusCallbackMethod} …); Twilio's default is POST. */
public enum HttpMethod implements TwimlEnum {
    GET,
    POST;

    @Override
    public String wireValue() { return name(); }
}
