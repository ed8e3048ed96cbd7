package dev.switchboard.sip.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.auth.CredentialSource;
import dev.switchboard.sip.auth.DigestAlgorithm;
import dev.switchboard.sip.auth.DigestServer;
import dev.switchboard.sip.auth.Verdict;
import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.IncomingInvite;
import dev.switchboard.sip.dialog.OutgoingCall;
import dev.switchboard.sip.dialog.OutgoingInvite;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.TransportKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import dev.switchboard.sip.transport.TlsSipTransport;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A UAC made of our layers calls a UAS made of our layers over real loopback sockets (UDP, TCP, TLS): answer and BYE from either
 * side, CANCEL while ringing, 486 with X- headers the caller reads, and a digest 401 answered with credentials.
 */
class UacUasLoopbackIT {
  private static final Body OFFER = Body.of("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
      + "m=audio 30000 RTP/AVP 0\r\n");
  private static final Body ANSWER = Body.of("v=0\r\no=- 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
      + "m=audio 30002 RTP/AVP 0\r\n");

  /** Everything both sides report, in arrival order. */
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<Dialog> calleeDialogs = new LinkedBlockingQueue<>();
  private final BlockingQueue<Dialog> callerDialogs = new LinkedBlockingQueue<>();
  private final BlockingQueue<SipResponse> failures = new LinkedBlockingQueue<>();
  private LoopbackStack caller;
  private LoopbackStack callee;
  private DigestServer digest;

  private final SipApplication calleeApp = new SipApplication() {
    @Override public void onInvite(IncomingInvite invite) {
      SipRequest request = invite.request();
      events.add("callee: invite " + request.requestUri().user() + " " + request.header("X-Twilio-CallSid").orElse(""));
      switch (request.requestUri().user()) {
        case "busy" -> invite.reject(486, List.of(new SipHeader("X-Reason", "all lines busy")));
        case "ring" -> invite.ringing(Body.EMPTY);
        case "secure" -> {
          if (digest.verify(request, false, CredentialSource.passwords(Map.of("alice", "Secret123456")))
              instanceof Verdict.Authenticated) {
            answer(invite);
          } else {
            invite.reject(401, digest.challenge(request, false, false, invite.toTag()).headers().all().stream()
                .filter(h -> h.is("WWW-Authenticate")).toList());
          }
        }
        default -> answer(invite);
      }
    }

    private void answer(IncomingInvite invite) {
      invite.ringing(Body.EMPTY);
      invite.answer(ANSWER).ifPresent(calleeDialogs::add);
    }

    @Override public void onCancelled(IncomingInvite invite) { events.add("callee: cancelled"); }

    @Override public void onConfirmed(Dialog dialog) { events.add("callee: confirmed"); }

    @Override public void onBye(Dialog dialog) { events.add("callee: bye"); }
  };

  private final SipApplication callerApp = new SipApplication() {
    @Override public void onInvite(IncomingInvite invite) { invite.reject(603); }

    @Override public void onBye(Dialog dialog) { events.add("caller: bye"); }
  };

  private final OutgoingCall.Listener listener = new OutgoingCall.Listener() {
    @Override public void onProvisional(SipResponse response) { events.add("caller: " + response.status()); }

    @Override public void onAnswered(Dialog dialog, SipResponse response) {
      events.add("caller: answered " + (response.body().equals(ANSWER) ? "with sdp" : "without sdp"));
      callerDialogs.add(dialog);
    }

    @Override public void onFailed(int status, Optional<SipResponse> response) {
      events.add("caller: failed " + status);
      response.ifPresent(failures::add);
    }
  };

  private static SSLContext tls;

