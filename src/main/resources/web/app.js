// The newsroom front end: search, profiles, networks, connections, mediations, a timeline and review, all
// over the JSON API. Plain ES modules and Cytoscape.js from the jar; pages are hash routes (#/entity/ID).
import { TYPES, typeOf, words, el, elements, style, draw, fit, legend, details, table, keyboard, downloadPng,
  downloadSvg, sourceLink, labelOverlap } from './graph.js';

const view = document.getElementById('view');

/** GET or POST JSON; a failed answer throws with its status and body (detail, candidates). */
async function api(url, options) {
  const response = await fetch(url, options);
  const text = await response.text();
  let body;
  try { body = text ? JSON.parse(text) : {}; } catch (e) { body = { detail: text }; }
  if (!response.ok) {
    const error = new Error(body.detail || body.error || response.statusText);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

const query = (name, params) => '/api/queries/' + name + '?' + new URLSearchParams(
  Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));

function page(title) {
  document.title = title + ' — Influence Graph';
  view.replaceChildren(el('h1', title));
  return view;
}

/** An error as a reader sees it: what went wrong and, for a name not found, the closest names as choices. */
function problem(error, choose) {
  const box = el('div', null, { class: 'error', role: 'alert' });
  box.append(el('p', error.message));
  const candidates = (error.body && error.body.candidates) || [];
  if (candidates.length && choose) {
    const list = el('p', 'Did you mean: ', { class: 'choices' });
    candidates.forEach(c => {
      const a = el('a', c.name + (c.description ? ' (' + c.description + ')' : ''), { href: '#' });
      a.addEventListener('click', ev => { ev.preventDefault(); choose(c); });
      list.append(a);
    });
    box.append(list);
  }
  return box;
}

function typeBadge(type) {
  const t = String(type || '').toLowerCase();
  const badge = el('span', TYPES[t] ? TYPES[t].name : t, { class: 'type' });
  badge.style.background = TYPES[t] ? TYPES[t].colour : '#888';
  return badge;
}

function entityLink(id, name) {
  return el('a', name || id, { href: '#/entity/' + encodeURIComponent(id) });
}

function span(start, end) {
  if (!start && !end) return '';
  return ' (' + (start || '…') + '–' + (end || '') + ')';
}

function quoted(source, quote, sources) {
  const box = el('div', null, { class: 'source' });
  if (quote) box.append(el('q', quote));
  if (source) {
    const s = sources.get(source) || { source };
    const line = el('small', 'Source: ');
    line.append(sourceLink(s));
    box.append(line);
  }
  return box;
}

/* ---------- search with suggestions ---------- */

const input = document.getElementById('q');
const list = document.getElementById('suggestions');
let typing = 0;
let active = -1;

function suggestions(matches) {
  list.replaceChildren();
  active = -1;
  matches.forEach((m, i) => {
    const li = el('li', null, { role: 'option', id: 'suggestion-' + i, 'data-id': m.id });
    li.append(typeBadge(m.type), ' ', m.name, ' ');
    if (m.matchedName && m.matchedName !== m.name) li.append(el('small', '(' + m.matchedName + ')'));
    if (m.description) li.append(' ', el('small', m.description));
    li.addEventListener('mousedown', ev => { ev.preventDefault(); open(m.id); });
    list.append(li);
  });
  list.hidden = !matches.length;
  input.setAttribute('aria-expanded', String(!list.hidden));
}

function open(id) {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.value = '';
  location.hash = '#/entity/' + encodeURIComponent(id);
}

input.addEventListener('input', () => {
  const q = input.value.trim();
  const mine = ++typing;
  if (q.length < 2) { suggestions([]); return; }
  setTimeout(() => {
    if (mine !== typing) return;
    api('/api/entities?' + new URLSearchParams({ q, limit: 8 }))
      .then(body => { if (mine === typing) suggestions(body.matches); })
      .catch(() => suggestions([]));
  }, 150);
});

input.addEventListener('keydown', ev => {
  const items = [...list.children];
  if (!items.length) return;
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', items[active].id);
  } else if (ev.key === 'Escape') {
    list.hidden = true;
  }
});

document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  const items = [...list.children];
  if (items.length) open(items[Math.max(active, 0)].dataset.id);
});

input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 100));

