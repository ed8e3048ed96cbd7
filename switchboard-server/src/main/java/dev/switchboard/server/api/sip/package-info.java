/**
 * Twilio's SIP REST resources under {@code /Accounts/{AccountSid}/SIP/} (spec twilio-sip-media.md §1.2–§1.4):
 * CredentialLists and their Credentials, IpAccessControlLists and their IpAddresses, Domains, and the five
 * domain mapping resources; one handler per Twilio operation id (the mapping ones are thin subclasses of
 * {@code Mappings}). REST only: no SIP signalling here. Passwords are hashed on the way in and never
 * answered. May import the core and the api package; not the SIP stack, JDBC or the call engine.
 */
package dev.switchboard.server.api.sip;
