package dev.switchboard.sip.registrar;

import java.util.List;

/**
 * Where bindings live (the server implements it over its database, so registrations survive restarts). The
 * registrar reads the AoR's bindings, then writes each change; it filters and removes expired bindings itself.
 * Methods may block (a database call; the registrar runs on a virtual thread). A binding is identified by
 * (domainKey, user, contact): {@link #put} replaces one with the same contact.
 */
public interface BindingStore {
  /** The bindings of one AoR, expired ones included, in any order. */
  List<Binding> bindings(String domainKey, String user);

  /** Adds or replaces the binding with this (domainKey, user, contact). */
  void put(Binding binding);

  void remove(String domainKey, String user, String contact);

  void removeAll(String domainKey, String user);
}