/** A text field that suggests names as one types, for the forms; its value is a name or an id. */
function nameField(name, labelText, value) {
  const label = el('label', labelText);
  const field = el('input', null, { name, list: name + '-names', required: 'required', value: value || '',
    autocomplete: 'off' });
  const options = el('datalist', null, { id: name + '-names' });
  let mine = 0;
  field.addEventListener('input', () => {
    const q = field.value.trim();
    const n = ++mine;
    if (q.length < 2) return;
    api('/api/entities?' + new URLSearchParams({ q, limit: 6 })).then(body => {
      if (n !== mine) return;
      options.replaceChildren(...body.matches.map(m => el('option', m.name + (m.description ? ' — '
        + m.description : ''), { value: m.id })));
    }).catch(() => {});
  });
  label.append(field, options);
  return label;
}

/* ---------- a graph with details, legend, table, keyboard and PNG ---------- */

function graphView(container, answer, kind, root, name) {
  const frame = el('div', null, { class: 'ig-frame' });
  const graph = el('div', null, { class: 'ig-graph', id: 'graph', role: 'application',
    'aria-label': 'Graph drawing; the arrows move between nodes, Enter shows details' });
  const side = el('aside', null, { class: 'ig-side', id: 'details', 'aria-live': 'polite' });
  side.append(el('p', 'Select a node or a link to see who, when and the sources.', { class: 'muted' }));
  frame.append(graph, side);
  const bar = el('div', null, { class: 'toolbar' });
  container.append(bar, frame);
  const cy = cytoscape({ container: graph, elements: elements(answer), style: style(false),
    wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
  draw(cy, kind, root);
  const sources = answer.sources || {};
  const pick = target => { side.replaceChildren(details(target, sources)); };
  cy.on('tap', 'node, edge', ev => { if (!ev.target.hasClass('tick') && !ev.target.hasClass('lane')) pick(ev.target); });
  cy.on('mouseover', 'edge', ev => ev.target.addClass('hover'));
  cy.on('mouseout', 'edge', ev => ev.target.removeClass('hover'));
  keyboard(cy, graph, pick);
  const png = el('button', 'Download PNG', { type: 'button' });
  png.addEventListener('click', () => downloadPng(cy, name));
  const svgButton = el('button', 'Download SVG', { type: 'button' });
  svgButton.addEventListener('click', () => downloadSvg(cy, name));
  const tableToggle = el('button', 'Show as a table', { type: 'button', 'aria-expanded': 'false' });
  const tableBox = el('div', null, { hidden: 'hidden' });
  tableToggle.addEventListener('click', () => {
    tableBox.hidden = !tableBox.hidden;
    tableToggle.setAttribute('aria-expanded', String(!tableBox.hidden));
    if (!tableBox.hidden) tableBox.replaceChildren(table(cy, n => { cy.nodes().unselect(); n.select(); pick(n); }));
  });
  bar.append(legend(cy), png, svgButton, tableToggle);
  container.append(tableBox);
  window.influenceGraph = { cy, answer, overlap: () => labelOverlap(cy) };
  return { cy, bar, refresh: () => { bar.replaceChild(legend(cy), bar.firstChild); } };
}

/* ---------- pages ---------- */

function home() {
  const v = page('Who is connected to whom, and what the reporting says');
  v.append(el('p', 'Search a person, an organization or a place above, in any spelling or script '
    + '(Tikhanovskaya, Tsikhanouskaya, Тихановская). Every tie and event comes with the article it was read from.'));
  const ul = el('ul');
  [['#/path', 'How is one actor connected to another?'], ['#/common', 'What do two actors have in common?'],
    ['#/mediations', 'Who mediated between whom?'], ['#/timeline', 'What happened when: a timeline'],
    ['#/review', 'Review facts the extractor was not sure of, and likely duplicates']].forEach(([href, text]) => {
    const li = el('li'); li.append(el('a', text, { href })); ul.append(li);
  });
  v.append(ul);
}

async function entity(id) {
  const v = page('…');
  let e, claims;
  try {
    [e, claims] = await Promise.all([api('/api/entities/' + encodeURIComponent(id)),
      api(query('sources', { name: id })).catch(() => ({ rows: [] }))]);
  } catch (error) {
    v.append(problem(error));
    return;
  }
  const sources = new Map();
  claims.rows.forEach(r => sources.set(r.source, { source: r.source, title: r.title, publisher: r.publisher,
    date: r.date, url: r.url }));
  e.sources.forEach(s => sources.set(s.id, Object.assign({ source: s.id }, s)));
  page(e.name);
  const head = el('p');
  head.append(typeBadge(e.type), ' ', e.description || '', e.country ? ' · ' + e.country : '');
  v.append(head);
  if (e.aliases.length) v.append(el('p', 'Also written: ' + e.aliases.join(' · '), { class: 'muted aliases' }));
  if (e.externalIds && e.externalIds.length) v.append(el('p', 'Identifiers: ' + e.externalIds.join(', '), { class: 'muted' }));
  const actions = el('p', null, { class: 'toolbar' });
  actions.append(el('a', 'Network', { href: '#/network/' + encodeURIComponent(id) }),
    el('a', 'Timeline', { href: '#/timeline/' + encodeURIComponent(id) }),
    el('a', 'How is ' + e.name + ' connected to…', { href: '#/path/' + encodeURIComponent(id) }),
    el('a', 'In common with…', { href: '#/common/' + encodeURIComponent(id) }));
  v.append(actions);

  v.append(el('h2', 'Ties (' + e.tieCount + ')'));
  const ties = new Map();
  e.ties.forEach(t => { const k = words(t.type); (ties.get(k) || ties.set(k, []).get(k)).push(t); });
  if (!ties.size) v.append(el('p', 'None recorded.', { class: 'muted' }));
  [...ties.entries()].sort().forEach(([type, items]) => {
    v.append(el('h3', type));
    const ul = el('ul', null, { class: 'facts ties' });
    items.forEach(t => {
      const li = el('li');
      if (t.outgoing) li.append(e.name + ' ' + type + ' ', entityLink(t.other, t.otherName));
      else li.append(entityLink(t.other, t.otherName), ' ' + type + ' ' + e.name);
      li.append((t.role ? ', ' + t.role : '') + span(t.start, t.end));
      li.append(quoted(t.source, t.quote, sources));
      ul.append(li);
    });
    v.append(ul);
  });

  v.append(el('h2', 'Events (' + e.eventCount + ')'));
  const events = new Map();
  e.events.forEach(x => { const k = words(x.type); (events.get(k) || events.set(k, []).get(k)).push(x); });
  if (!events.size) v.append(el('p', 'None recorded.', { class: 'muted' }));
  [...events.entries()].sort().forEach(([type, items]) => {
    v.append(el('h3', type));
    const ul = el('ul', null, { class: 'facts events' });
    items.forEach(x => {
      const li = el('li');
      li.append(el('strong', x.date || 'undated'), ' ', x.title || '', el('span', ' — as ' + words(x.role), { class: 'muted' }));
      li.append(quoted(x.source, x.quote, sources));
      ul.append(li);
    });
    v.append(ul);
  });

  v.append(el('h2', 'Sources that mention ' + e.name));
  const ul = el('ul', null, { class: 'facts sources' });
  e.sources.forEach(s => {
    const li = el('li');
    li.append(sourceLink(Object.assign({ source: s.id }, s)));
    if (s.quote) li.append(el('q', s.quote));
    ul.append(li);
  });
  v.append(ul);
}

async function network(id) {
  const v = page('Network');
  let answer;
  try {
    answer = await api(query('network', { name: id, depth: 1, format: 'graph' }));
  } catch (error) { v.append(problem(error)); return; }
  const centre = answer.nodes.find(n => n.id === id);
  page('Network of ' + (centre ? centre.name : id));
  v.append(el('p', 'Everyone tied to ' + (centre ? centre.name : id) + ' or taking part in an event with them. '
    + 'Select someone and press "Expand" to add their ties, one step at a time.', { class: 'muted' }));
  const g = graphView(v, answer, 'network', id, 'network-' + id);
  g.cy.$id(id).addClass('focus');
  const expand = el('button', 'Expand the selected node', { type: 'button', class: 'primary', id: 'expand' });
  expand.addEventListener('click', async () => {
    const chosen = g.cy.nodes(':selected').first();
    const target = chosen.nonempty() ? chosen.id() : id;
    if (chosen.nonempty() && chosen.data('type') === 'event') return;
    const more = await api(query('network', { name: target, depth: 1, format: 'graph' }));
    Object.assign(answer.sources = answer.sources || {}, more.sources || {});
    const known = new Set(g.cy.nodes().map(n => n.id()));
    const fresh = elements(more).filter(x => x.group === 'nodes' ? !known.has(x.data.id)
      : g.cy.getElementById(x.data.id).empty());
    g.cy.add(fresh);
    draw(g.cy, 'network', target);
    g.refresh();
  });
  g.bar.prepend(expand);
}

function twoNames(v, route, first, second, labels, run) {
  const form = el('form', null, { class: 'ask' });
  form.append(nameField('a', labels[0], first), nameField('b', labels[1], second),
    el('button', labels[2], { type: 'submit', class: 'primary' }));
  const out = el('div', null, { id: 'answer' });
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = route + '/' + encodeURIComponent(form.a.value.trim()) + '/' + encodeURIComponent(form.b.value.trim());
  });
  v.append(form, out);
  if (first && second) run(out, (field, c) => {
    location.hash = route + '/' + encodeURIComponent(field === 'a' ? c.id : first) + '/'
      + encodeURIComponent(field === 'b' ? c.id : second);
  });
}

