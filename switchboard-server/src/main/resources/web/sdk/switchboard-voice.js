// Switchboard browser Voice SDK: a plain ES module, no build step, no dependencies.
//
//   import { Device } from '/sdk/switchboard-voice.js';
//   const device = new Device(token);
//   device.on('incoming', call => { console.log(call.customParameters); call.accept(); });
//   await device.register();
//   const call = await device.connect({ params: { customerID: '42' } });
//
// It speaks the signalling protocol of Twilio's Voice JS SDK (docs/client-signalling.md) over
// ws(s)://<host>/signal. Signalling only: no audio flows (Switchboard has no media path yet), so
// accept() and connect() never ask for the microphone. README: /sdk/README.md.

import { NO_MEDIA_SDP, VoiceError, Emitter, encodeParams, decodeParams } from './wire.js';
import { Call } from './call.js';

export { encodeParams, decodeParams, VoiceError } from './wire.js';
export { Call } from './call.js';

export const VERSION = '0.1.0';
const PROTOCOL_VERSION = '1.6';
const SILENCE_LIMIT_MS = 15000;       // the server sends "\n" every 10 s; silence this long means the socket is dead
const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 20000;
const TOKEN_WARNING_MS = 10000;       // tokenWillExpire fires this long before the token's ttl runs out
const REPLY_TIMEOUT_MS = 10000;
const CLOSE_PROTECTION_MESSAGE = 'A call is currently in-progress. Leaving or reloading this page will end the call.';


// Error codes a server error frame carries, as Twilio's Voice JS SDK reports them to applications.
const TWILIO_CODES = { 31201: 20151, 31202: 20107, 31204: 20101, 31205: 20104, 31207: 20157 };


function defaultSignalingUrl() {
  const here = new URL('/signal', import.meta.url);
  here.protocol = here.protocol === 'https:' ? 'wss:' : 'ws:';
  return here.toString();
}

function newConnectionId() {
  const uuid = globalThis.crypto?.randomUUID?.()
    ?? 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, c => ((Math.random() * 16) | (c === 'x' ? 0 : 8)).toString(16));
  return 'TJS' + uuid;
}

/**
 * A device: one signalling socket, registered for incoming calls to its token's identity, able to
 * place calls to the token's TwiML App. Events: registering, registered, unregistered, incoming(call),
 * error(VoiceError), tokenWillExpire(device), destroyed.
 *
 * Page lifecycle, as Twilio's Voice JS SDK (2.18.5, device.ts `_onPageHide`/`_onPageShow`): a page
 * the user leaves must not keep ringing. On `pagehide` into the back-forward cache and on `freeze`
 * the device hangs up its calls, closes its socket (the platform unregisters it at once) and emits
 * `unregistered`; on `resume` or `pageshow` with `persisted` it reconnects and registers again if
 * it was registered. A `pagehide` that unloads the page destroys the device.
 */
export class Device extends Emitter {
  static State = Object.freeze({ Unregistered: 'unregistered', Registering: 'registering', Registered: 'registered', Destroyed: 'destroyed' });

