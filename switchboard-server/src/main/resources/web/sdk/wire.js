// Switchboard browser Voice SDK: what Device and Call share (switchboard-voice.js is the entry point):
// the invite Params codec, VoiceError, the event emitter and the placeholder SDP.

// Placeholder session description: Switchboard negotiates no media, but the protocol carries one.
export const NO_MEDIA_SDP = ['v=0', 'o=- 0 0 IN IP4 127.0.0.1', 's=-', 't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 0', 'c=IN IP4 0.0.0.0', 'a=mid:0', 'a=rtpmap:0 PCMU/8000', ''].join('\r\n');

/** `encodeURIComponent(key)=encodeURIComponent(value)` joined with `&`, as the Voice SDKs send params. */
export function encodeParams(params) {
  const entries = params instanceof Map ? [...params.entries()] : Object.entries(params || {});
  return entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v == null ? '' : String(v))}`).join('&');
}

/** The `Params` string of an invite as a Map: `+` is a space, keys and values percent-decoded, a later key wins. */
export function decodeParams(text) {
  const out = new Map();
  if (!text) return out;
  for (const pair of String(text).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
    if (key) out.set(key, value);
  }
  return out;
}

function decodeComponent(s) {
  const plus = s.replace(/\+/g, ' ');
  try { return decodeURIComponent(plus); } catch { return plus; }
}

/** An error reported by the platform or the transport: `code` as Twilio's SDK reports it, `signalCode` as sent. */
export class VoiceError extends Error {
  constructor(code, message, signalCode = code) {
    super(`${code}: ${message}`);
    this.name = 'VoiceError';
    this.code = code;
    this.signalCode = signalCode;
    this.description = message;
  }
}

export class Emitter {
  #listeners = new Map();
  on(event, fn) { (this.#listeners.get(event) || this.#listeners.set(event, new Set()).get(event)).add(fn); return this; }
  once(event, fn) { const w = (...a) => { this.off(event, w); fn(...a); }; return this.on(event, w); }
  off(event, fn) { this.#listeners.get(event)?.delete(fn); return this; }
  removeAllListeners(event) { event ? this.#listeners.delete(event) : this.#listeners.clear(); return this; }
  _emit(event, ...args) {
    for (const fn of [...(this.#listeners.get(event) || [])]) {
      try { fn(...args); } catch (e) { setTimeout(() => { throw e; }); }
    }
  }
}
