/**
 * Custom parameters: the context a call carries from one application to another, and the rules
 * for carrying it without losing or bending a byte.
 *
 * <ul>
 *   <li>{@link dev.switchboard.core.context.CustomParameters}: one ordered set of name/value pairs,
 *       from {@code <Parameter>} nouns, a {@code client:alice?k=v} query, or a map; its
 *       {@code check()} gives a {@link dev.switchboard.core.context.ParameterCheck} of errors
 *       (refuse, with a Twilio code) and warnings (deliver in full, notify). Nothing is ever
 *       truncated.
 *   <li>{@link dev.switchboard.core.context.ParameterLimits}: the hard limits and the 800-byte
 *       guideline.
 *   <li>{@link dev.switchboard.core.context.ContextParams}: the request-parameter names each path
 *       uses ({@code Param_}, {@code ReturnParam_}, {@code SipHeader_}, {@code DialSipHeader_},
 *       {@code CustomerId}) and the {@code <Application>} checks.
 *   <li>{@link dev.switchboard.core.context.InviteParams}: the Voice SDK's {@code Params} string,
 *       encoded with JavaScript's {@code encodeURIComponent} and decoded both the Switchboard way
 *       and exactly as twilio-voice.js does.
 * </ul>
 * The rules, the codes and which of them are Twilio's facts or Switchboard's choices are in
 * {@code docs/custom-parameters.md}.
 *
 * <p>Pure functions on immutable values: no I/O, no clock. JDK only; may import
 * {@code dev.switchboard.core.error}, {@code .twiml} (the {@code Parameter} record) and
 * {@code .webhook} ({@code FormParams}), never the interpreter or an adapter.
 */
package dev.switchboard.core.context;