/** Which field an error names ("parameter 'to': ..."), to offer its closest names. */
function fieldOf(error, names) {
  const m = /parameter '(\w+)'/.exec(error.message);
  return m ? names[m[1]] : null;
}

function path(first, second) {
  const v = page('How is one connected to the other?');
  twoNames(v, '#/path', first, second, ['From', 'To', 'Find the shortest chains'], async (out, choose) => {
    try {
      const [rows, answer] = await Promise.all([api(query('shortest-path', { from: first, to: second })),
        api(query('shortest-path', { from: first, to: second, format: 'graph' }))]);
      if (!rows.rows.length) { out.append(el('p', 'No chain of at most 4 steps joins them.')); return; }
      const chains = el('ol', null, { class: 'chains' });
      [...new Set(rows.rows.map(r => r.chain.join(' → ')))].forEach(c => chains.append(el('li', c)));
      out.append(el('h2', 'Chains of ' + rows.rows[0].hops + ' steps'), chains);
      const root = rows.rows[0].path.nodes[0].id;
      graphView(out, answer, 'path', root, 'path');
    } catch (error) {
      out.append(problem(error, c => choose(fieldOf(error, { from: 'a', to: 'b' }), c)));
    }
  });
}

function common(first, second) {
  const v = page('What do two actors have in common?');
  twoNames(v, '#/common', first, second, ['One', 'The other', 'Compare'], async (out, choose) => {
    try {
      const body = await api(query('common-connections', { a: first, b: second }));
      const names = body.rows.length ? body.rows[0].actors.map(a => a.name) : [first, second];
      if (!body.rows.length) { out.append(el('p', 'Nothing in common in the graph.')); return; }
      const kinds = { organization: 'Organizations both are tied to', tie: 'People both are tied to',
        event: 'Events both took part in', source: 'Articles that mention both' };
      Object.entries(kinds).forEach(([kind, title]) => {
        const rows = body.rows.filter(r => r.kind === kind);
        if (!rows.length) return;
        out.append(el('h2', title + ' (' + rows.length + ')'));
        const t = el('table', null, { class: 'rows' });
        const head = el('tr');
        ['', names[0], names[1], 'Sources'].forEach(h => head.append(el('th', h, { scope: 'col' })));
        t.append(head);
        rows.forEach(r => {
          const tr = el('tr');
          const what = el('td');
          if (r.shared.type !== 'event' && r.shared.type !== 'source') what.append(entityLink(r.shared.id, r.name));
          else what.append(r.name || '');
          if (r.date) what.append(el('div', r.date, { class: 'muted' }));
          const how = h => h.map(x => x.link + (x.role ? ' (' + x.role + ')' : '') + span(x.start, x.end)).join('; ');
          const src = el('td');
          r.sources.forEach(s => { const d = el('div'); d.append(sourceLink(s)); if (s.quote) d.append(el('q', s.quote)); src.append(d); });
          tr.append(what, el('td', how(r.howA)), el('td', how(r.howB)), src);
          t.append(tr);
        });
        out.append(t);
      });
    } catch (error) {
      out.append(problem(error, c => choose(fieldOf(error, { a: 'a', b: 'b' }), c)));
    }
  });
}

