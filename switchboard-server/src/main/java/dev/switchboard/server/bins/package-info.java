/**
 * TwiML Bins served at {@code {publicUrl}/twiml/{EH…}}: {@link dev.switchboard.server.bins.TwimlBinRenderer}
 * (jmustache with XML escaping and the {@code e164} helper), {@link dev.switchboard.server.bins.E164}
 * (libphonenumber), and {@link dev.switchboard.server.bins.ServeTwimlBinHandler}, the unauthenticated
 * but signature-checked HTTP handler. The REST management resource lives in {@code api/bins}.
 *
 * <p>May import the JDK, switchboard-core, jmustache, libphonenumber, Javalin and SLF4J; nothing
 * from the REST API.
 */
package dev.switchboard.server.bins;
