// The agent softphone served at /softphone/: signs in with an access token, shows an incoming
// caller's context (the call's customParameters), and accepts, rejects, hangs up and places calls.
import { Device, Call } from '../sdk/switchboard-voice.js';

const $ = id => document.getElementById(id);
let device = null;
let ringing = null;   // the incoming call shown in the panel
let active = null;    // the call in progress

function log(text) {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  $('log').prepend(li);
}

function fillContext(tbody, params) {
  tbody.replaceChildren(...[...params].map(([name, value]) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th'); th.textContent = name;
    const td = document.createElement('td'); td.textContent = value;
    tr.dataset.param = name;
    tr.append(th, td);
    return tr;
  }));
}

function showDeviceState() {
  $('device-state').textContent = device ? device.state : 'offline';
  $('identity').textContent = device?.identity ? `client:${device.identity}` : 'not signed in';
}

function showIncoming(call) {
  ringing = call;
  $('incoming-from').textContent = call.parameters.From || 'unknown caller';
  $('incoming-to').textContent = call.parameters.To || '';
  $('incoming-sid').textContent = call.sid || '';
  fillContext($('incoming-context'), call.customParameters);
  $('incoming-no-context').hidden = call.customParameters.size > 0;
  $('incoming').hidden = false;
}

function hideIncoming(call) {
  if (ringing !== call) return;
  ringing = null;
  $('incoming').hidden = true;
}

function showActive(call) {
  active = call;
  $('active-with').textContent = call.direction === Call.Direction.Incoming ? (call.parameters.From || '') : ($('call-to').value || 'your application');
  $('active-sid').textContent = call.sid || '';
  fillContext($('active-context'), call.customParameters);
  $('call-status').textContent = call.status();
  $('active').hidden = false;
  $('dialer').hidden = true;
}

function hideActive(call) {
  if (active !== call) return;
  active = null;
  $('active').hidden = true;
  $('dialer').hidden = false;
}

function watch(call) {
  const status = () => { if (active === call) { $('call-status').textContent = call.status(); $('active-sid').textContent = call.sid || ''; } };
  call.on('ringing', () => { log('ringing'); status(); });
  call.on('accept', () => { log(`connected ${call.sid || ''}`); status(); });
  call.on('reconnecting', () => { log('reconnecting…'); status(); });
  call.on('reconnected', () => { log('reconnected'); status(); });
  call.on('cancel', () => { log('caller hung up before answer'); hideIncoming(call); });
  call.on('reject', () => { log('rejected'); hideIncoming(call); });
  call.on('disconnect', () => { log('call ended'); hideIncoming(call); hideActive(call); });
  call.on('error', e => log(`call error ${e.code}: ${e.description}`));
}

async function goOnline(token) {
  device?.destroy();
  device = new Device(token);
  device.on('registered', () => { log('ready for calls'); showDeviceState(); });
  device.on('registering', showDeviceState);
  device.on('unregistered', showDeviceState);
  device.on('error', e => { log(`error ${e.code}: ${e.description}`); showDeviceState(); });
  device.on('tokenWillExpire', async () => {
    const tokenUrl = new URLSearchParams(location.search).get('tokenUrl');
    if (!tokenUrl) { log('the access token expires soon: sign in again with a fresh one'); return; }
    try { device.updateToken(await fetchToken(tokenUrl)); log('access token renewed'); }
    catch (e) { log(`could not renew the access token: ${e.message}`); }
  });
  device.on('incoming', call => {
    log(`incoming call from ${call.parameters.From || 'unknown'}`);
    watch(call);
    if (active || ringing) { call.ignore(); log('busy: ignored'); return; }
    showIncoming(call);
  });
  try {
    await device.register();
    $('sign-in').hidden = true;
    $('dialer').hidden = false;
  } catch (e) {
    log(`could not go online: ${e.code}: ${e.description || e.message}`);
  }
  showDeviceState();
}

function parseParams(text) {
  const params = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) params[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return params;
}

$('token-form').addEventListener('submit', ev => { ev.preventDefault(); goOnline($('token').value.trim()); });
$('sandbox-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const form = new URLSearchParams({ Identity: $('sandbox-identity').value.trim() });
  if ($('sandbox-app').value.trim()) form.set('OutgoingApplicationSid', $('sandbox-app').value.trim());
  const auth = btoa(`${$('sandbox-account').value.trim()}:${$('sandbox-auth').value}`);
  try {
    const res = await fetch('/sandbox/AccessTokens.json', { method: 'POST', body: form, headers: { Authorization: `Basic ${auth}` } });
    const body = await res.json();
    if (!res.ok) { log(`could not get a sandbox token: ${body.code}: ${body.message}`); return; }
    $('token').value = body.token;
    goOnline(body.token);
  } catch (e) { log(`could not get a sandbox token: ${e.message}`); }
});
$('accept').addEventListener('click', () => { const call = ringing; if (!call) return; hideIncoming(call); call.accept(); showActive(call); });
$('reject').addEventListener('click', () => ringing?.reject());
$('hangup').addEventListener('click', () => active?.disconnect());
$('digits-form').addEventListener('submit', ev => {
  ev.preventDefault();
  try { active?.sendDigits($('digits').value); log(`sent digits ${$('digits').value}`); $('digits').value = ''; } catch (e) { log(e.message); }
});
$('call-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  if (!device || active) return;
  const params = parseParams($('call-params').value);
  const to = $('call-to').value.trim();
  if (to) params.To = to;
  try {
    const call = await device.connect({ params });
    watch(call);
    showActive(call);
    log(`calling ${to || 'your application'}`);
  } catch (e) { log(`could not call: ${e.code}: ${e.description || e.message}`); }
});

async function tokenFromAddress() {
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('token')) return hash.get('token');
  const tokenUrl = new URLSearchParams(location.search).get('tokenUrl');
  return tokenUrl ? fetchToken(tokenUrl) : null;
}

/** Your app's token endpoint: JSON {token} or the token as plain text (it must allow this origin, CORS). */
async function fetchToken(tokenUrl) {
  const res = await fetch(tokenUrl);
  if (!res.ok) throw new Error(`${tokenUrl} answered ${res.status}`);
  const text = await res.text();
  try { return JSON.parse(text).token; } catch { return text.trim(); }
}

// The SDK takes the device offline when the page is hidden into the back-forward cache or frozen, and
// back online when the page returns; the log tells the agent why the badge changed.
// (A page restored from the cache gets resume first, then pageshow; one hidden into it, pagehide then freeze.)
let away = false;
const leave = why => { if (device && !away) { away = true; log(`${why}: offline, calls ended`); } };
const back = () => { if (device && away) { away = false; log('page is back: going online again'); } };
window.addEventListener('pagehide', ev => { if (ev.persisted) leave('page left'); });
document.addEventListener('freeze', () => leave('page frozen'));
window.addEventListener('pageshow', ev => { if (ev.persisted) back(); });
document.addEventListener('resume', back);

tokenFromAddress().then(token => {
  if (token) { $('token').value = token; goOnline(token); }
}, e => log(`could not fetch a token: ${e.message}`));
showDeviceState();
window.softphone = { get device() { return device; } };