async function mediations() {
  const v = page('Who mediated between whom');
  let body;
  try { body = await api(query('mediators', { limit: 500 })); } catch (error) { v.append(problem(error)); return; }
  v.append(el('p', body.count + ' mediations, oldest first. ', { class: 'muted' }));
  const t = el('table', null, { class: 'rows', id: 'mediations' });
  const head = el('tr');
  ['Date', 'Mediator', 'Between', 'Event', 'Where', 'Sources'].forEach(h => head.append(el('th', h, { scope: 'col' })));
  t.append(head);
  body.rows.forEach(r => {
    const tr = el('tr');
    const between = el('td');
    r.parties.forEach((p, i) => { if (i) between.append(', '); between.append(entityLink(p.id, p.name)); });
    const mediator = el('td'); mediator.append(entityLink(r.mediator.id, r.mediator.name));
    const src = el('td');
    r.sources.forEach(s => { const d = el('div'); d.append(sourceLink(s)); if (s.quote) d.append(el('q', s.quote)); src.append(d); });
    tr.append(el('td', r.date || ''), mediator, between, el('td', r.event.name || ''), el('td', r.places.join(', ')), src);
    t.append(tr);
  });
  v.append(t);
  const more = el('p');
  more.append(el('a', 'Embeddable drawing of these mediations', { href: '/embed/mediators' }));
  v.append(more);
}

