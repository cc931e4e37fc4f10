// One chat pane: a Telegram-like or WhatsApp-like transcript with the platform's buttons, and a composer. All text goes in with textContent.

/** Makes an element with attributes and children (strings become text nodes, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

/** How WhatsApp shows a question: up to 3 reply buttons (titles of at most 20 characters), a list of up to 10 rows, or numbered text to answer by typing. */
export function whatsappStyle(message) {
  const count = message.choices.length;
  if (message.multiple || count > 10) return 'numbered';
  return count <= 3 && message.choices.every((c) => [...c.label].length <= 20) ? 'buttons' : 'list';
}

/** Telegram inline keyboard rows: short labels share a row. */
export function keyboardRows(choices) {
  const longest = Math.max(...choices.map((c) => [...c.label].length));
  const perRow = longest <= 8 ? 3 : longest <= 16 ? 2 : 1;
  const rows = [];
  const main = choices.filter((c) => c.id !== '_done');
  for (let i = 0; i < main.length; i += perRow) rows.push(main.slice(i, i + perRow));
  const done = choices.find((c) => c.id === '_done');
  if (done) rows.push([done]);
  return rows;
}

const COMMANDS = {
  group: ['/meetup', '/meetups', '/commit', '/commitments', '/plan', '/mygroup', '/addword', '/help'],
  coordinator: ['/help', '/broadcast', '/broadcasts', '/audit', '/coordinators', '/newgroup', '/invite', '/mygroup', '/meetups', '/plan', '/commitments'],
  volunteer: ['/help', '/meetup', '/meetups', '/commit', '/commitments', '/done', '/plan', '/mygroup', '/addword', '/language'],
  // WhatsApp: keywords (Dutch ones work in every language, and are a first bit of Dutch).
  newcomer: ['oefenen', 'voortgang', 'plan', 'gedaan', 'help', 'stop'],
};

let paneCount = 0;

/** A small inline SVG icon (no icon font, no emoji font needed). */
function icon(paths) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of paths) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
const microphone = () => icon(['M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3z', 'M17 11a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1a7 7 0 0 0 6-6.9z']);
const listIcon = () => icon(['M4 6h16v2H4zM4 11h16v2H4zM4 16h16v2H4z']);

export class Pane {
  /** `ctx`: { t, persona(id), formatTime(ms), say, press, media, setLocale, openList, locales } */
  constructor(chat, ctx) {
    this.ctx = ctx;
    this.chat = chat;
    this.uid = `pane-${(paneCount += 1)}`;
    this.rendered = [];
    this.writer = chat.writers[0];
    this.build();
    this.update(chat);
  }

  get owner() {
    return this.chat.type === 'private' ? this.ctx.persona(this.chat.writers[0]) : undefined;
  }

  build() {
    const { t } = this.ctx;
    const chat = this.chat;
    this.titleEl = el('h2', { class: 'pane__title', id: `${this.uid}-title` });
    this.subEl = el('p', { class: 'pane__sub' });
    this.tools = el('div', { class: 'pane__tools' });
    if (chat.type === 'group') {
      this.writerSelect = el('select', { id: `${this.uid}-writer`, onchange: () => { this.writer = this.writerSelect.value; this.rerender(); } });
      this.tools.append(el('label', { for: `${this.uid}-writer`, text: t('pane.write_as') }), this.writerSelect);
    } else {
      this.localeSelect = el('select', { id: `${this.uid}-locale`, onchange: () => this.ctx.setLocale(this.chat.writers[0], this.localeSelect.value) });
      for (const locale of this.ctx.locales) this.localeSelect.append(el('option', { value: locale.code, lang: locale.code, text: locale.name }));
      this.localeLabel = el('label', { for: `${this.uid}-locale` });
      this.tools.append(this.localeLabel, this.localeSelect);
    }
    this.list = el('ol', { class: 'messages' });
    this.emptyEl = el('p', { class: 'pane__empty', dir: 'auto', text: t('pane.empty') });
    this.waitingEl = el('p', { class: 'pane__waiting', dir: 'auto', hidden: true });
    this.log = el('div', { class: 'pane__log', role: 'log', 'aria-live': 'polite', tabindex: '0' }, this.emptyEl, this.list, this.waitingEl);
    this.suggest = el('div', { class: 'pane__suggest' });
    this.input = el('input', { id: `${this.uid}-input`, class: 'composer__input', type: 'text', maxlength: '4096', autocomplete: 'off', dir: 'auto', placeholder: t('pane.placeholder') });
    const extra = chat.platform === 'whatsapp'
      ? el('button', { type: 'button', class: 'composer__voice', title: t('pane.voice'), 'aria-label': t('pane.voice'), onclick: () => this.ctx.media(this.writer, chat.id, 'voice') }, microphone())
      : undefined;
    this.form = el(
      'form',
      { class: 'composer', onsubmit: (event) => this.submit(event) },
      el('label', { for: `${this.uid}-input`, class: 'sr-only', text: t('pane.message') }),
      this.input,
      extra,
      el('button', { type: 'submit', class: 'composer__send' }, t('pane.send')),
    );
    this.body = el('div', { class: 'pane__body' }, this.log, this.suggest, this.form);
    this.root = el(
      'section',
      { class: `pane pane--${chat.platform} pane--${chat.type}`, 'aria-labelledby': `${this.uid}-title`, 'data-chat': chat.id },
      el('header', { class: 'pane__head' }, el('span', { class: 'pane__platform', text: t(`platform.${chat.platform}`) }), this.titleEl, this.subEl, this.tools),
      this.body,
    );
  }

