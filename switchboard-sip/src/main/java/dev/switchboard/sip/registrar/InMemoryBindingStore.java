package dev.switchboard.sip.registrar;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory twin of {@link BindingStore} (tests, and a server without a database). Thread-safe. */
public final class InMemoryBindingStore implements BindingStore {
  private record Aor(String domainKey, String user) {}

  private final Map<Aor, Map<String, Binding>> byAor = new ConcurrentHashMap<>();

  @Override public List<Binding> bindings(String domainKey, String user) {
    Map<String, Binding> bindings = byAor.get(new Aor(domainKey, user));
    return bindings == null ? List.of() : List.copyOf(bindings.values());
  }

  @Override public void put(Binding binding) {
    byAor.computeIfAbsent(new Aor(binding.domainKey(), binding.user()), k -> new ConcurrentHashMap<>())
        .put(binding.contact(), binding);
  }

  @Override public void remove(String domainKey, String user, String contact) {
    Map<String, Binding> bindings = byAor.get(new Aor(domainKey, user));
    if (bindings != null) {
      bindings.remove(contact);
    }
  }

  @Override public void removeAll(String domainKey, String user) {
    byAor.remove(new Aor(domainKey, user));
  }
}
