/**
 * The TwiML interpreter: {@link dev.switchboard.core.interpreter.TwimlInterpreter} runs one call's
 * documents verb by verb on the call's own (virtual) thread, delegating each verb to one executor
 * that acts only through the ports defined here ({@link dev.switchboard.core.interpreter.DocumentSource},
 * {@link dev.switchboard.core.interpreter.CallLeg}, {@link dev.switchboard.core.interpreter.DialConnector},
 * {@link dev.switchboard.core.interpreter.CallEvents}) and the {@link dev.switchboard.core.time.CallClock}.
 * Executors return an {@link dev.switchboard.core.interpreter.Outcome}; the loop alone decides what
 * happens next. JDK only: no HTTP, no JSON, no wall-clock reads, no {@code Thread.sleep}.
 */
package dev.switchboard.core.interpreter;
