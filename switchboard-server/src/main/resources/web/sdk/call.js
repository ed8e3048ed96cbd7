// Switchboard browser Voice SDK: one call. Made by Device (switchboard-voice.js, the entry point).

import { NO_MEDIA_SDP, VoiceError, Emitter } from './wire.js';

/**
 * One call. Events: accept, ringing, reject, cancel, disconnect, error(VoiceError), reconnecting(VoiceError),
 * reconnected, mute(boolean). `parameters` is the invite's parameters (CallSid, From, To, AccountSid…),
 * `customParameters` a Map of the caller's context.
 */
export class Call extends Emitter {
  static State = Object.freeze({ Pending: 'pending', Connecting: 'connecting', Ringing: 'ringing', Open: 'open', Reconnecting: 'reconnecting', Closed: 'closed' });
  static Direction = Object.freeze({ Incoming: 'INCOMING', Outgoing: 'OUTGOING' });

  #device;
  #status = Call.State.Pending;
  #reconnectToken = null;
  #muted = false;

  constructor(device, { direction, callSid, parameters, customParameters }) {
    super();
    this.#device = device;
    this.direction = direction;
    this._connectionId = callSid;
    this.parameters = parameters;
    this.customParameters = customParameters instanceof Map ? new Map(customParameters) : new Map(Object.entries(customParameters || {}));
  }

  /** The CallSid once the platform has named the call (an outgoing call has only a TJS… id until `ringing`). */
  get sid() { return this.parameters.CallSid || null; }
  status() { return this.#status; }
  isMuted() { return this.#muted; }

  accept() {
    if (this.direction !== Call.Direction.Incoming || this.#status !== Call.State.Pending) return;
    this.#device._send('answer', { callsid: this._connectionId, sdp: NO_MEDIA_SDP });
    this._setStatus(Call.State.Open);
    this._emit('accept', this);
  }

  reject() {
    if (this.direction !== Call.Direction.Incoming || this.#status !== Call.State.Pending) return;
    this.#device._send('reject', { callsid: this._connectionId });
    this.#finish('reject');
  }

  /** Stops ringing here without telling the platform (other devices keep ringing). */
  ignore() {
    if (this.#status !== Call.State.Pending) return;
    this.#finish('cancel');
  }

  disconnect() {
    if (this.#status === Call.State.Closed) return;
    if (this.#status === Call.State.Pending) return this.reject();
    this.#device._send('hangup', { callsid: this.sid || this._connectionId });
    this.#finish('disconnect');
  }

  /** Sends `0-9`, `*`, `#` (and `w`, a half-second pause) to the call. */
  sendDigits(digits) {
    if (!/^[0-9*#w]*$/.test(String(digits))) throw new VoiceError(31000, 'Illegal character passed into sendDigits');
    if (this.#status !== Call.State.Open) return;
    const sid = this.sid;
    let delay = 0;
    for (const d of String(digits)) {
      if (d === 'w') { delay += 500; continue; }
      setTimeout(() => this.#device._send('dtmf', { callsid: sid, dtmf: d }), delay);
    }
  }

  /** There is no audio to mute yet; the flag and the event are kept for applications' UIs. */
  mute(shouldMute = true) { if (this.#muted !== !!shouldMute) { this.#muted = !!shouldMute; this._emit('mute', this.#muted, this); } }

  // ---- frames from the platform ------------------------------------------------------------

  _onFrame(type, p) {
    switch (type) {
      case 'ringing':
        this.#nameCall(p.callsid);
        if (this.#status === Call.State.Connecting) { this._setStatus(Call.State.Ringing); this._emit('ringing', false); }
        return;
      case 'answer':
        this.#nameCall(p.callsid);
        if (typeof p.reconnect === 'string') this.#reconnectToken = p.reconnect;
        if (this.#status === Call.State.Reconnecting) { this._setStatus(Call.State.Open); this._emit('reconnected'); return; }
        if (this.#status === Call.State.Connecting || this.#status === Call.State.Ringing) { this._setStatus(Call.State.Open); this._emit('accept', this); }
        return;
      case 'cancel':
        if (this.#status === Call.State.Pending) this.#finish('cancel');
        return;
      case 'hangup':
        if (p.error) this._emit('error', new VoiceError(Number(p.error.code) || 31005, p.error.message || 'Error sent from gateway in HANGUP'));
        this.#finish('disconnect');
        return;
      default:
    }
  }

  _onTransportLost() {
    if (this.#status === Call.State.Pending || !this.#reconnectToken) {
      this._closeRemotely(new VoiceError(31005, 'Connection with the platform was interrupted'));
      return;
    }
    this._setStatus(Call.State.Reconnecting);
    this._emit('reconnecting', new VoiceError(53001, 'Signaling connection disconnected'));
  }

  _onTransportBack() {
    if (this.#status !== Call.State.Reconnecting) return;
    this.#device._send('invite', { callsid: this.sid, sdp: NO_MEDIA_SDP, reconnect: this.#reconnectToken, twilio: {} });
  }

  _closeRemotely(error) {
    if (this.#status === Call.State.Closed) return;
    this._emit('error', error);
    this.#finish(this.#status === Call.State.Pending ? 'cancel' : 'disconnect');
  }

  _setStatus(s) { this.#status = s; }

  #nameCall(sid) {
    if (!sid || sid === this.parameters.CallSid) return;
    this.parameters = { ...this.parameters, CallSid: sid };
    this.#device._alias(sid, this);
  }

  #finish(event) {
    this._setStatus(Call.State.Closed);
    this.#device._forget(this);
    this._emit(event, this);
  }
}
