/*
 * Meridian's chat widget: vanilla JavaScript in a shadow root, so the shop's CSS cannot reach it nor it the shop's.
 * The server wraps this file as (function (T, C) { ... })(texts, config): T holds the texts in the visitor's
 * language, C the Meridian base URL, brand and limits. Transport: a WebSocket, or server-sent events plus POST
 * when the script tag says data-transport="sse" or the socket cannot open. Every message carries a client id and
 * waits in an outbox (kept in localStorage) until the server has stored it, so a resend after a drop is stored once;
 * on every (re)connect the widget asks for what it missed.
 */
'use strict';
var script = document.currentScript;
var forceSse = script && script.getAttribute('data-transport') === 'sse';
var KEY = 'meridian-chat:' + C.brand;
var state = load();
var socket = null, source = null, connected = false, wsFailures = 0, retry = 1000, retryTimer = null;
var shown = {}, byClient = {}, unread = 0, typingTimer = null, typingSentAt = 0;
var available = true, started = false;

function load() {
  try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
}
function save() {
  try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: this page only */ }
}
state.outbox = state.outbox || [];
state.lastId = state.lastId || 0;

function newId() {
  var bytes = new Uint8Array(16);
  (window.crypto || window.msCrypto).getRandomValues(bytes);
  return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
}
function q(extra) {
  return '?brand=' + encodeURIComponent(C.brand) + '&token=' + encodeURIComponent(state.token || '') + (extra || '');
}

/* ---------- DOM ---------- */

var host = document.createElement('div');
host.setAttribute('data-meridian-chat', '');
var root = host.attachShadow({ mode: 'open' });
root.innerHTML = '<style>' +
  ':host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif}' +
  '.launch{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;background:#3546d6;color:#fff;font-size:15px;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.25)}' +
  '.badge{display:inline-block;min-width:18px;margin-left:6px;border-radius:9px;background:#e5484d;font-size:12px;padding:1px 5px}' +
  '.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:360px;max-width:calc(100vw - 24px);height:520px;max-height:calc(100vh - 40px);display:flex;flex-direction:column;background:#fff;color:#1c2024;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.3);overflow:hidden;font-size:14px}' +
  '.panel[hidden],.launch[hidden],[hidden]{display:none!important}' +
  'header{display:flex;align-items:center;gap:8px;padding:14px 16px;background:#3546d6;color:#fff}header b{flex:1;font-size:16px}' +
  'header button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer;line-height:1}' +
  '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f7f9}' +
  '.msg{max-width:80%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word;line-height:1.4}' +
  '.visitor{align-self:flex-end;background:#3546d6;color:#fff;border-bottom-right-radius:4px}' +
  '.agent{align-self:flex-start;background:#fff;border:1px solid #e3e5e8;border-bottom-left-radius:4px}' +
  '.who{display:block;font-size:11px;opacity:.7;margin-bottom:2px}.file{display:block;font-size:12px;opacity:.85}' +
  '.pending{opacity:.6}.failed{outline:2px solid #e5484d;cursor:pointer}' +
  '.note{font-size:12px;color:#60646c;padding:0 14px 6px}.status{background:#fff4d6;color:#5c4400;font-size:12px;padding:6px 14px}' +
  'form{display:flex;flex-direction:column;gap:8px;padding:12px;border-top:1px solid #e3e5e8;background:#fff}' +
  '.row{display:flex;gap:6px;align-items:flex-end}textarea,input{width:100%;border:1px solid #cdd0d5;border-radius:8px;padding:8px;font-size:14px;color:#1c2024;background:#fff}' +
  'textarea{resize:none;height:44px}button.primary{border:0;border-radius:8px;background:#3546d6;color:#fff;padding:10px 14px;font-size:14px;cursor:pointer}' +
  'button.icon{border:1px solid #cdd0d5;background:#fff;border-radius:8px;padding:9px 10px;cursor:pointer;font-size:14px}' +
  '.intro{padding:14px;color:#1c2024}.intro p{margin:0 0 8px}.powered{font-size:11px;color:#8b8d98;text-align:center;padding:4px}' +
  '</style>' +
  '<button class="launch" part="launcher" type="button"><span class="open-text"></span><span class="badge" hidden></span></button>' +
  '<section class="panel" role="dialog" hidden>' +
  '<header><b class="title"></b><button type="button" class="close">\u00d7</button></header>' +
  '<div class="status" hidden></div>' +
  '<div class="log" aria-live="polite"></div>' +
  '<div class="note typing" hidden></div>' +
  '<form class="prechat" hidden><p class="intro-text"></p><input name="name" autocomplete="name"><input name="email" type="email" autocomplete="email"><button class="primary start" type="submit"></button></form>' +
  '<form class="offline" hidden><p class="offline-intro"></p><input name="name" autocomplete="name"><input name="email" type="email" required autocomplete="email"><textarea name="text" required></textarea><button class="primary offline-send" type="submit"></button></form>' +
  '<form class="composer" hidden><div class="row"><textarea name="text"></textarea><button type="button" class="icon attach">\ud83d\udcce</button><button class="primary send" type="submit"></button></div><input type="file" class="file-input" hidden></form>' +
  '<div class="powered"></div></section>';