function time(date) {
  const [y, m, d] = String(date).split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

async function timeline(id) {
  const v = page('Timeline');
  const form = el('form', null, { class: 'ask' });
  const from = el('input', null, { name: 'from', placeholder: 'e.g. 2020', size: 10 });
  const to = el('input', null, { name: 'to', placeholder: 'e.g. 2021-06', size: 10 });
  const fromLabel = el('label', 'From'); fromLabel.append(from);
  const toLabel = el('label', 'To'); toLabel.append(to);
  form.append(nameField('a', 'Whose events', id || 'alexander-lukashenko'), fromLabel, toLabel,
    el('button', 'Show', { type: 'submit', class: 'primary' }));
  const types = el('fieldset', null, { class: 'toolbar', id: 'types' });
  const count = el('p', '', { class: 'muted', id: 'count', 'aria-live': 'polite' });
  const axis = el('div', null, { id: 'timeline' });
  v.append(form, types, count, axis);
  let rows = [];
  const render = () => {
    const shown = new Set([...types.querySelectorAll('input:checked')].map(i => i.value));
    const dated = rows.filter(r => r.date && shown.has(r.type));
    count.textContent = dated.length + ' of ' + rows.length + ' events shown'
      + (rows.some(r => !r.date) ? ' (undated events are listed below the axis)' : '');
    axis.replaceChildren(drawAxis(dated), undatedList(rows.filter(r => !r.date && shown.has(r.type))));
  };
  const load = async () => {
    const name = form.a.value.trim();
    try {
      const body = await api(query('timeline', { name, from: from.value.trim(), to: to.value.trim(), limit: 1000 }));
      rows = body.rows;
    } catch (error) {
      axis.replaceChildren(problem(error, c => { form.a.value = c.id; load(); }));
      rows = [];
      return;
    }
    types.replaceChildren(el('legend', 'Event types'));
    [...new Set(rows.map(r => r.type))].sort().forEach(t => {
      const l = el('label');
      const box = el('input', null, { type: 'checkbox', value: t, checked: 'checked' });
      box.addEventListener('change', render);
      l.append(box, ' ' + words(t));
      types.append(l);
    });
    render();
  };
  form.addEventListener('submit', ev => { ev.preventDefault(); load(); });
  load();
}

/** Events on a horizontal time axis in lanes by type; labels that would collide go to a new row. */
function drawAxis(rows) {
  const box = el('div', null, { class: 'time-axis', role: 'list', 'aria-label': 'events on a time axis' });
  if (!rows.length) return box;
  const width = Math.max(view.clientWidth - 40, 320);
  const times = rows.map(r => time(r.date));
  const min = Math.min(...times), max = Math.max(...times);
  const pad = Math.max((max - min) * 0.03, 86400000 * 15);
  const x = t => (t - (min - pad)) / ((max + pad) - (min - pad)) * (width - 160);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = '12px system-ui, sans-serif';
  const lanes = [...new Set(rows.map(r => r.type))].sort();
  // The axis on top, where a reader sees it first; the lanes below it.
  let top = 44;
  const svgNs = 'http://www.w3.org/2000/svg';
  const items = [];
  lanes.forEach(lane => {
    const ends = [];
    rows.filter(r => r.type === lane).sort((a, b) => time(a.date) - time(b.date)).forEach(r => {
      const text = r.date + ' ' + (r.title || '');
      const short = text.length > 40 ? text.slice(0, 39) + '…' : text;
      const left = x(time(r.date));
      const w = ctx.measureText(short).width + 8;
      let row = ends.findIndex(end => end < left);
      if (row < 0) { row = ends.length; ends.push(0); }
      ends[row] = left + w;
      items.push({ r, short, left: left + 150, top: top + 24 + row * 22, lane });
    });
    items.push({ laneLabel: words(lane), top });
    top += 30 + Math.max(ends.length, 1) * 22;
  });
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', top + 10);
  svg.setAttribute('class', 'axis-svg');
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(svgNs, tag);
    Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
    if (text) n.textContent = text;
    svg.append(n);
    return n;
  };
  items.forEach(i => {
    if (i.laneLabel) { add('text', { x: 0, y: i.top + 16, 'font-size': 12, 'font-style': 'italic', fill: '#555' }, i.laneLabel); return; }
    add('circle', { cx: i.left, cy: i.top - 4, r: 4, fill: TYPES.event.colour });
    const t = add('text', { x: i.left + 7, y: i.top, 'font-size': 12, fill: '#1d1d1d', class: 'event-label', role: 'listitem' }, i.short);
    add('title', {}, i.r.date + ' ' + words(i.r.type) + ': ' + i.r.title + (i.r.others.length ? ' — with '
      + i.r.others.map(o => o.name).join(', ') : ''));
    svg.lastChild.remove();
    t.append(Object.assign(document.createElementNS(svgNs, 'title'), { textContent: i.r.date + ' ' + words(i.r.type)
      + ': ' + i.r.title }));
  });
  const y = 30;
  add('line', { x1: 150, y1: y, x2: width, y2: y, stroke: '#555', 'stroke-width': 2, class: 'axis-line' });
  const startYear = new Date(min - pad).getUTCFullYear(), endYear = new Date(max + pad).getUTCFullYear();
  const step = Math.max(1, Math.ceil((endYear - startYear + 1) / Math.max(2, Math.floor(width / 90))));
  for (let year = startYear; year <= endYear + 1; year += step) {
    const t = Date.UTC(year, 0, 1);
    if (t < min - pad || t > max + pad) continue;
    const px = x(t) + 150;
    add('line', { x1: px, y1: y - 5, x2: px, y2: y + 5, stroke: '#555' });
    add('text', { x: px, y: y - 10, 'font-size': 12, 'text-anchor': 'middle', fill: '#333', class: 'tick' }, String(year));
  }
  box.append(svg);
  return box;
}

