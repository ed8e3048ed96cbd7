package dev.switchboard.sip.registrar;

import dev.switchboard.sip.auth.DigestServer;
import dev.switchboard.sip.auth.Verdict;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.time.SipScheduler;
import dev.switchboard.sip.transaction.Ids;
import dev.switchboard.sip.transaction.ServerTransaction;
import dev.switchboard.sip.transport.Peer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The registrar (RFC 3261 §10.3) with Twilio's rules (spec §1.7). In order: the Request-URI host must be a domain
 * the {@link RegistrarPolicy} knows (404) and takes registrations on (403); the request must carry digest
 * credentials for the policy's realm (401 with a stateless-nonce challenge; {@code stale=TRUE} for an old nonce)
 * whose username equals the AoR's user, the To user (403); {@code Contact: *} needs {@code Expires: 0} and no
 * other Contact (400) and removes every binding; a non-zero expiry below {@code minExpires} gets 423 with
 * Min-Expires, one above {@code maxExpires} is cut to it; expiry 0 removes that contact; a REGISTER with the
 * Call-ID of a binding and a CSeq not above it gets 500 (step 7); more than {@code maxBindings} bindings get 403
 * (Twilio refuses the 11th, warning 32007, with no documented SIP code; 403 is the closest the RFC offers). A
 * refused request changes nothing. The 200 lists every current binding with its {@code expires} and a Date
 * header; a REGISTER without Contact only lists them. Contacts compare as their URI text.
 *
 * <p>Blocks in the policy and the store; called by the dialog layer on a virtual thread. Concurrent REGISTERs for
 * one AoR are serialised within this process; across nodes that is the store's affair. Time is the scheduler's.
 */
public final class Registrar {
  private static final Logger LOG = Logger.getLogger(Registrar.class.getName());
  private static final DateTimeFormatter SIP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final RegistrarPolicy policy;
  private final BindingStore store;
  private final SipScheduler clock;
  private final RegistrarConfig config;
  private final Map<String, DigestServer> servers = new ConcurrentHashMap<>();
  private final Object[] locks = new Object[64];

  public Registrar(RegistrarPolicy policy, BindingStore store, SipScheduler clock, RegistrarConfig config) {
    this.policy = policy;
    this.store = store;
    this.clock = clock;
    this.config = config;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /** Answers one REGISTER through its transaction. Never throws; an internal failure answers 500. */
  public void onRegister(ServerTransaction txn, SipRequest request) {
    SipResponse response;
    try {
      response = handle(request, txn.peer());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "REGISTER " + request.requestUri() + " failed", e);
      response = Responses.to(request, 500, Ids.newTag());
    }
    txn.respond(response);
  }

  /** The response to a REGISTER that came from {@code source} (pure apart from the policy, store and clock). */
  public SipResponse handle(SipRequest request, Peer source) {
    String tag = Ids.newTag();
    return switch (policy.lookup(request.requestUri().host().toLowerCase(Locale.ROOT))) {
      case RegistrarPolicy.UnknownDomain u -> Responses.to(request, 404, tag);
      case RegistrarPolicy.RegistrationDisabled d -> Responses.to(request, 403, "Registration Disabled", tag);
      case RegistrarPolicy.Realm realm -> authenticated(request, source, realm, tag);
    };
  }

  private SipResponse authenticated(SipRequest request, Peer source, RegistrarPolicy.Realm realm, String tag) {
    DigestServer digest = servers.computeIfAbsent(realm.realm(), r -> new DigestServer(r, config.algorithms(),
        config.nonceLifetime(), config.nonceSecret(), clock));
    String username;
    switch (digest.verify(request, false, realm.credentials())) {
      case Verdict.Authenticated a -> username = a.username();
      case Verdict.Stale s -> {
        return digest.challenge(request, false, true, tag);
      }
      default -> {
        return digest.challenge(request, false, false, tag);
      }
    }
    String user = request.to().uri().user();
    if (!username.equals(user)) {
      return Responses.to(request, 403, "Username Differs From The AoR", tag);
    }
    synchronized (locks[Math.floorMod((realm.domainKey() + "\n" + user).hashCode(), locks.length)]) {
      return register(request, source, realm.domainKey(), user, tag);
    }
  }

