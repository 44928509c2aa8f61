// The embeddable view of one canned query's answer: a plain-language title with the names asked about, a
// legend, a layout that keeps labels apart, reader-facing details, a table alternative, keyboard access, a
// PNG download, and errors that offer the closest names as choices.
import { el, elements, style, draw, legend, details, table, keyboard, downloadPng, downloadSvg, labelOverlap, typeOf,
  words } from '/app/graph.js';

const root = document.getElementById('ig');
const status = document.getElementById('ig-status');
const side = document.getElementById('ig-details');
const bar = document.getElementById('ig-bar');
const title = document.getElementById('ig-title');
const name = root.dataset.query;
const params = new URLSearchParams(root.dataset.params);
params.delete('format');
const kinds = { 'shortest-path': 'path', timeline: 'timeline' };
const kind = kinds[name] || 'network';

/** The name the answer gives an actor asked about by id, name or alias. */
function named(answer, value) {
  const v = String(value || '').toLowerCase();
  const n = answer.nodes.find(x => x.id === value) || answer.nodes.find(x => String(x.name || '').toLowerCase() === v
    || (x.properties.aliases || []).some(a => String(a).toLowerCase() === v));
  return n ? n.name : value;
}

/** The title with the names asked about, as the answer spells them. */
function heading(answer) {
  const p = k => named(answer, params.get(k));
  switch (name) {
    case 'mediators': return params.get('name') ? 'Who mediated between whom, with ' + p('name') : 'Who mediated between whom';
    case 'shortest-path': return 'How ' + p('from') + ' is connected to ' + p('to');
    case 'network': return 'Who is around ' + p('name');
    case 'timeline': return 'What ' + p('name') + ' took part in, on a time line';
    case 'common-connections': return 'What ' + p('a') + ' and ' + p('b') + ' have in common';
    default: return params.get('name') ? title.textContent + ': ' + p('name') : title.textContent;
  }
}

/** An error in words, and for a name not found the closest names as links to the same view with that name. */
function problem(body) {
  const box = el('div', null, { class: 'error', role: 'alert' });
  box.append(el('p', body.detail || body.error));
  const field = (/parameter '(\w+)'/.exec(body.detail || '') || [])[1];
  if (body.candidates && body.candidates.length && field) {
    const choices = el('p', 'Did you mean: ');
    body.candidates.forEach(c => {
      const next = new URLSearchParams(params);
      next.set(field, c.id);
      choices.append(el('a', c.name + (c.description ? ' (' + c.description + ')' : ''), { href: '?' + next }));
    });
    box.append(choices);
  }
  document.querySelector('main').replaceChildren(box);
  status.textContent = 'No drawing';
}

const year = date => Number(String(date).slice(0, 4));

/**
 * The timeline's filter: a period (first and last year) and the event types, drawn again on the time axis at each
 * change; {@code changed} runs after each drawing.
 */
function timelineFilter(cy, answer, changed) {
  const dated = answer.nodes.filter(n => typeOf(n) === 'event' && n.properties.date);
  const box = el('form', null, { class: 'ig-filter', id: 'ig-filter', 'aria-label': 'Filter the events' });
  if (!dated.length) return box;
  const years = dated.map(n => year(n.properties.date));
  const lo = Math.min(...years), hi = Math.max(...years);
  const field = (label, name, value) => {
    const l = el('label', label + ' ');
    l.append(el('input', null, { type: 'number', name, min: lo, max: hi, value, step: 1, inputmode: 'numeric' }));
    return l;
  };
  const period = el('fieldset', null, { class: 'ig-period' });
  period.append(el('legend', 'Period'), field('from', 'from', lo), field('to', 'to', hi));
  const kinds = el('fieldset', null, { class: 'ig-types' });
  kinds.append(el('legend', 'Types'));
  [...new Set(dated.map(n => n.properties.type || 'other'))].sort().forEach(t => {
    const l = el('label');
    l.append(el('input', null, { type: 'checkbox', name: 'type', value: t, checked: 'checked' }), ' ' + words(t));
    kinds.append(l);
  });
  box.append(period, kinds);
  const apply = () => {
    const from = Number(box.elements.namedItem('from').value) || lo;
    const to = Number(box.elements.namedItem('to').value) || hi;
    const shown = new Set([...box.querySelectorAll('input[name=type]:checked')].map(i => i.value));
    const keep = answer.nodes.filter(n => typeOf(n) !== 'event' || (n.properties.date
      && year(n.properties.date) >= from && year(n.properties.date) <= to && shown.has(n.properties.type || 'other')));
    cy.elements().remove();
    cy.add(elements({ nodes: keep, edges: answer.edges }));
    draw(cy, 'timeline');
    changed();
  };
  box.addEventListener('change', apply);
  box.addEventListener('submit', ev => { ev.preventDefault(); apply(); });
  return box;
}

