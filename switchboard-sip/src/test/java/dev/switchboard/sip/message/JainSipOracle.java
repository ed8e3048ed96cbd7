package dev.switchboard.sip.message;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.text.ParseException;

/** JAIN-SIP RI as an independent parser (test scope only): whatever we emit must parse with it, strictly. */
public final class JainSipOracle {
  private JainSipOracle() {}

  public static SIPMessage parse(byte[] bytes) {
    try {
      SIPMessage m = new StringMsgParser().parseSIPMessage(bytes, true, true,
          (ex, message, headerClass, headerText, messageText) -> {
            throw new ParseException("JAIN-SIP rejects header '" + headerText + "': " + ex.getMessage(), 0);
          });
      if (m == null) {
        throw new AssertionError("JAIN-SIP returned no message for:\n" + new String(bytes));
      }
      return m;
    } catch (ParseException e) {
      throw new AssertionError("JAIN-SIP cannot parse:\n" + new String(bytes) + "\n" + e.getMessage(), e);
    }
  }
}
