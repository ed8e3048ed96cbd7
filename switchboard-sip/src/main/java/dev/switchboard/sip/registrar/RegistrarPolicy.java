package dev.switchboard.sip.registrar;

import dev.switchboard.sip.auth.CredentialSource;

/**
 * Which domains take registrations (the server answers from its SIP domains: {@code SipRegistration} and the
 * {@code Auth/Registrations} credential-list mappings, spec §1.7). May block (a database read).
 */
@FunctionalInterface
public interface RegistrarPolicy {
  /** The answer for the Request-URI host of a REGISTER (lower case). */
  Domain lookup(String domain);

  /** What the policy says about a domain. */
  sealed interface Domain permits UnknownDomain, RegistrationDisabled, Realm {}

  /** No such domain: 404. */
  record UnknownDomain() implements Domain {}

  /** The domain exists but takes no registrations: 403. */
  record RegistrationDisabled() implements Domain {}

  /**
   * Registrations are on: challenge in {@code realm} and check against {@code credentials}; {@code domainKey} is
   * the opaque key bindings are stored under (a domain SID, say).
   */
  record Realm(String realm, CredentialSource credentials, String domainKey) implements Domain {}
}
