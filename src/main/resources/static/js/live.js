/*
 * The workspace's live connection (server-sent events from /live/events): the ticket list refetches itself when
 * tickets are opened, assigned or change status; the open ticket appends new messages and refreshes its header
 * and fields; it shows who else has the ticket open and who is typing a reply. After a dropped connection it
 * refetches what it may have missed. Texts come from data attributes on #live (message bundle messages/live).
 */
(function () {
  'use strict';

  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const root = $('#live');
  if (!root || !window.EventSource) {
    return;
  }
  const me = root.dataset.agent;
  const texts = root.dataset;

  function openTicketId() {
    const pane = $('#ticket-pane [data-ticket-id]');
    return pane ? pane.dataset.ticketId : null;
  }

  function csrfHeaders() {
    const token = $('meta[name="_csrf"]');
    const header = $('meta[name="_csrf_header"]');
    return token && header ? { [header.content]: token.content } : {};
  }

  function later(fn, ms) {
    let timer = null;
    return () => {
      if (timer === null) {
        timer = setTimeout(() => { timer = null; fn(); }, ms);
      }
    };
  }

  /*
   * One refetch at a time; a change that arrives while one runs gets another refetch after it, since the running
   * one may have read the database before that change committed.
   */
  function oneAtATime(fetcher) {
    let busy = false;
    let again = false;
    const run = () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      Promise.resolve(fetcher()).catch(() => {}).finally(() => {
        busy = false;
        if (again) {
          again = false;
          run();
        }
      });
    };
    return run;
  }

  /* ---------- The ticket list: refetch the rows and counts as the filters stand ---------- */

  const refreshList = later(oneAtATime(() => {
    const list = $('#ticket-list');
    const filters = $('#filters');
    if (!list || !filters || !window.htmx) {
      return null;
    }
    const query = new URLSearchParams(new FormData(filters)).toString();
    return window.htmx.ajax('GET', filters.getAttribute('action') + '?' + query,
      { target: '#ticket-list', swap: 'outerHTML' });
  }), 250);

  /* ---------- The open ticket: append what is new, refresh the header and fields ---------- */

  const refreshTicket = later(oneAtATime(() => {
    const id = openTicketId();
    if (!id) {
      return null;
    }
    return fetch('/tickets/' + id, { headers: { 'HX-Request': 'true', 'HX-Target': 'ticket-pane' }, credentials: 'same-origin' })
      .then((response) => response.ok ? response.text() : Promise.reject(response.status))
      .then((html) => {
        if (openTicketId() !== id) {
          return;
        }
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        const conversation = $('#conversation');
        let appended = false;
        $$('#conversation > article.msg', fresh).forEach((article) => {
          if (conversation && !document.getElementById(article.id)) {
            const node = document.importNode(article, true);
            node.classList.add('msg-new');
            conversation.appendChild(node);
            if (window.htmx) {
              window.htmx.process(node);
            }
            appended = true;
          }
        });
        ['#ticket-head', '#ticket-props'].forEach((selector) => {
          const current = $(selector);
          const next = $(selector, fresh);
          if (current && next && !current.contains(document.activeElement)) {
            const node = document.importNode(next, true);
            current.replaceWith(node);
            if (window.htmx) {
              window.htmx.process(node);
            }
          }
        });
        if (appended && conversation) {
          conversation.scrollTop = conversation.scrollHeight;
          setTimeout(() => $$('.msg-new', conversation).forEach((m) => m.classList.remove('msg-new')), 1700);
        }
      })
      .catch(() => {});
  }), 150);

  /* A reply's own htmx answer and its live event may both bring the message: keep the first. */
  function dropDuplicateMessages() {
    const seen = new Set();
    $$('#conversation > article.msg').forEach((article) => {
      if (seen.has(article.id)) {
        article.remove();
      }
      seen.add(article.id);
    });
  }

  /* ---------- Who else is here ---------- */

  let viewing = null;

  function viewersBox() {
    let box = $('#live-viewers');
    const composer = $('#composer') || $('#conversation');
    if (!box && composer) {
      box = document.createElement('div');
      box.id = 'live-viewers';
      box.className = 'live-viewers small';
      box.setAttribute('aria-live', 'polite');
      composer.parentNode.insertBefore(box, composer);
    }
    return box;
  }

  let lastViewers = [];
  let customerTypingUntil = 0;

  function showViewers(list) {
    lastViewers = list;
    const box = viewersBox();
    if (!box) {
      return;
    }
    const others = list.filter((v) => v.agent !== me);
    const typing = others.filter((v) => v.typing).map((v) => v.name);
    const names = others.map((v) => v.name);
    box.replaceChildren();
    box.hidden = names.length === 0;
    if (names.length > 0) {
      box.append(line('live-viewing', 'bi-eye', texts.msgViewing, names));
    }
    if (typing.length > 0) {
      box.append(line('live-typing ms-2', 'bi-pencil', texts.msgTyping, typing));
    }
    if (Date.now() < customerTypingUntil) {
      box.hidden = false;
      box.append(line('live-typing live-customer-typing ms-2', 'bi-chat-dots', texts.msgCustomerTyping, []));
    }
  }

  function customerTyping() {
    customerTypingUntil = Date.now() + 6000;
    showViewers(lastViewers);
    setTimeout(() => showViewers(lastViewers), 6100);
  }

  /* ---------- New chats for me: a browser notification and a short sound ---------- */

  const notified = new Set();

  function newChatForMe(data) {
    if (data.channel !== 'chat' || data.assignee !== me || notified.has(data.ticket)) {
      return;
    }
    const assigned = data.change === 'opened' || (data.detail || '').split(',').includes('assignee');
    if (!assigned) {
      return;
    }
    notified.add(data.ticket);
    root.dataset.lastChat = data.ticket;
    root.dataset.newChats = String(notified.size);
    chime();
    const title = texts.msgNewChat.replace('{0}', '#' + (data.number || data.ticket));
    if (window.Notification && Notification.permission === 'granted') {
      const note = new Notification(title, { tag: 'meridian-chat-' + data.ticket });
      note.onclick = () => {
        window.focus();
        window.location.assign('/tickets/' + data.ticket);
      };
    }
  }

  function chime() {
    try {
      const Audio = window.AudioContext || window.webkitAudioContext;
      const audio = new Audio();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
      root.dataset.chimes = String(parseInt(root.dataset.chimes || '0', 10) + 1);
    } catch (e) {
      // no audio here: the notification is enough
    }
  }

  /* Browsers allow the permission prompt only after a gesture: ask on the agent's first click. */
  document.addEventListener('click', () => {
    if (window.Notification && Notification.permission === 'default') {
      Notification.requestPermission();
    }
  }, { once: true });

  function line(className, icon, text, names) {
    const span = document.createElement('span');
    span.className = className;
    span.innerHTML = '<i class="bi ' + icon + '" aria-hidden="true"></i> ';
    span.append(text.replace('{0}', names.join(', ')));
    return span;
  }

  function announce(ticket, state) {
    return fetch('/live/tickets/' + ticket + '/viewing?state=' + state,
      { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', keepalive: state === 'leave' })
      .catch(() => {});
  }

  function syncViewing() {
    const id = openTicketId();
    if (id === viewing) {
      return;
    }
    if (viewing) {
      announce(viewing, 'leave');
    }
    viewing = id;
    if (id) {
      announce(id, 'view');
    }
  }

  setInterval(() => {
    if (viewing && document.visibilityState === 'visible') {
      announce(viewing, 'view');
    }
  }, 15000);
  window.addEventListener('pagehide', () => {
    if (viewing) {
      announce(viewing, 'leave');
    }
  });

  let typingSentAt = 0;
  let idleTimer = null;
  document.addEventListener('input', (event) => {
    if (event.target.id !== 'composer-body' || !viewing) {
      return;
    }
    const now = Date.now();
    if (now - typingSentAt > 2500) {
      typingSentAt = now;
      announce(viewing, 'typing');
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      typingSentAt = 0;
      if (viewing) {
        announce(viewing, 'idle');
      }
    }, 4000);
  });

  /* ---------- The stream ---------- */

  let connectedBefore = false;
  const source = new EventSource('/live/events');
  source.addEventListener('hello', () => {
    root.dataset.state = 'connected';
    if (connectedBefore) {
      // Back after a drop: fetch what happened meanwhile, and say again which ticket is open.
      refreshList();
      refreshTicket();
      if (viewing) {
        announce(viewing, 'view');
      }
    }
    connectedBefore = true;
  });
  source.addEventListener('error', () => { root.dataset.state = 'reconnecting'; });
  source.addEventListener('ticket', (event) => {
    refreshList();
    newChatForMe(JSON.parse(event.data));
  });
  source.addEventListener('visitor-typing', (event) => {
    if (JSON.parse(event.data).ticket === openTicketId()) {
      customerTyping();
    }
  });
  source.addEventListener('ticket', (event) => {
    const data = JSON.parse(event.data);
    if (data.ticket === openTicketId()) {
      refreshTicket();
    }
  });
  source.addEventListener('message', (event) => {
    const data = JSON.parse(event.data);
    if (data.ticket === openTicketId()) {
      refreshTicket();
    }
  });
  source.addEventListener('viewers', (event) => {
    const data = JSON.parse(event.data);
    if (data.ticket === openTicketId()) {
      showViewers(data.viewers);
    }
  });
  window.addEventListener('pagehide', () => source.close());

  document.addEventListener('htmx:afterSettle', () => {
    dropDuplicateMessages();
    syncViewing();
  });
  syncViewing();
})();