  /** One self-signed certificate for 127.0.0.1 that both stacks present and trust. */
  @BeforeAll
  static void certificate(@TempDir Path dir) throws Exception {
    Path p12 = dir.resolve("sip.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "sip", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", p12.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    KeyStore ks = TlsSipTransport.loadPkcs12(p12, "changeit".toCharArray());
    tls = TlsSipTransport.context(ks, "changeit".toCharArray(), ks);
  }

  private void start(TransportKind kind) {
    caller = new LoopbackStack("caller", kind, callerApp, tls);
    callee = new LoopbackStack("callee", kind, calleeApp, tls);
    digest = new DigestServer("sip.localhost", List.of(DigestAlgorithm.MD5), Duration.ofMinutes(5),
        "k".getBytes(StandardCharsets.UTF_8), callee.scheduler);
  }

  @AfterEach
  void stop() {
    if (caller != null) {
      caller.close();
      callee.close();
    }
  }

  private OutgoingCall call(TransportKind kind, String user) {
    String transport = kind == TransportKind.UDP ? "" : ";transport=" + kind.name().toLowerCase();
    OutgoingInvite invite = OutgoingInvite.of(SipUri.parse("sip:" + user + "@" + callee.hostPort(kind) + transport),
            NameAddress.of(SipUri.parse("sip:+14155550199@" + caller.hostPort(kind))), callee.peer(kind))
        .withHeaders(List.of(new SipHeader("X-Twilio-CallSid", "CA42"))).withSdp(OFFER);
    return caller.dialogs.invite(user.equals("secure") ? invite.withCredentials("alice", "Secret123456") : invite,
        listener);
  }

  private String next() throws InterruptedException {
    String e = events.poll(10, TimeUnit.SECONDS);
    if (e == null) {
      throw new AssertionError("no event within 10 s");
    }
    return e;
  }

  /** The next {@code n} events, compared without order across the two sides (they race on loopback). */
  private List<String> next(int n) throws InterruptedException {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
    T t = queue.poll(10, TimeUnit.SECONDS);
    if (t == null) {
      throw new AssertionError("nothing within 10 s");
    }
    return t;
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void anAnsweredCallIsHungUpByTheCaller(TransportKind kind) throws Exception {
    start(kind);
    call(kind, "answer");
    assertThat(next()).isEqualTo("callee: invite answer CA42");
    assertThat(next(3)).containsExactlyInAnyOrder("caller: 180", "caller: answered with sdp", "callee: confirmed");
    Dialog dialog = take(callerDialogs);
    assertThat(caller.dialogs.bye(dialog)).isTrue();
    assertThat(next()).isEqualTo("callee: bye");
    assertThat(callee.dialogs.dialogCount()).isZero();
    assertThat(caller.dialogs.dialogCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void anAnsweredCallIsHungUpByTheCallee(TransportKind kind) throws Exception {
    start(kind);
    call(kind, "answer");
    next(4);
    Dialog dialog = take(calleeDialogs);
    assertThat(callee.dialogs.bye(dialog)).isTrue();
    assertThat(next()).isEqualTo("caller: bye");
    assertThat(caller.dialogs.dialogCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void theCallerCancelsWhileItRings(TransportKind kind) throws Exception {
    start(kind);
    OutgoingCall call = call(kind, "ring");
    assertThat(next(2)).containsExactly("callee: invite ring CA42", "caller: 180");
    assertThat(call.cancel()).isTrue();
    assertThat(next(2)).containsExactlyInAnyOrder("callee: cancelled", "caller: failed 487");
    assertThat(take(failures).status()).isEqualTo(487);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void aBusyCalleesXHeadersReachTheCaller(TransportKind kind) throws Exception {
    start(kind);
    call(kind, "busy");
    assertThat(next(2)).containsExactly("callee: invite busy CA42", "caller: failed 486");
    assertThat(take(failures).header("X-Reason")).contains("all lines busy");
  }

  @Test
  void aRefusedTcpConnectionIsA503() throws Exception {
    start(TransportKind.TCP);
    int closed;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    caller.dialogs.invite(OutgoingInvite.of(SipUri.parse("sip:nobody@127.0.0.1:" + closed + ";transport=tcp"),
        NameAddress.of(SipUri.parse("sip:sb@127.0.0.1")),
        dev.switchboard.sip.transport.SipTargets.resolve(SipUri.parse("sip:nobody@127.0.0.1:" + closed
            + ";transport=tcp"))), listener);
    assertThat(next()).isEqualTo("caller: failed 503");
  }

  @Test
  void aTcpPeerThatNeverAcceptsIsA503AfterTheFiveSecondConnectTimeout() throws Exception {
    start(TransportKind.TCP);
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      java.net.InetSocketAddress address = new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(),
          silent.getLocalPort());
      List<java.net.Socket> fillers = new java.util.ArrayList<>();
      try {
        while (fillers.size() < 64) {   // fill the accept queue; then the kernel drops SYNs and connect hangs
          java.net.Socket s = new java.net.Socket();
          try {
            s.connect(address, 100);
            fillers.add(s);
          } catch (java.net.SocketTimeoutException full) {
            s.close();
            break;
          }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(fillers.size() < 64, "accept queue never filled here");
        long start = System.nanoTime();
        Thread.startVirtualThread(() -> caller.dialogs.invite(OutgoingInvite.of(
            SipUri.parse("sip:nobody@127.0.0.1;transport=tcp"), NameAddress.of(SipUri.parse("sip:sb@127.0.0.1")),
            new dev.switchboard.sip.transport.Peer(TransportKind.TCP, address)), listener));
        Thread.sleep(200);
        call(TransportKind.TCP, "answer");   // another peer is not held up by the hanging connect
        assertThat(next(4)).containsExactlyInAnyOrder("callee: invite answer CA42", "caller: 180",
            "caller: answered with sdp", "callee: confirmed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(next()).isEqualTo("caller: failed 503");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(9));
      } finally {
        for (java.net.Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void aDigestChallengeIsAnsweredWithTheCredentials(TransportKind kind) throws Exception {
    start(kind);
    OutgoingCall call = call(kind, "secure");
    assertThat(next(2)).containsExactly("callee: invite secure CA42", "callee: invite secure CA42");
    assertThat(next(3)).containsExactlyInAnyOrder("caller: 180", "caller: answered with sdp", "callee: confirmed");
    assertThat(call.invite().orElseThrow().cseq().number()).isEqualTo(2);
    caller.dialogs.bye(take(callerDialogs));
    assertThat(next()).isEqualTo("callee: bye");
  }
}
