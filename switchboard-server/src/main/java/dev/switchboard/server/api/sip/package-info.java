/**
 * Twilio's SIP REST resources under {@code /Accounts/{AccountSid}/SIP/} (spec twilio-sip-media.md §1.2–§1.4):
 * credential lists and credentials, one handler per Twilio operation id. REST only: no SIP signalling here.
 * Passwords are hashed on the way in and never answered.
 */
package dev.switchboard.server.api.sip;