  private record Change(String contact, int expires) {}

  private SipResponse register(SipRequest request, Peer source, String key, String user, String tag) {
    Instant now = Instant.ofEpochMilli(clock.nowMillis());
    Map<String, Binding> current = new LinkedHashMap<>();
    for (Binding b : store.bindings(key, user)) {
      if (b.expired(now)) {
        store.remove(key, user, b.contact());
      } else {
        current.put(b.contact(), b);
      }
    }
    List<String> contacts = request.headers().values(HeaderNames.CONTACT);
    if (contacts.isEmpty()) {
      return ok(request, current.values(), now, tag);
    }
    Optional<Integer> expiresHeader;
    try {
      expiresHeader = request.header(HeaderNames.EXPIRES).map(v -> seconds(v));
    } catch (NumberFormatException e) {
      return Responses.to(request, 400, "Bad Expires", tag);
    }
    String callId = request.callId();
    long cseq = request.cseq().number();
    if (contacts.stream().anyMatch(c -> c.trim().equals("*"))) {
      if (contacts.size() != 1 || !expiresHeader.equals(Optional.of(0))) {
        return Responses.to(request, 400, "Contact * Needs Expires 0 Alone", tag);   // §10.2.2, §10.3 step 6
      }
      if (current.values().stream().anyMatch(b -> b.callId().equals(callId) && cseq <= b.cseq())) {
        return Responses.to(request, 500, "CSeq Not Higher", tag);
      }
      store.removeAll(key, user);
      return ok(request, List.of(), now, tag);
    }
    List<Change> changes = new ArrayList<>(contacts.size());
    for (String value : contacts) {
      NameAddress contact;
      int expires;
      try {
        contact = NameAddress.parse(value);
        Optional<String> param = contact.params().get("expires");
        expires = param.isPresent() ? seconds(param.get()) : expiresHeader.orElse(config.defaultExpires());
      } catch (SipParseException | NumberFormatException e) {
        return Responses.to(request, 400, "Bad Contact", tag);
      }
      if (expires > 0 && expires < config.minExpires()) {
        return Responses.to(request, 423, tag).with("Min-Expires", Integer.toString(config.minExpires()));
      }
      changes.add(new Change(contact.uri().toString(), Math.min(expires, config.maxExpires())));
    }
    Map<String, Binding> after = new LinkedHashMap<>(current);
    for (Change change : changes) {
      Binding existing = current.get(change.contact());
      if (existing != null && existing.callId().equals(callId) && cseq <= existing.cseq()) {
        return Responses.to(request, 500, "CSeq Not Higher", tag);   // §10.3 step 7: out of order
      }
      if (change.expires() == 0) {
        after.remove(change.contact());
      } else {
        after.put(change.contact(), new Binding(key, user, change.contact(),
            now.plusSeconds(change.expires()), callId, cseq, source, request.header(HeaderNames.USER_AGENT).orElse("")));
      }
    }
    if (after.size() > config.maxBindings() && after.size() > current.size()) {
      return Responses.to(request, 403, "Too Many Bindings", tag);   // Twilio warning 32007
    }
    for (Change change : changes) {
      if (change.expires() == 0) {
        store.remove(key, user, change.contact());
      } else {
        store.put(after.get(change.contact()));
      }
    }
    return ok(request, after.values(), now, tag);
  }

  private static int seconds(String value) {
    long n = Long.parseLong(value.trim());
    if (n < 0) {
      throw new NumberFormatException("negative expiry");
    }
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  private SipResponse ok(SipRequest request, Iterable<Binding> bindings, Instant now, String tag) {
    SipResponse ok = Responses.to(request, 200, tag);
    for (Binding b : bindings) {
      ok = ok.with(HeaderNames.CONTACT, "<" + b.contact() + ">;expires=" + b.secondsLeft(now));
    }
    return ok.with("Date", SIP_DATE.format(now));
  }
}
