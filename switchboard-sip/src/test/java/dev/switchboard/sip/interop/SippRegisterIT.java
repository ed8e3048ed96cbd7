package dev.switchboard.sip.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.auth.CredentialSource;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.registrar.Binding;
import dev.switchboard.sip.registrar.BindingStore;
import dev.switchboard.sip.registrar.InMemoryBindingStore;
import dev.switchboard.sip.registrar.Registrar;
import dev.switchboard.sip.registrar.RegistrarConfig;
import dev.switchboard.sip.registrar.RegistrarPolicy;
import dev.switchboard.sip.transport.TransportKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sipp as a phone registers against our registrar over loopback UDP with digest (401, credentials, 200 listing its
 * Contact with expires=600), then unregisters with Expires: 0. Scenario: {@code sipp/register-with-digest-then-unregister.xml}.
 */
class SippRegisterIT {
  @Test
  void sippRegistersWithDigestAndUnregisters(@TempDir Path dir) throws Exception {
    Sipp.requireOrSkip();
    InMemoryBindingStore memory = new InMemoryBindingStore();
    List<String> writes = new CopyOnWriteArrayList<>();
    BindingStore store = new BindingStore() {
      @Override public List<Binding> bindings(String domainKey, String user) { return memory.bindings(domainKey, user); }

      @Override public void put(Binding b) {
        writes.add("put " + b.user() + " " + b.contact() + " from " + b.source() + " " + b.userAgent());
        memory.put(b);
      }

      @Override public void remove(String domainKey, String user, String contact) {
        writes.add("remove " + user + " " + contact);
        memory.remove(domainKey, user, contact);
      }

      @Override public void removeAll(String domainKey, String user) { memory.removeAll(domainKey, user); }
    };
    RegistrarPolicy policy = domain -> domain.equals("acme.sip.localhost")
        ? new RegistrarPolicy.Realm("sip.localhost", CredentialSource.passwords(Map.of("alice", "Secret123456")), "SDacme")
        : new RegistrarPolicy.UnknownDomain();
    Path scenario = dir.resolve("register.xml");
    try (var in = getClass().getResourceAsStream("/sipp/register-with-digest-then-unregister.xml")) {
      Files.write(scenario, in.readAllBytes());
    }
    int sippPort = Sipp.freeUdpPort();
    try (LoopbackStack stack = new LoopbackStack("sb", TransportKind.UDP, (SipApplication) invite -> invite.reject(603))) {
      stack.dialogs.attach(new Registrar(policy, store, stack.scheduler,
          RegistrarConfig.twilio("secret".getBytes(StandardCharsets.UTF_8))));
      Path log = dir.resolve("sipp.log");
      Process sipp = new ProcessBuilder("sipp", "127.0.0.1:" + stack.udp.localAddress().getPort(), "-sf",
          scenario.toString(), "-i", "127.0.0.1", "-p", Integer.toString(sippPort), "-m", "1", "-nostdin",
          "-timeout", "30s", "-timeout_error", "-trace_err",
          // sipp's digest uri is the remote address by default; ours must equal the Request-URI (RFC 2617 §3.2.2.5)
          "-auth_uri", "acme.sip.localhost")   // sipp writes "sip:" before it
          .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        assertThat(sipp.waitFor(60, TimeUnit.SECONDS)).as("sipp finished").isTrue();
        String errors = Files.exists(dir.resolve("register_" + sipp.pid() + "_errors.log"))
            ? Files.readString(dir.resolve("register_" + sipp.pid() + "_errors.log")) : "";
                assertThat(sipp.exitValue()).as(Files.readString(log) + errors).isZero();
      } finally {
        sipp.destroy();
      }
      assertThat(writes).containsExactly(
          "put alice sip:alice@127.0.0.1:" + sippPort + " from UDP:127.0.0.1:" + sippPort + " sipp",
          "remove alice sip:alice@127.0.0.1:" + sippPort);
      assertThat(memory.bindings("SDacme", "alice")).isEmpty();
    }
  }
}