function $(selector) { return root.querySelector(selector); }
var launch = $('.launch'), panel = $('.panel'), log = $('.log'), composer = $('.composer'), prechat = $('.prechat');
var offline = $('.offline'), typingNote = $('.typing'), status = $('.status'), badge = $('.badge');
var text = composer.elements.text;

$('.open-text').textContent = T.open;
$('.title').textContent = T.title;
$('.close').setAttribute('aria-label', T.close);
text.placeholder = T.placeholder;
$('.send').textContent = T.send;
$('.attach').title = T.attach;
$('.attach').setAttribute('aria-label', T.attach);
$('.intro-text').textContent = T.prechat_intro;
prechat.elements.name.placeholder = T.name;
prechat.elements.email.placeholder = T.email;
$('.start').textContent = T.start;
$('.offline-intro').textContent = T.offline_intro;
offline.elements.name.placeholder = T.name;
offline.elements.email.placeholder = T.email;
offline.elements.text.placeholder = T.placeholder;
$('.offline-send').textContent = T.offline_send;
$('.powered').textContent = T.powered;
panel.setAttribute('aria-label', T.title);

launch.addEventListener('click', function () { toggle(true); });
$('.close').addEventListener('click', function () { toggle(false); });

function toggle(open) {
  panel.hidden = !open;
  launch.hidden = open;
  state.open = open;
  save();
  if (open) {
    unread = 0;
    badge.hidden = true;
    chooseView();
    log.scrollTop = log.scrollHeight;
  }
}

function chooseView() {
  var talking = Object.keys(shown).length > 0 || state.outbox.length > 0;
  offline.hidden = true;
  prechat.hidden = true;
  composer.hidden = true;
  if (!talking && !available) {
    offline.hidden = false;
    addNote(T.offline_title);
  }
  else if (!talking && !state.introduced) {
    prechat.hidden = false;
    greet();
  }
  else {
    composer.hidden = false;
    greet();
  }
}

function greet() {
  if (!log.querySelector('.greeting')) {
    var g = bubble('agent', T.agent, T.greeting);
    g.classList.add('greeting');
    log.insertBefore(g, log.firstChild);
  }
}

function addNote(message) {
  var n = document.createElement('div');
  n.className = 'note';
  n.textContent = message;
  log.appendChild(n);
}

function bubble(from, who, body, files) {
  var b = document.createElement('div');
  b.className = 'msg ' + from;
  var w = document.createElement('span');
  w.className = 'who';
  w.textContent = who;
  b.appendChild(w);
  b.appendChild(document.createTextNode(body || ''));
  (files || []).forEach(function (name) {
    var f = document.createElement('span');
    f.className = 'file';
    f.textContent = '\ud83d\udcce ' + name;
    b.appendChild(f);
  });
  return b;
}

/* Shows a stored message once, replacing the pending copy of the same client id. */
function show(m) {
  if (shown[m.id]) {
    return;
  }
  var el = bubble(m.from, m.from === 'visitor' ? T.you : m.name, m.text, m.files);
  el.setAttribute('data-id', m.id);
  var pending = m.clientId && byClient[m.clientId];
  if (pending && pending.parentNode) {
    pending.parentNode.replaceChild(el, pending);
  }
  else {
    log.appendChild(el);
  }
  shown[m.id] = el;
  if (m.clientId) {
    byClient[m.clientId] = el;
    state.outbox = state.outbox.filter(function (p) { return p.clientId !== m.clientId; });
  }
  if (+m.id > state.lastId) {
    state.lastId = +m.id;
  }
  save();
  if (m.from === 'agent') {
    typingNote.hidden = true;
    if (panel.hidden) {
      unread++;
      badge.textContent = unread;
      badge.hidden = false;
    }
  }
  log.scrollTop = log.scrollHeight;
}