  /** Applies a fresh chat view from the server (header, language, suggestions, transcript). */
  update(chat) {
    const { t } = this.ctx;
    this.chat = chat;
    const owner = this.owner;
    this.titleEl.replaceChildren();
    if (owner) {
      this.titleEl.append(el('span', { dir: 'auto', text: owner.name }), ' ', el('span', { class: `role role--${owner.role}`, text: t(`role.${owner.role}`) }));
      this.subEl.textContent = t('pane.private');
      this.localeLabel.textContent = t('pane.language');
      this.localeSelect.value = owner.locale;
      this.writer = owner.id;
    } else {
      const names = chat.writers.map((id) => this.ctx.persona(id)?.name ?? id);
      this.titleEl.append(el('span', { dir: 'auto', text: chat.title }));
      this.subEl.textContent = t('pane.group', { names: names.join(', ') });
      const current = this.writer;
      this.writerSelect.replaceChildren(...chat.writers.map((id) => {
        const persona = this.ctx.persona(id);
        return el('option', { value: id, text: persona ? `${persona.name} (${t(`role.${persona.role}`)})` : id });
      }));
      this.writer = chat.writers.includes(current) ? current : chat.writers[0];
      this.writerSelect.value = this.writer;
    }
    this.log.setAttribute('aria-label', t('pane.messages', { chat: owner ? owner.name : chat.title }));
    this.body.lang = chat.locale;
    this.body.dir = chat.dir;
    this.root.classList.toggle('is-rtl', chat.dir === 'rtl');
    this.renderSuggestions();
    this.renderWaiting();
    this.sync(chat.messages);
  }

  renderSuggestions() {
    const { t } = this.ctx;
    const chat = this.chat;
    this.suggest.replaceChildren();
    if (chat.suggestion) {
      this.suggest.append(
        el('p', { class: 'suggest__hint', dir: 'auto', text: t('join.hint') }),
        el('button', { type: 'button', class: 'suggest__join', dir: 'ltr', onclick: () => this.ctx.say(this.writer, chat.id, chat.suggestion) }, chat.suggestion),
      );
      return;
    }
    // On WhatsApp only a newcomer who has joined gets chips (before, the join suggestion above is shown).
    if (chat.platform !== 'telegram' && !(this.owner?.role === 'newcomer' && this.owner.member)) return;
    const commands = chat.type === 'group' ? COMMANDS.group : COMMANDS[this.owner?.role] ?? [];
    if (commands.length === 0) return;
    this.suggest.append(el('div', { class: 'chips', role: 'group', 'aria-label': t('pane.try') },
      el('span', { class: 'chips__label', dir: 'auto', text: t('pane.try') }),
      commands.map((command) => el('button', { type: 'button', class: 'chip', dir: 'ltr', onclick: () => this.ctx.say(this.writer, chat.id, command) }, command))));
  }

  renderWaiting() {
    const { t, formatTime } = this.ctx;
    const { count, until } = this.chat.waiting;
    this.waitingEl.hidden = count === 0;
    this.waitingEl.textContent = count === 0 ? '' : until ? t('pane.waiting', { number: count, time: formatTime(until, true) }) : t('pane.held', { number: count });
  }

  /** Brings the transcript in line with `messages`: appends new ones, or redraws after a reset. */
  sync(messages) {
    const ids = messages.map((m) => m.id);
    const prefixOk = this.rendered.every((id, index) => ids[index] === id);
    if (!prefixOk) {
      this.list.replaceChildren();
      this.rendered = [];
    }
    for (const message of messages.slice(this.rendered.length)) this.append(message);
    this.emptyEl.hidden = this.rendered.length > 0;
  }

  rerender() {
    this.list.replaceChildren();
    this.rendered = [];
    this.sync(this.chat.messages);
  }

