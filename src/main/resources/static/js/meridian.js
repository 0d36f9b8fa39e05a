/*
 * Meridian's small client: CSRF for htmx, alerts for refused changes, workspace state, the composer and the
 * keyboard shortcuts (? shows them). Everything else is server-rendered HTML swapped in by htmx.
 */
(function () {
  'use strict';

  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  /* ---------- htmx: CSRF, refused changes, lost sessions, network errors ---------- */

  document.addEventListener('htmx:configRequest', (event) => {
    const token = $('meta[name="_csrf"]');
    const header = $('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  document.addEventListener('htmx:beforeSwap', (event) => {
    const xhr = event.detail.xhr;
    if (xhr.responseURL && new URL(xhr.responseURL).pathname.endsWith('/login')) {
      // The session ended: htmx followed the redirect to the sign-in page. Show it as a page, not a fragment.
      event.detail.shouldSwap = false;
      window.location.assign(xhr.responseURL);
      return;
    }
    if (xhr.getResponseHeader('X-Meridian-Alert')) {
      // A refused change: the server sent an alert for #flash with the real status code. Show it.
      event.detail.shouldSwap = true;
    }
  });

  document.addEventListener('htmx:responseError', (event) => {
    if (!event.detail.xhr.getResponseHeader('X-Meridian-Alert')) {
      alertBox(document.body.dataset.msgFailed);
    }
  });
  document.addEventListener('htmx:sendError', () => alertBox(document.body.dataset.msgOffline));

  function alertBox(text) {
    const flash = $('#flash');
    if (!flash || !text) {
      return;
    }
    const box = document.createElement('div');
    box.className = 'alert alert-danger alert-dismissible shadow-sm d-flex align-items-start gap-2 mb-2';
    box.setAttribute('role', 'alert');
    box.innerHTML = '<i class="bi bi-exclamation-triangle-fill mt-1" aria-hidden="true"></i><div class="me-3"></div>'
      + '<button type="button" class="btn-close" data-bs-dismiss="alert"></button>';
    box.querySelector('div').textContent = text;
    box.querySelector('.btn-close').setAttribute('aria-label', document.body.dataset.msgClose || 'Close');
    flash.replaceChildren(box);
  }

  /* Success notes dismiss themselves; errors stay until closed. */
  function autoDismiss(root) {
    $$('[data-autodismiss]', root).forEach((box) => {
      if (box.dataset.dismissing) {
        return;
      }
      box.dataset.dismissing = 'true';
      setTimeout(() => box.remove(), parseInt(box.dataset.autodismiss, 10) || 3000);
    });
  }

  /* ---------- Workspace: which ticket is open ---------- */

  function openTicketId() {
    const pane = $('#ticket-pane [data-ticket-id]');
    return pane ? pane.dataset.ticketId : null;
  }

  /* The row the agent just chose while its ticket is on its way to the pane: a live list refresh that
     settles in between must keep the marker there, or the next j/k starts from the previous ticket. */
  let chosenTicket = null;

  function syncWorkspace() {
    const workspace = $('.workspace');
    const id = openTicketId();
    if (workspace) {
      workspace.classList.toggle('has-ticket', id !== null);
    }
    const marked = chosenTicket || id;
    $$('.ticket-row').forEach((row) => row.classList.toggle('active', row.dataset.ticketId === marked));
    // On narrow screens the views are a scrolling row of tabs: keep the chosen one in sight.
    const views = $('#views');
    const active = $('#views .view-link.active');
    if (views && active && views.scrollWidth > views.clientWidth) {
      views.scrollLeft = Math.max(0, active.offsetLeft - views.offsetLeft - 8);
    }
  }

  function scrollConversationToEnd() {
    const conversation = $('#conversation');
    if (conversation) {
      conversation.scrollTop = conversation.scrollHeight;
    }
  }

  document.addEventListener('htmx:afterSettle', (event) => {
    if (event.detail.target && event.detail.target.id === 'ticket-pane') {
      chosenTicket = null;
    }
    syncWorkspace();
    autoDismiss(document);
    if (event.detail.target && event.detail.target.id === 'ticket-pane') {
      scrollConversationToEnd();
      const title = $('#ticket-pane .ticket-subject');
      const number = $('#ticket-pane .ticket-kicker .fw-semibold');
      if (title && number) {
        document.title = number.textContent + ' ' + title.textContent + ' · Meridian';
      }
    }
    const fresh = $('.msg-new');
    if (fresh) {
      fresh.scrollIntoView({ block: 'nearest' });
      setTimeout(() => fresh.classList.remove('msg-new'), 1700);
    }
    composerState();
  });

  document.addEventListener('click', (event) => {
    const row = event.target.closest('.ticket-row');
    if (row && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      $$('.ticket-row.active').forEach((r) => r.classList.remove('active'));
      row.classList.add('active');
      chosenTicket = row.dataset.ticketId;
    }
    if (event.target.closest('[data-action="back"]')) {
      event.preventDefault();
      history.back();
    }
  });

  /* The language switch comes back to the page the agent is on, also after htmx changed the address. */
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.classList && form.classList.contains('js-back')) {
      const back = form.querySelector('input[name="back"]');
      if (back) {
        back.value = window.location.pathname + window.location.search;
      }
    }
  });

  /* ---------- Composer ---------- */

  function composerState() {
    const body = $('#composer-body');
    if (!body) {
      return;
    }
    const note = $('#kind-note');
    const isNote = note && note.checked;
    body.placeholder = isNote ? body.dataset.placeholderNote : body.dataset.placeholderReply;
  }

  document.addEventListener('change', (event) => {
    if (event.target.name === 'kind' && event.target.closest('#composer')) {
      composerState();
    }
    if (event.target.id === 'composer-files') {
      const names = Array.from(event.target.files).map((f) => f.name).join(', ');
      const label = $('#composer .file-names');
      if (label) {
        label.textContent = names;
      }
    }
  });

  function compose(kind) {
    const radio = $('#kind-' + kind);
    const body = $('#composer-body');
    if (!radio || !body) {
      return false;
    }
    radio.checked = true;
    composerState();
    body.focus();
    return true;
  }

  /* ---------- Macros: the composer's picker ---------- */

  /* Puts text into the reply: replaces an empty draft, else goes after it, and leaves the cursor at its end. */
  function insertIntoReply(body, text) {
    if (!text) {
      return;
    }
    compose('reply');
    body.value = body.value.trim() ? body.value.replace(/\s+$/, '') + '\n\n' + text : text;
    body.focus();
    body.setSelectionRange(body.value.length, body.value.length);
  }

  /* Puts the reply of an applied macro into the composer. */
  function macroApplied(result) {
    const applied = result.querySelector('.macro-applied');
    const body = $('#composer-body');
    if (!applied || !body) {
      return;
    }
    insertIntoReply(body, applied.dataset.body || '');
    const id = openTicketId();
    if (applied.dataset.changed === 'true' && id && window.htmx) {
      // The macro changed fields: an empty fields post answers the fresh header, fields and list row.
      window.htmx.ajax('POST', '/tickets/' + id + '/fields', { swap: 'none' });
    }
    result.replaceChildren();
  }

  document.addEventListener('htmx:afterSwap', (event) => {
    const target = event.detail.target;
    if (target && target.id === 'macro-result') {
      macroApplied(target);
    }
    if (target && target.id === 'macro-menu') {
      const search = $('.macro-search', target);
      if (search) {
        search.focus();
      }
    }
  });

  document.addEventListener('input', (event) => {
    if (event.target.classList && event.target.classList.contains('macro-search')) {
      // Every typed word must occur in the name, in any order: "refund de" finds "DE refund (partial)".
      const words = event.target.value.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
      $$('.macro-item', event.target.closest('.macro-menu')).forEach((item) => {
        const name = item.dataset.name || '';
        item.classList.toggle('d-none', !words.every((w) => name.includes(w)));
      });
    }
  });

  document.addEventListener('keydown', (event) => {
    // Enter in the picker's search applies the first macro still shown.
    if (event.key === 'Enter' && event.target.classList && event.target.classList.contains('macro-search')) {
      event.preventDefault();
      const first = $$('.macro-item', event.target.closest('.macro-menu')).find((item) => !item.classList.contains('d-none'));
      if (first) {
        first.click();
        const toggle = $('[data-shortcut="macros"]');
        if (toggle && window.bootstrap) {
          window.bootstrap.Dropdown.getOrCreateInstance(toggle).hide();
        }
      }
    }
  });

  /* ---------- Knowledge: the composer's article picker ---------- */

  /* Puts an article's text (or a public article's link) into the reply: replaces an empty draft, else goes after it. */
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('.article-insert');
    const body = $('#composer-body');
    if (!button || !body) {
      return;
    }
    insertIntoReply(body, button.dataset.text || '');
    const toggle = $('[data-shortcut="articles"]');
    if (toggle && window.bootstrap) {
      window.bootstrap.Dropdown.getOrCreateInstance(toggle).hide();
    }
  });

  document.addEventListener('keydown', (event) => {
    // The picker sits inside the composer's form: Enter in its search inserts the first article, never sends the reply.
    if (event.key === 'Enter' && event.target.classList && event.target.classList.contains('article-search')) {
      event.preventDefault();
      const first = $('.article-insert', event.target.closest('.article-menu'));
      if (first) {
        first.click();
      }
    }
  });

  document.addEventListener('htmx:afterSwap', (event) => {
    const target = event.detail.target;
    if (target && target.id === 'article-menu') {
      const search = $('.article-search', target);
      if (search) {
        search.focus();
      }
    }
  });

  /* Forms that destroy something ask first. */
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  /* ---------- Keyboard shortcuts ---------- */

  function moveInList(step) {
    const rows = $$('.ticket-row');
    if (rows.length === 0) {
      return false;
    }
    // From the ticket the agent chose last, else the one on screen; the marker is only what shows it.
    const from = chosenTicket || openTicketId();
    const current = rows.findIndex((row) => row.dataset.ticketId === from);
    const next = current < 0 ? (step > 0 ? 0 : rows.length - 1)
      : Math.min(rows.length - 1, Math.max(0, current + step));
    if (next === current) {
      return true;
    }
    rows[next].scrollIntoView({ block: 'nearest' });
    return press(rows[next]);
  }

  /* Clicks a control that htmx drives; processing first covers one swapped in a moment ago and not yet settled. */
  function press(target) {
    if (typeof target === 'string') {
      target = $(target);
    }
    if (!target) {
      return false;
    }
    if (window.htmx) {
      window.htmx.process(target);
    }
    target.click();
    return true;
  }

  function showShortcuts() {
    const dialog = $('#shortcuts');
    if (dialog && window.bootstrap) {
      window.bootstrap.Modal.getOrCreateInstance(dialog).toggle();
      return true;
    }
    return false;
  }

  let awaitingG = false;

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target.closest && target.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && target.id === 'composer-body') {
      event.preventDefault();
      target.form.requestSubmit();
      return;
    }
    if (typing) {
      if (event.key === 'Escape') {
        target.blur();
      }
      return;
    }
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if ($('.modal.show') && event.key !== '?' && event.key !== 'Escape') {
      return;
    }
    if (awaitingG) {
      awaitingG = false;
      if (event.key === 'i') {
        event.preventDefault();
        window.location.assign(document.querySelector('.navbar-brand').getAttribute('href') || '/inbox');
      }
      if (event.key === 'n' && press('[data-shortcut="next-ticket"]')) {
        event.preventDefault();
      }
      return;
    }
    let handled;
    switch (event.key) {
      case 'j': handled = moveInList(1); break;
      case 'k': handled = moveInList(-1); break;
      case 'r': handled = compose('reply'); break;
      case 'n': handled = compose('note'); break;
      case 'a': handled = press('[data-shortcut="assign-me"]'); break;
      case 's': handled = press('[data-shortcut="solve"]'); break;
      case 'm': handled = press('[data-shortcut="macros"]'); break;
      case '/': {
        const search = $('#q');
        handled = !!search;
        if (search) {
          search.focus();
          search.select();
        }
        break;
      }
      case '?': handled = showShortcuts(); break;
      case 'g':
        awaitingG = true;
        setTimeout(() => { awaitingG = false; }, 1500);
        handled = true;
        break;
      default: handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', () => {
    syncWorkspace();
    autoDismiss(document);
    composerState();
    scrollConversationToEnd();
    const flash = $('#flash');
    if (flash) {
      new MutationObserver(() => autoDismiss(flash)).observe(flash, { childList: true, subtree: true });
    }
  });
})();
