/**
 * Twilio's Elastic SIP Trunking REST API, {@code /v1/Trunks} and its subresources (spec twilio-sip-media.md §3):
 * Trunks, OriginationUrls, PhoneNumbers, CredentialLists, IpAccessControlLists and Recording, one handler per
 * Twilio operation id. The v1 conventions differ from {@code 2010-04-01}: no {@code .json}, ISO 8601 dates, an
 * absolute {@code url} and {@code links} on every resource, and the {@code meta} list envelope ({@link V1Paging}).
 * Paths carry no account: the authenticated account owns what it creates. REST only: the SIP side does not route
 * calls over trunks yet. May import the core and the api package; not the SIP stack, JDBC or the call engine.
 */
package dev.switchboard.server.api.trunking;