  /** Adds one message (from the event stream or a state refresh); ignores one already shown. */
  append(message) {
    if (this.rendered.includes(message.id)) {
      // The bot changed this message in place (live counts, progress): redraw it where it is.
      const old = this.list.querySelector(`[data-id="${message.id}"]`);
      const index = this.chat.messages.findIndex((m) => m.id === message.id);
      if (index >= 0) this.chat.messages[index] = message;
      if (old && message.edited) old.replaceWith(this.renderMessage(message));
      return;
    }
    if (this.rendered.length > 0 && message.id < this.rendered[this.rendered.length - 1]) return;
    const nearBottom = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 80;
    if (!this.chat.messages.some((m) => m.id === message.id)) this.chat.messages.push(message);
    this.rendered.push(message.id);
    this.list.append(this.renderMessage(message));
    this.emptyEl.hidden = true;
    if (nearBottom || message.direction === 'in') this.log.scrollTop = this.log.scrollHeight;
  }

  renderMessage(message) {
    const { t, formatTime } = this.ctx;
    const own = message.direction === 'in' && (this.chat.type === 'private' || message.userId === this.writer);
    const author = message.direction === 'out' ? t('pane.bot') : this.ctx.persona(message.userId)?.name ?? message.userId;
    const item = el('li', { class: `msg ${own ? 'msg--own' : 'msg--other'} ${message.direction === 'out' ? 'msg--bot' : 'msg--person'}`, 'data-id': message.id, 'data-direction': message.direction });
    const bubble = el('div', { class: 'msg__bubble' });
    if (this.chat.type === 'group' && !own) bubble.append(el('p', { class: 'msg__who', dir: 'auto', text: author }));
    else bubble.append(el('span', { class: 'sr-only', text: `${author}: ` }));
    if (message.replyTo) {
      const quoted = this.chat.messages.find((m) => m.id === message.replyTo);
      if (quoted) bubble.append(el('p', { class: 'msg__quote', dir: 'auto', text: quoted.text.slice(0, 80) }));
    }
    bubble.append(el('p', { class: 'msg__text', dir: 'auto', text: message.text }));
    if (message.attachment) {
      bubble.append(el('a', { class: 'msg__file', href: message.attachment.url, download: message.attachment.filename, dir: 'auto', 'data-attachment': message.attachment.kind },
        `📎 ${message.attachment.filename}`));
    }
    const choices = message.choices ?? [];
    const style = choices.length === 0 ? undefined : this.chat.platform === 'whatsapp' ? whatsappStyle(message) : 'keyboard';
    if (style === 'numbered') {
      const numbered = choices.filter((c) => c.id !== '_done');
      bubble.append(el('ol', { class: 'msg__numbered' }, numbered.map((c) => el('li', { dir: 'auto', text: c.label }))));
      if (this.chat.numbersHint) bubble.append(el('p', { class: 'msg__hint', dir: 'auto', text: this.chat.numbersHint }));
    }
    bubble.append(el('span', { class: 'msg__time' }, el('bdi', { dir: 'ltr', text: formatTime(message.at) })));
    item.append(bubble);
    const press = (choice) => this.ctx.press(this.writer, this.chat.id, choice.id, message.askToken);
    if (style === 'keyboard') {
      item.classList.add('msg--keyboard');
      item.append(el('div', { class: 'kbd', role: 'group', 'aria-label': t('pane.answers') },
        keyboardRows(choices).map((row) => el('div', { class: 'kbd__row' },
          row.map((choice) => el('button', { type: 'button', class: 'kbd__btn', dir: 'auto', 'data-choice': choice.id, onclick: () => press(choice) }, choice.label))))));
    } else if (style === 'buttons') {
      item.append(el('div', { class: 'wa-buttons', role: 'group', 'aria-label': t('pane.answers') },
        choices.map((choice) => el('button', { type: 'button', class: 'wa-buttons__btn', dir: 'auto', 'data-choice': choice.id, onclick: () => press(choice) }, choice.label))));
    } else if (style === 'list') {
      item.append(el('div', { class: 'wa-buttons' },
        el('button', { type: 'button', class: 'wa-buttons__btn wa-buttons__list', 'aria-haspopup': 'dialog', onclick: (event) => this.ctx.openList(this.chat, choices, press, event.currentTarget) },
          listIcon(), this.chat.listButton)));
    }
    return item;
  }

  /** Sends what was typed. The field empties at once (the next message can be typed); on failure the text comes back. */
  async submit(event) {
    event.preventDefault();
    const text = this.input.value;
    if (text.trim() === '') return;
    this.input.value = '';
    const ok = await this.ctx.say(this.writer, this.chat.id, text);
    if (!ok && this.input.value === '') this.input.value = text;
  }
}
