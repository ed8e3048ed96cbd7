/**
 * TwiML for voice: one immutable record per verb ({@link dev.switchboard.core.twiml.Verb}) and
 * per {@code <Dial>} noun ({@link dev.switchboard.core.twiml.DialNoun}), and
 * {@link dev.switchboard.core.twiml.TwimlParser}, which turns a document into them with Twilio's
 * defaults applied, warning (12200/13xxx) or refusing (11750/12100/12102) as Twilio does.
 *
 * <p>Public: the records, their enums (each with Twilio's wire spelling), {@code TwimlParser},
 * {@code TwimlDocument}, {@code TwimlWarning}, {@code TwimlParseException}. Package-private: the
 * XML tree and the per-family parsers; no attribute map or element name leaves this package.
 *
 * <p>JDK only ({@code java.xml} StAX, configured XXE-safe). May not import HTTP, SIP, JDBC or any
 * other adapter; does no I/O and resolves no URLs (relative URLs are kept as written).
 */
package dev.switchboard.core.twiml;