params.set('format', 'graph');
fetch('/api/queries/' + encodeURIComponent(name) + '?' + params).then(r => r.json().then(body => ({ ok: r.ok, body })))
  .then(({ ok, body }) => {
    params.delete('format');
    if (!ok) { problem(body); return; }
    title.textContent = heading(body);
    document.title = title.textContent + ' — Influence Graph';
    const container = document.getElementById('ig-graph');
    const cy = cytoscape({ container, elements: elements(body), style: style(false), minZoom: 0.1, maxZoom: 4 });
    const start = kind === 'path' && body.nodes.length ? body.nodes[0].id : null;
    draw(cy, kind, start || (kind === 'network' ? params.get('name') : null));
    const sources = body.sources || {};
    const pick = target => side.replaceChildren(details(target, sources));
    cy.on('tap', 'node, edge', ev => { if (!ev.target.hasClass('tick') && !ev.target.hasClass('lane')) pick(ev.target); });
    cy.on('mouseover', 'edge', ev => ev.target.addClass('hover'));
    cy.on('mouseout', 'edge', ev => ev.target.removeClass('hover'));
    keyboard(cy, container, pick);
    const png = el('button', 'Download PNG', { type: 'button' });
    png.addEventListener('click', () => downloadPng(cy, name));
    const svg = el('button', 'Download SVG', { type: 'button' });
    svg.addEventListener('click', () => downloadSvg(cy, name));
    const tableBox = document.getElementById('ig-table');
    const toggle = el('button', 'Show as a table', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'ig-table' });
    toggle.addEventListener('click', () => {
      tableBox.hidden = !tableBox.hidden;
      toggle.setAttribute('aria-expanded', String(!tableBox.hidden));
      if (!tableBox.hidden) tableBox.replaceChildren(table(cy, n => { cy.nodes().unselect(); n.select(); pick(n); }));
    });
    bar.append(legend(cy), png, svg, toggle);
    const count = (n, one) => n + ' ' + one + (n === 1 ? '' : 's');
    const total = body.nodes.filter(n => typeOf(n) === 'event' && n.properties.date).length;
    const undated = body.nodes.filter(n => typeOf(n) === 'event' && !n.properties.date).length;
    const counted = () => {
      const events = cy.nodes('[type = "event"]').length;
      const actors = cy.nodes().not('[type = "event"], .tick, .lane').length;
      status.textContent = kind === 'timeline' ? events + ' of ' + count(total, 'dated event') + ' shown'
        + (undated ? ' (' + undated + ' undated, not on the axis)' : '')
        : [actors ? count(actors, 'actor') : '', count(events, 'event'),
          cy.edges().length ? count(cy.edges().length, 'link') : ''].filter(Boolean).join(', ');
    };
    if (kind === 'timeline') bar.append(timelineFilter(cy, body, () => {
      if (!tableBox.hidden) tableBox.replaceChildren(table(cy, n => { cy.nodes().unselect(); n.select(); pick(n); }));
      counted();
    }));
    counted();
    window.influenceGraph = { cy, answer: body, overlap: () => labelOverlap(cy) };
  }).catch(err => { status.textContent = 'Could not load the drawing: ' + err; });