function showPending(p) {
  if (byClient[p.clientId]) {
    return;
  }
  var el = bubble('visitor', T.you, p.text, p.fileName ? [p.fileName] : []);
  el.classList.add('pending');
  el.addEventListener('click', function () {
    if (el.classList.contains('failed')) {
      el.classList.remove('failed');
      flush();
    }
  });
  byClient[p.clientId] = el;
  log.appendChild(el);
  log.scrollTop = log.scrollHeight;
}

function setStatus(message) {
  status.textContent = message || '';
  status.hidden = !message;
}

/* ---------- Sending ---------- */

composer.addEventListener('submit', function (event) {
  event.preventDefault();
  var body = text.value.trim();
  if (!body) {
    return;
  }
  text.value = '';
  enqueue({ clientId: newId(), text: body });
});
text.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    composer.requestSubmit ? composer.requestSubmit() : composer.dispatchEvent(new Event('submit'));
  }
});
text.addEventListener('input', function () {
  var now = Date.now();
  if (now - typingSentAt > 2500 && state.token && Object.keys(shown).length > 0) {
    typingSentAt = now;
    if (socket && socket.readyState === 1) {
      socket.send(JSON.stringify({ type: 'typing' }));
    }
    else {
      post('/widget/api/typing' + q(), null).catch(function () {});
    }
  }
});
$('.attach').addEventListener('click', function () { $('.file-input').click(); });
$('.file-input').addEventListener('change', function (event) {
  var file = event.target.files[0];
  event.target.value = '';
  if (!file) {
    return;
  }
  if (file.size > C.maxFile) {
    addNote(T.failed);
    return;
  }
  upload({ clientId: newId(), text: text.value.trim(), fileName: file.name }, file);
  text.value = '';
});

prechat.addEventListener('submit', function (event) {
  event.preventDefault();
  state.name = prechat.elements.name.value.trim();
  state.email = prechat.elements.email.value.trim();
  state.introduced = true;
  save();
  chooseView();
  text.focus();
});

offline.addEventListener('submit', function (event) {
  event.preventDefault();
  var email = offline.elements.email.value.trim();
  var body = { clientId: state.offlineId || (state.offlineId = newId()), email: email,
    name: offline.elements.name.value.trim() || null, text: offline.elements.text.value.trim() };
  save();
  post('/widget/api/offline' + q(), body).then(function () {
    offline.hidden = true;
    state.offlineId = null;
    save();
    addNote(T.offline_sent.replace('{0}', email));
  }).catch(function () { addNote(T.failed); });
});

function enqueue(p) {
  state.introduced = true;
  state.outbox.push(p);
  save();
  showPending(p);
  sendOne(p);
}

function flush() {
  state.outbox.forEach(sendOne);
}

function sendOne(p) {
  var frame = { clientId: p.clientId, text: p.text, name: state.name || null, email: state.email || null };
  if (socket && socket.readyState === 1) {
    frame.type = 'message';
    socket.send(JSON.stringify(frame));
    return;
  }
  if (!source || !connected) {
    return; // sent on reconnect
  }
  post('/widget/api/messages' + q(), frame).then(show).catch(function (e) { failed(p, e, e.retryAfter); });
}

function upload(p, file) {
  showPending(p);
  var form = new FormData();
  form.append('clientId', p.clientId);
  if (p.text) {
    form.append('text', p.text);
  }
  if (state.name) {
    form.append('name', state.name);
  }
  if (state.email) {
    form.append('email', state.email);
  }
  form.append('file', file);
  fetch(C.base + '/widget/api/messages' + q(), { method: 'POST', body: form })
    .then(answer).then(show).catch(function (e) { failed(p, e); });
}

/* A message the server refused or could not store stays in the outbox, marked; a click resends it, and so does
   the widget itself when the server said when to try again (rate limit, a passing failure). */