function undatedList(rows) {
  const ul = el('ul', null, { class: 'facts' });
  rows.forEach(r => ul.append(el('li', 'undated: ' + words(r.type) + ': ' + r.title)));
  return ul;
}

/* ---------- review ---------- */

function token() {
  return sessionStorage.getItem('ig-token') || '';
}

function post(url, body) {
  return api(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token() },
    body: JSON.stringify(body || {}) });
}

let reviews = 0;
let reviewed = '';

async function review() {
  const mine = ++reviews;
  // A page drawn again while the last drawing still waits on the API: the last one stops.
  const v = el('div');
  const show = () => { if (mine === reviews) { page('Review'); view.append(...v.childNodes); } };
  page('Review');
  const form = el('form', null, { class: 'ask', id: 'token-form' });
  const field = el('input', null, { type: 'password', name: 'token', id: 'token', value: token(), size: 40,
    autocomplete: 'off' });
  const label = el('label', 'Write token (from data/api-tokens on the server)');
  label.append(field);
  form.append(label, el('button', 'Use this token', { type: 'submit' }));
  form.addEventListener('submit', ev => { ev.preventDefault(); sessionStorage.setItem('ig-token', field.value.trim()); review(); });
  v.append(el('p', 'Decisions change the graph, so they need the write token; it stays in this tab only.', { class: 'muted' }), form);
  const status = el('p', reviewed, { id: 'review-status', role: 'status' });
  reviewed = '';
  v.append(status);
  const act = (promise, done) => promise.then(result => { reviewed = done(result); review(); })
    .catch(error => { status.replaceChildren(problem(error)); });

  v.append(el('h2', 'Facts the extractor was not sure of'));
  const candidates = await api(query('candidates', { limit: 100 })).catch(error => ({ error }));
  if (candidates.error) v.append(problem(candidates.error));
  else if (!candidates.rows.length) v.append(el('p', 'None open.', { class: 'muted' }));
  else candidates.rows.forEach(c => {
    const item = el('div', null, { class: 'review-item candidate', 'data-id': c.id });
    item.append(el('strong', c.claim), el('div', words(c.kind) + ' · ' + words(c.type) + ' · confidence '
      + Math.round(c.confidence * 100) + ' %', { class: 'muted' }));
    if (c.quote) item.append(el('q', c.quote));
    item.append(el('small', 'From: ' + (c.title || c.source)));
    const actions = el('div', null, { class: 'actions' });
    const accept = el('button', 'Accept', { type: 'button', class: 'primary' });
    accept.addEventListener('click', () => act(post('/api/candidates/' + encodeURIComponent(c.id) + '/accept', {}),
      () => 'Accepted: ' + c.claim));
    const reject = el('button', 'Reject', { type: 'button' });
    reject.addEventListener('click', () => act(post('/api/candidates/' + encodeURIComponent(c.id) + '/reject', {}),
      () => 'Rejected: ' + c.claim));
    const fix = el('button', 'Correct, then accept', { type: 'button', class: 'correct', 'aria-expanded': 'false' });
    actions.append(accept, fix, reject);
    item.append(actions);
    if (c.kind !== 'mention') {
      const form = correction(c, body => act(post('/api/candidates/' + encodeURIComponent(c.id) + '/accept', body),
        () => 'Accepted as corrected: ' + (body.title || c.claim)));
      form.hidden = true;
      fix.addEventListener('click', () => {
        form.hidden = !form.hidden;
        fix.setAttribute('aria-expanded', String(!form.hidden));
      });
      item.append(form);
    } else {
      fix.remove();
    }
    v.append(item);
  });

  v.append(el('h2', 'Likely duplicates'));
  const pairs = await api('/api/duplicates?minScore=0.6&limit=50').catch(error => ({ error }));
  if (pairs.error) v.append(problem(pairs.error));
  else if (pairs.status === 'computing') v.append(el('p', 'The review is still being computed; reload in a few seconds.', { class: 'muted' }));
  else if (!pairs.pairs.length) v.append(el('p', 'None proposed.', { class: 'muted' }));
  else pairs.pairs.forEach(p => {
    const item = el('div', null, { class: 'review-item pair', 'data-a': p.a.id, 'data-b': p.b.id });
    const title = el('strong');
    title.append(entityLink(p.a.id, p.a.name), ' and ', entityLink(p.b.id, p.b.name));
    item.append(title, el('div', 'score ' + Math.round(p.score * 100) + ' % · ' + p.evidence.join('; '), { class: 'muted' }));
    const actions = el('div', null, { class: 'actions' });
    const merge = el('button', 'Merge ' + p.b.name + ' into ' + p.a.name, { type: 'button', class: 'primary merge' });
    merge.addEventListener('click', () => act(post('/api/entities/' + encodeURIComponent(p.a.id) + '/merge',
      { other: p.b.id, note: 'merged from the review page' }), m => 'Merged ' + p.b.name + ' into ' + p.a.name + ' (' + m.id + ')'));
    const apart = el('button', 'Keep apart', { type: 'button' });
    apart.addEventListener('click', () => act(post('/api/duplicates/reject', { a: p.a.id, b: p.b.id,
      note: 'two entities, from the review page' }), () => p.a.name + ' and ' + p.b.name + ' are kept apart'));
    actions.append(merge, apart);
    item.append(actions);
    v.append(item);
  });

  v.append(el('h2', 'Recent merges'));
  const merges = await api('/api/merges?limit=20').catch(error => ({ error }));
  const mergeList = merges.merges || merges.entries || (Array.isArray(merges) ? merges : []);
  if (merges.error) v.append(problem(merges.error));
  else if (!mergeList.length) v.append(el('p', 'None.', { class: 'muted' }));
  else mergeList.forEach(m => {
    const item = el('div', null, { class: 'review-item merge-entry', 'data-id': m.id });
    item.append(el('span', (m.absorbedName || m.absorbed) + ' merged into ' + m.into + ' at ' + m.at + ' '));
    const undo = el('button', 'Undo', { type: 'button', class: 'undo' });
    undo.addEventListener('click', () => act(post('/api/merges/' + encodeURIComponent(m.id) + '/undo'),
      u => 'Undone: ' + u.restored + ' is back'));
    item.append(undo);
    v.append(item);
  });
  show();
}