  #token;
  #url;
  #socket = null;
  #socketReady = null;          // Promise of the `connected` payload for the current socket
  #wantRegistered = false;
  #state = Device.State.Unregistered;
  #identity = null;
  #calls = new Map();           // callsid (CA… or TJS…) -> Call
  #waiters = new Map();         // frame type -> [{resolve, reject, timer}]
  #silenceTimer = null;
  #tokenTimer = null;
  #backoffMs = BACKOFF_FIRST_MS;
  #reconnectTimer = null;
  #closing = false;
  #suspended = null;            // while the page is hidden or frozen: { registered } to restore
  #closeProtection;
  #lifecycle = {
    pagehide: ev => (ev.persisted ? this.#suspend('page hidden') : this.destroy()),
    freeze: () => this.#suspend('page frozen'),
    resume: () => this.#wake(),
    pageshow: ev => { if (ev.persisted) this.#wake(); },
    beforeunload: ev => this.#confirmClose(ev),
  };

  /**
   * `options.signalingUrl` defaults to ws(s)://<host this module came from>/signal.
   * `options.closeProtection` (Twilio's option): `true` or a message string asks the browser to
   * confirm leaving the page while a call is open; off by default.
   */
  constructor(token, options = {}) {
    super();
    if (typeof token !== 'string' || !token) throw new TypeError('Device needs an access token string');
    this.#token = token;
    this.#url = options.signalingUrl || defaultSignalingUrl();
    this.#closeProtection = options.closeProtection || false;
    this.#listenToPage(true);
  }

  get state() { return this.#state; }
  get identity() { return this.#identity; }
  get token() { return this.#token; }
  get calls() { return [...new Set(this.#calls.values())].filter(c => c.status() !== Call.State.Closed); }
  get isBusy() { return this.calls.some(c => c.status() === Call.State.Open || c.status() === Call.State.Reconnecting); }

  /** Opens the socket if needed and registers for incoming calls; resolves once the server said `ready`. */
  async register() {
    this.#assertAlive();
    this.#suspended = null;
    this.#wantRegistered = true;
    this.#setState(Device.State.Registering);
    this._emit('registering');
    await this.#connected();
    await this.#request('register', { media: { audio: true } }, 'ready');
  }

  /** Stops incoming calls to this device; resolves on the server's `offline`. */
  async unregister() {
    this.#wantRegistered = false;
    if (this.#suspended) this.#suspended.registered = false;
    if (!this.#socket || this.#state === Device.State.Destroyed) { this.#setState(Device.State.Unregistered); return; }
    await this.#request('register', { media: { audio: false } }, 'offline');
  }

  /** Places a call to the token's TwiML App; `params` become top-level webhook parameters. */
  async connect({ params = {} } = {}) {
    this.#assertAlive();
    await this.#connected();
    const call = new Call(this, { direction: Call.Direction.Outgoing, callSid: newConnectionId(), parameters: {}, customParameters: params });
    call._setStatus(Call.State.Connecting);
    this.#calls.set(call._connectionId, call);
    const twilio = Object.keys(params instanceof Map ? Object.fromEntries(params) : params).length ? { params: encodeParams(params) } : {};
    this._send('invite', { callsid: call._connectionId, sdp: NO_MEDIA_SDP, twilio });
    return call;
  }

  /** Replaces the token; an open socket is told at once (a new `listen`). */
  updateToken(token) {
    if (typeof token !== 'string' || !token) throw new TypeError('updateToken needs an access token string');
    this.#token = token;
    if (this.#socket?.readyState === WebSocket.OPEN) this._send('listen', this.#listenPayload());
  }

  /** Hangs up every call and closes the socket for good. */
  destroy() {
    if (this.#state === Device.State.Destroyed) return;
    for (const call of this.calls) call.disconnect();
    this.#closing = true;
    this.#wantRegistered = false;
    this.#suspended = null;
    this.#listenToPage(false);
    clearTimeout(this.#reconnectTimer); clearTimeout(this.#silenceTimer); clearTimeout(this.#tokenTimer);
    this.#failWaiters(new VoiceError(31000, 'Device has been destroyed'));
    this.#socket?.close(1000, 'destroyed');
    this.#socket = null;
    this.#setState(Device.State.Destroyed);
    this._emit('destroyed');
  }

  // ---- page lifecycle ----------------------------------------------------------------------

  #listenToPage(on) {
    if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('pagehide', this.#lifecycle.pagehide);
    window[method]('pageshow', this.#lifecycle.pageshow);
    globalThis.document?.[method]('freeze', this.#lifecycle.freeze);
    globalThis.document?.[method]('resume', this.#lifecycle.resume);
    if (this.#closeProtection) window[method]('beforeunload', this.#lifecycle.beforeunload);
  }

  // The page went into the back-forward cache or was frozen: nobody can answer here until it comes
  // back, so calls end (as Twilio's SDK ends them on unload) and the socket closes, which
  // unregisters this device on the platform at once.
  #suspend(reason) {
    if (this.#suspended || this.#state === Device.State.Destroyed) return;
    this.#suspended = { registered: this.#wantRegistered };
    for (const call of this.calls) call.disconnect();
    this.#wantRegistered = false;
    clearTimeout(this.#reconnectTimer); clearTimeout(this.#silenceTimer);
    this.#failWaiters(new VoiceError(31005, `signalling suspended: ${reason}`));
    const socket = this.#socket;
    this.#socket = null;
    this.#socketReady = null;
    socket?.close(1000, reason);
    if (this.#state !== Device.State.Unregistered) { this.#setState(Device.State.Unregistered); this._emit('unregistered'); }
  }

  // The page is back (restored from the back-forward cache, or resumed): register again if it was.
  #wake() {
    const was = this.#suspended;
    if (!was || this.#state === Device.State.Destroyed) return;
    this.#suspended = null;
    if (!was.registered) return;
    this.#wantRegistered = true;
    this.#backoffMs = BACKOFF_FIRST_MS;
    this.#setState(Device.State.Registering);
    this._emit('registering');
    this.#reconnect();
  }

  #confirmClose(ev) {
    if (!this.isBusy) return undefined;
    const message = typeof this.#closeProtection === 'string' ? this.#closeProtection : CLOSE_PROTECTION_MESSAGE;
    ev.preventDefault();
    ev.returnValue = message;
    return message;
  }

  // ---- transport ---------------------------------------------------------------------------

  #assertAlive() { if (this.#state === Device.State.Destroyed) throw new VoiceError(31000, 'Device has been destroyed'); }

  #listenPayload() {
    return { token: this.#token, browserinfo: { p: 'browser', plugin: 'switchboard', v: VERSION,
      browser: { userAgent: globalThis.navigator?.userAgent || '', platform: globalThis.navigator?.platform || '' } },
      reconnectTimeout: 0 };
  }

  #connected() {
    if (this.#socketReady) return this.#socketReady;
    this.#socketReady = new Promise((resolve, reject) => {
      let socket;
      try { socket = new WebSocket(this.#url); } catch (e) { this.#socketReady = null; reject(new VoiceError(31005, `cannot open ${this.#url}: ${e.message}`)); return; }
      this.#socket = socket;
      this.#waitFor('connected').then(payload => { this.#backoffMs = BACKOFF_FIRST_MS; resolve(payload); }, e => { this.#socketReady = null; reject(e); });
      socket.onopen = () => { this._send('listen', this.#listenPayload()); this.#armSilenceTimer(); };
      socket.onmessage = ev => this.#onData(ev.data);
      socket.onclose = ev => this.#onClose(socket, ev);
      socket.onerror = () => {};
    });
    return this.#socketReady;
  }

  _send(type, payload) {
    if (this.#socket?.readyState !== WebSocket.OPEN) return false;
    this.#socket.send(JSON.stringify({ type, version: PROTOCOL_VERSION, payload }));
    return true;
  }

  #request(type, payload, replyType) {
    const reply = this.#waitFor(replyType);
    if (!this._send(type, payload)) this.#failWaiters(new VoiceError(31005, 'signalling socket is not open'));
    return reply;
  }

  #waitFor(type) {
    return new Promise((resolve, reject) => {
      const w = { resolve, reject, timer: setTimeout(() => { this.#dropWaiter(type, w); reject(new VoiceError(31005, `no ${type} from the server`)); }, REPLY_TIMEOUT_MS) };
      (this.#waiters.get(type) || this.#waiters.set(type, []).get(type)).push(w);
    });
  }

  #dropWaiter(type, w) { const list = this.#waiters.get(type) || []; const i = list.indexOf(w); if (i >= 0) list.splice(i, 1); }

  #settle(type, payload) {
    const list = this.#waiters.get(type) || [];
    this.#waiters.delete(type);
    for (const w of list) { clearTimeout(w.timer); w.resolve(payload); }
  }

  #failWaiters(error) {
    const all = [...this.#waiters.values()].flat();
    this.#waiters.clear();
    for (const w of all) { clearTimeout(w.timer); w.reject(error); }
  }

  #armSilenceTimer() {
    clearTimeout(this.#silenceTimer);
    const socket = this.#socket;
    this.#silenceTimer = setTimeout(() => { if (socket === this.#socket) socket.close(4000, 'heartbeat timeout'); }, SILENCE_LIMIT_MS);
  }

  #onData(data) {
    this.#armSilenceTimer();
    if (typeof data !== 'string') return;
    if (data.trim() === '') { this.#socket?.send('\n'); return; }
    let frame;
    try { frame = JSON.parse(data); } catch { return; }
    if (!frame || typeof frame.type !== 'string') return;
    this.#onFrame(frame.type, frame.payload && typeof frame.payload === 'object' ? frame.payload : {});
  }

  #onFrame(type, p) {
    switch (type) {
      case 'connected': {
        this.#identity = p.token?.identity ?? this.#identity;
        this.#scheduleTokenWarning(p.token?.ttl);
        this.#settle('connected', p);
        return;
      }
      case 'ready':
        this.#setState(Device.State.Registered);
        this._emit('registered');
        this.#settle('ready', p);
        return;
      case 'offline':
        this.#setState(Device.State.Unregistered);
        this._emit('unregistered');
        this.#settle('offline', p);
        return;
      case 'invite': return this.#onInvite(p);
      case 'error': return this.#onError(p);
      case 'close': this.#closing = true; this.#socket?.close(1000); return;
      default: {
        const call = this.#calls.get(p.callsid) ?? this.#unnamedOutgoing(type);
        if (call) call._onFrame(type, p);
      }
    }
  }

  // The platform names an outgoing call (CA…) in its first ringing/answer; until then the call is
  // known by its TJS… id only, so those frames go to the oldest outgoing call still unnamed.
  #unnamedOutgoing(type) {
    if (type !== 'ringing' && type !== 'answer' && type !== 'hangup') return undefined;
    return this.calls.find(c => c.direction === Call.Direction.Outgoing && !c.sid);
  }

  #onInvite(p) {
    if (!p.callsid || typeof p.sdp !== 'string') { this._emit('error', new VoiceError(31400, 'Malformed invite from gateway')); return; }
    if (this.#calls.has(p.callsid)) return;
    const parameters = { ...(p.parameters || {}) };
    parameters.CallSid ??= p.callsid;
    const call = new Call(this, { direction: Call.Direction.Incoming, callSid: p.callsid, parameters, customParameters: decodeParams(parameters.Params) });
    call._setStatus(Call.State.Pending);
    this.#calls.set(p.callsid, call);
    this._emit('incoming', call);
  }

  #onError(p) {
    const signalCode = Number(p.error?.code) || 31000;
    const error = new VoiceError(TWILIO_CODES[signalCode] ?? signalCode, p.error?.message || 'error from the platform', signalCode);
    const call = p.callsid && this.#calls.get(p.callsid);
    if (call) { call._emit('error', error); return; }
    if (signalCode === 31205 || signalCode === 31204 || signalCode === 31202 || signalCode === 31207) this.#wantRegistered = false;
    this.#failWaiters(error);
    this._emit('error', error);
  }

  #scheduleTokenWarning(ttlSeconds) {
    clearTimeout(this.#tokenTimer);
    if (!Number.isFinite(ttlSeconds)) return;
    this.#tokenTimer = setTimeout(() => this._emit('tokenWillExpire', this), Math.max(0, ttlSeconds * 1000 - TOKEN_WARNING_MS));
  }

  #onClose(socket, ev) {
    if (socket !== this.#socket) return;
    clearTimeout(this.#silenceTimer);
    this.#socket = null;
    this.#socketReady = null;
    this.#failWaiters(new VoiceError(31005, `signalling socket closed (${ev.code}${ev.reason ? ' ' + ev.reason : ''})`));
    if (this.#closing || this.#state === Device.State.Destroyed) return;
    if (ev.code === 1008 || ev.code === 1009) {           // refused by the server: do not hammer it
      for (const call of this.calls) call._closeRemotely(new VoiceError(31005, 'signalling connection refused'));
      this.#setState(Device.State.Unregistered);
      this._emit('unregistered');
      return;
    }
    for (const call of this.calls) call._onTransportLost();
    if (this.#state === Device.State.Registered) { this.#setState(Device.State.Registering); this._emit('registering'); }
    this.#scheduleReconnect();
  }

  #scheduleReconnect() {
    if (this.#suspended) return;
    const delay = this.#backoffMs;
    this.#backoffMs = Math.min(this.#backoffMs * 2, BACKOFF_MAX_MS);
    this.#reconnectTimer = setTimeout(() => this.#reconnect(), delay);
  }

  async #reconnect() {
    if (this.#state === Device.State.Destroyed || this.#suspended) return;
    try {
      await this.#connected();
      for (const call of this.calls) call._onTransportBack();
      if (this.#wantRegistered) await this.#request('register', { media: { audio: true } }, 'ready');
    } catch (e) {
      if (!this.#socket) this.#scheduleReconnect();
    }
  }

  _forget(call) { for (const [k, v] of this.#calls) if (v === call) this.#calls.delete(k); }
  _alias(sid, call) { this.#calls.set(sid, call); }

  #setState(s) { this.#state = s; }
}
