// The playground page: loads the state and the page texts, draws one pane per chat, and follows the bot live.
import { api, listen } from './net.js';
import { Pane, el } from './panes.js';

const LANG_KEY = 'welkom.playground.lang';
const $ = (id) => document.getElementById(id);

const page = {
  texts: {},
  lang: 'en',
  languages: [],
  state: undefined,
  panes: new Map(),
  refreshTimer: undefined,
};

/** A page text by dotted key, with {{vars}} filled in; the key itself when missing. */
function t(key, vars = {}) {
  const value = key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), page.texts);
  if (typeof value !== 'string') return key;
  return value.replace(/{{\s*(\w+)\s*}}/g, (_, name) => (vars[name] === undefined ? '' : String(vars[name])));
}

function formatTime(ms, withDay = false) {
  const options = withDay
    ? { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(page.lang, { ...options, timeZone: page.state?.timeZone }).format(new Date(ms));
  } catch {
    return new Date(ms).toLocaleString();
  }
}

let statusTimer;
function announce(text) {
  const status = $('status');
  status.textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), 8000);
}

/** Runs an action; shows its error instead of failing silently. Returns true when it worked. */
async function run(action) {
  try {
    await action();
    return true;
  } catch (error) {
    announce(t('error.failed', { error: error instanceof Error ? error.message : String(error) }));
    return false;
  }
}

const ctx = {
  t,
  formatTime,
  get locales() {
    return page.state?.locales ?? [];
  },
  persona: (id) => page.state?.personas.find((p) => p.id === id),
  say: (persona, chat, text, replyTo) => run(() => api('say', { persona, chat, text, ...(replyTo ? { replyTo } : {}) })),
  media: (persona, chat, media) => run(() => api('say', { persona, chat, media })),
  press: (persona, chat, choiceId, token) => run(() => api('press', { persona, chat, choiceId, token })),
  setLocale: (persona, locale) => run(() => api('locale', { persona, locale }).then(refresh)),
  openList,
};

/** WhatsApp's list message: a sheet with one row per option. */
function openList(chat, choices, press, opener) {
  const dialog = $('wa-list');
  const list = dialog.querySelector('.wa-list__options');
  dialog.querySelector('.wa-list__title').textContent = chat.listButton;
  dialog.lang = chat.locale;
  dialog.dir = chat.dir;
  list.replaceChildren(...choices.map((choice) => el('li', {},
    el('button', {
      type: 'button',
      class: 'wa-list__option',
      'data-choice': choice.id,
      onclick: () => {
        dialog.close();
        void press(choice);
      },
    }, el('bdi', { text: choice.label })))));
  dialog.addEventListener('close', () => opener?.isConnected && opener.focus(), { once: true });
  dialog.showModal();
  list.querySelector('button')?.focus();
}

function applyTexts() {
  document.documentElement.lang = page.lang;
  document.documentElement.dir = page.languages.find((l) => l.code === page.lang)?.dir ?? 'ltr';
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  const select = $('ui-lang');
  select.replaceChildren(...page.languages.map((l) => el('option', { value: l.code, lang: l.code, text: l.name })));
  select.value = page.lang;
}

function render() {
  const state = page.state;
  if (!state) return;
  const clock = $('clock-now');
  clock.textContent = formatTime(state.now, true);
  clock.dateTime = new Date(state.now).toISOString();
  for (const id of ['plus-hour', 'plus-day']) {
    $(id).disabled = !state.clockSteerable;
    $(id).title = state.clockSteerable ? '' : t('clock.fixed');
  }
  $('jobs').textContent = state.jobs.length === 0 ? t('clock.no_jobs') : state.jobs.map((job) => `${job.type} (${formatTime(job.dueAt, true)})`).join(' · ');
  $('empty').hidden = state.demo.present;
  $('remove-demo').disabled = !state.demo.present;
  document.body.classList.toggle('no-demo', !state.demo.present);

  const container = $('panes');
  const wanted = new Set(state.chats.map((c) => c.id));
  for (const [id, pane] of page.panes) {
    if (!wanted.has(id)) {
      pane.root.remove();
      page.panes.delete(id);
    }
  }
  let previous = null;
  for (const chat of state.chats) {
    let pane = page.panes.get(chat.id);
    if (!pane) {
      pane = new Pane(chat, ctx);
      page.panes.set(chat.id, pane);
    } else {
      pane.update(chat);
    }
    // Move a pane only when it is out of place: moving resets its scroll position and focus.
    const expected = previous ? previous.nextElementSibling : container.firstElementChild;
    if (expected !== pane.root) container.insertBefore(pane.root, expected);
    previous = pane.root;
  }
}

async function refresh() {
  page.state = await api('state');
  render();
}

function refreshSoon() {
  clearTimeout(page.refreshTimer);
  page.refreshTimer = setTimeout(() => void run(refresh), 120);
}

async function loadTexts(lang) {
  const data = await api(`texts?lang=${encodeURIComponent(lang)}`);
  page.texts = data.texts;
  page.lang = data.lang;
  page.languages = data.languages;
  applyTexts();
}

/** Page language: the saved choice, else the browser's first supported language, else English. */
function preferredLanguage() {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved) return saved;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'so', 'uk'].includes(base)) return base;
  }
  return 'en';
}

/** Redraws every pane in a new page language (keeping what was typed). */
async function switchLanguage(lang) {
  localStorage.setItem(LANG_KEY, lang);
  await loadTexts(lang);
  const typed = new Map([...page.panes].map(([id, pane]) => [id, pane.input.value]));
  for (const pane of page.panes.values()) pane.root.remove();
  page.panes.clear();
  render();
  for (const [id, value] of typed) if (page.panes.get(id)) page.panes.get(id).input.value = value;
}

async function advance(duration) {
  const result = await api('clock', { advance: duration });
  announce(t('clock.moved', { jobs: result.jobsRun }));
  await refresh();
}

async function demo(action) {
  if (action === 'remove' && !window.confirm(t('demo.confirm_remove'))) return;
  await api('demo', { action });
  announce(t(action === 'reset' ? 'demo.was_reset' : 'demo.was_removed'));
  await refresh();
}

async function main() {
  // A token in the address was turned into a cookie by the server; keep it out of sight and out of history.
  if (new URLSearchParams(location.search).has('token')) history.replaceState(null, '', location.pathname);
  await loadTexts(preferredLanguage());
  await refresh();
  $('ui-lang').addEventListener('change', (event) => void run(() => switchLanguage(event.target.value)));
  $('plus-hour').addEventListener('click', () => void run(() => advance('PT1H')));
  $('plus-day').addEventListener('click', () => void run(() => advance('P1D')));
  $('reset-demo').addEventListener('click', () => void run(() => demo('reset')));
  $('restore-demo').addEventListener('click', () => void run(() => demo('reset')));
  $('remove-demo').addEventListener('click', () => void run(() => demo('remove')));
  let wasDown = false;
  listen({
    message: (message) => {
      page.panes.get(message.chatId)?.append(message);
      refreshSoon();
    },
    clock: refreshSoon,
    state: refreshSoon,
    open: () => {
      if (wasDown) refreshSoon();
      wasDown = false;
    },
    error: () => {
      wasDown = true;
      announce(t('error.offline'));
    },
  });
  document.body.classList.add('is-ready');
}

void main().catch((error) => {
  $('status').textContent = `Welkom playground could not start: ${error instanceof Error ? error.message : String(error)}`;
});