const ROLES = ['mediator', 'party', 'participant', 'host', 'initiator', 'target', 'subject', 'location'];
const EVENT_TYPES = ['mediation', 'negotiation', 'meeting', 'phone-call', 'visit', 'appeal', 'statement', 'support',
  'pressure', 'arrest', 'sentence', 'release', 'appointment', 'election', 'protest', 'mutiny', 'sanction',
  'deployment', 'agreement', 'accusation', 'threat', 'attack', 'other'];

function select(name, values, chosen, labelText) {
  const box = el('select', null, { name });
  values.forEach(v => box.append(el('option', words(v), Object.assign({ value: v }, v === chosen ? { selected: 'selected' } : {}))));
  const label = el('label', labelText);
  label.append(box);
  return label;
}

let fields = 0;

/**
 * The form that corrects a candidate before accepting it: its actors (a name field with suggestions each), for an
 * event their roles, its title and type. Sends only what differs from what the extractor read.
 */
function correction(c, send) {
  const form = el('form', null, { class: 'correction' });
  const event = c.kind === 'event';
  const rows = el('div', null, { class: 'actors' });
  const addActor = (id, name, role) => {
    const row = el('div', null, { class: 'actor' });
    const n = ++fields;
    const field = nameField('actor-' + n, event ? 'Actor' : (rows.children.length ? 'To' : 'From'), id);
    field.querySelector('input').setAttribute('data-actor', '');
    field.querySelector('input').title = name || id;
    row.append(field);
    if (event) {
      row.append(select('role-' + n, ROLES, role || 'party', 'Role'));
      const drop = el('button', 'Remove', { type: 'button' });
      drop.addEventListener('click', () => row.remove());
      row.append(drop);
    }
    rows.append(row);
  };
  (c.actors || []).forEach((id, i) => addActor(id, (c.names || [])[i], (c.roles || [])[i]));
  if (event) {
    const title = el('label', 'Title');
    title.append(el('input', null, { name: 'title', value: c.claim || '', size: 50 }));
    form.append(title, select('type', EVENT_TYPES, c.type, 'Type'));
  }
  form.append(rows);
  if (event) {
    const more = el('button', 'Add an actor', { type: 'button' });
    more.addEventListener('click', () => addActor('', '', 'party'));
    form.append(more);
  }
  form.append(el('button', 'Accept as corrected', { type: 'submit', class: 'primary' }));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const body = { note: 'corrected on the review page' };
    // A name typed rather than picked from the suggestions: the best match (an id matches itself first).
    body.actors = await Promise.all([...form.querySelectorAll('input[data-actor]')].map(i => i.value.trim())
      .map(v => api('/api/entities?' + new URLSearchParams({ q: v, limit: 1 }))
        .then(b => (b.matches[0] ? b.matches[0].id : v)).catch(() => v)));
    if (event) {
      body.roles = [...rows.querySelectorAll('select')].map(x => x.value);
      body.title = form.elements.namedItem('title').value.trim();
      body.type = form.elements.namedItem('type').value;
    }
    send(body);
  });
  return form;
}

/* ---------- routes ---------- */

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [name, a, b] = parts;
  const pages = { '': home, entity: () => entity(a), network: () => network(a), path: () => path(a, b),
    common: () => common(a, b), mediations, timeline: () => timeline(a), review };
  window.influenceGraph = null;
  (pages[name] || home)();
  view.focus();
}

window.addEventListener('hashchange', route);
route();