function failed(p, e, retryAfter) {
  var el = byClient[p.clientId];
  if (el && e && e.status) {
    el.classList.add('failed');
    el.title = e.status === 429 ? T.too_fast : T.failed;
  }
  if (retryAfter > 0) {
    setTimeout(function () {
      var waiting = state.outbox.filter(function (o) { return o.clientId === p.clientId; })[0];
      if (waiting) {
        if (el) {
          el.classList.remove('failed');
        }
        sendOne(waiting);
      }
    }, retryAfter * 1000);
  }
}

function answer(response) {
  if (!response.ok) {
    var error = new Error('HTTP ' + response.status);
    error.status = response.status;
    error.retryAfter = +response.headers.get('Retry-After') || (response.status >= 500 ? 3 : 0);
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

function post(path, body) {
  return fetch(C.base + path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : '{}' }).then(answer);
}

/* ---------- Receiving ---------- */

function frame(data) {
  var f = typeof data === 'string' ? JSON.parse(data) : data;
  if (f.type === 'hello') {
    connected = true;
    retry = 1000;
    setStatus('');
    available = f.available;
    catchUp();
  }
  else if (f.type === 'message' || f.type === 'ack') {
    show(f.message);
  }
  else if (f.type === 'messages') {
    f.items.forEach(show);
    flush();
  }
  else if (f.type === 'typing') {
    typingNote.textContent = T.agent_typing;
    typingNote.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typingNote.hidden = true; }, 6000);
  }
  else if (f.type === 'error' && f.clientId) {
    failed({ clientId: f.clientId }, { status: f.code === 'chat.too_many_messages' ? 429 : f.retryAfter ? 503 : 400 },
      f.retryAfter);
  }
}

/* After a (re)connect: what the agents wrote meanwhile, then the visitor's messages still waiting. */
function catchUp() {
  if (socket && socket.readyState === 1) {
    socket.send(JSON.stringify({ type: 'sync', after: state.lastId }));
    return;
  }
  fetch(C.base + '/widget/api/messages' + q('&after=' + state.lastId)).then(answer).then(function (a) {
    a.items.forEach(show);
    flush();
  }).catch(function () {});
}

function connect() {
  clearTimeout(retryTimer);
  if (!navigator.onLine) {
    return;
  }
  if (!forceSse && wsFailures < 2 && window.WebSocket) {
    var opened = false;
    socket = new WebSocket(C.base.replace(/^http/, 'ws') + '/widget/ws' + q());
    socket.onopen = function () { opened = true; };
    socket.onmessage = function (event) { frame(event.data); };
    socket.onclose = function () {
      connected = false;
      socket = null;
      if (!opened) {
        wsFailures++;
      }
      reconnectLater();
    };
    return;
  }
  source = new EventSource(C.base + '/widget/api/events' + q());
  source.addEventListener('frame', function (event) { frame(event.data); });
  source.onerror = function () {
    connected = false;
    if (source.readyState === 2) {
      source = null;
      reconnectLater();
    }
    else {
      setStatus(T.reconnecting);
    }
  };
}

function reconnectLater() {
  setStatus(T.reconnecting);
  clearTimeout(retryTimer);
  retryTimer = setTimeout(connect, retry);
  retry = Math.min(retry * 2, 15000);
}

function disconnect() {
  connected = false;
  if (socket) {
    socket.onclose = null;
    socket.close();
    socket = null;
  }
  if (source) {
    source.close();
    source = null;
  }
}

window.addEventListener('offline', function () {
  disconnect();
  setStatus(T.reconnecting);
});
window.addEventListener('online', function () {
  retry = 1000;
  disconnect();
  connect();
});

/* ---------- Start ---------- */

function start() {
  if (started) {
    return;
  }
  started = true;
  document.body.appendChild(host);
  post('/widget/api/session?brand=' + encodeURIComponent(C.brand), { token: state.token || null }).then(function (s) {
    state.token = s.token;
    available = s.available;
    save();
    s.items.forEach(show);
    state.outbox.forEach(showPending);
    if (state.open) {
      toggle(true);
    }
    connect();
  }).catch(function () { setStatus(T.failed); });
}

window.MeridianChat = { open: function () { toggle(true); }, close: function () { toggle(false); } };
if (document.body) {
  start();
}
else {
  document.addEventListener('DOMContentLoaded', start);
}
