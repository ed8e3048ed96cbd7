/**
 * The registrar (RFC 3261 §10.3) with Twilio's limits (spec §1.7): digest-authenticated REGISTER adds, refreshes,
 * removes and lists the bindings of an address of record. Its ports are implemented by the server:
 * {@link dev.switchboard.sip.registrar.RegistrarPolicy} (which domains take registrations, their realm and
 * credentials) and {@link dev.switchboard.sip.registrar.BindingStore} (where bindings persist; the registrar keeps
 * no authoritative state in memory). {@link dev.switchboard.sip.registrar.InMemoryBindingStore} is the in-memory twin.
 *
 * <p>May import {@code java.*}, {@code dev.switchboard.sip.message}, {@code .time}, {@code .auth}, the
 * transaction API ({@code ServerTransaction}, {@code Ids}) and the transport API type {@code Peer}; never the
 * dialog layer (which calls in here), socket implementations, or {@code dev.switchboard.core}.
 */
package dev.switchboard.sip.registrar;
