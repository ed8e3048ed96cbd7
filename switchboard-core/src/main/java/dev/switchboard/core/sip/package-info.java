/**
 * SIP directory resources of Twilio's REST API (spec twilio-sip-media.md §1.2–§1.4): credential lists and
 * their credentials, IP access control lists and their addresses, SIP domains and the lists mapped to them.
 * Records and pure rules only (digest hashes, address checks); JDK only, no SIP signalling.
 */
package dev.switchboard.core.sip;
