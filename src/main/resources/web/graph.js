// Draws graph answers with Cytoscape.js for the front end and the embeds alike: one colour and shape per
// type, layouts that keep labels apart (fCoSE for networks, layers for paths, a time axis for timelines),
// reader-facing details, a legend and a table alternative.

/** One colour per type, the same in the front end, the embeds and the Neo4j Browser style (.grass). */
export const TYPES = {
  person: { colour: '#2a6fdb', shape: 'ellipse', name: 'Person' },
  organization: { colour: '#d9822b', shape: 'round-rectangle', name: 'Organization' },
  place: { colour: '#3b9c5b', shape: 'diamond', name: 'Place' },
  event: { colour: '#8e5bd6', shape: 'hexagon', name: 'Event' },
  source: { colour: '#6b6b6b', shape: 'rectangle', name: 'Source' },
};

const FONT = 12;
/** Labels are never drawn smaller than this many pixels at the first zoom: a reader pans instead. */
export const MIN_LABEL_PX = 11;

export function typeOf(node) {
  const t = String(node.type || '').toLowerCase();
  return TYPES[t] ? t : 'person';
}

/** Words a reader knows: "member of", "mediator". */
export function words(type) {
  return String(type || '').toLowerCase().replace(/[_-]/g, ' ');
}

function shorten(text, max) {
  const s = String(text || '');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** An event's label: its date and type, then a short title, so that it does not read like a person. */
export function eventLabel(node) {
  const p = node.properties || {};
  return [p.date, words(p.type)].filter(Boolean).join(' ') + (node.name ? '\n' + shorten(node.name, 28) : '');
}

export function label(node) {
  return typeOf(node) === 'event' ? eventLabel(node) : shorten(node.name || node.id, 32);
}

/** Cytoscape elements of a graph answer ({nodes, edges}); each keeps the answer's node or edge. */
export function elements(answer) {
  const out = [];
  const ids = new Set();
  answer.nodes.forEach(n => {
    ids.add(n.id);
    out.push({ group: 'nodes', data: { id: n.id, label: label(n), type: typeOf(n), node: n } });
  });
  answer.edges.forEach((e, i) => {
    if (ids.has(e.from) && ids.has(e.to)) {
      out.push({ group: 'edges', data: { id: 'e' + i + '-' + e.id, source: e.from, target: e.to,
        label: words(e.type), edge: e } });
    }
  });
  return out;
}

export function style(edgeLabels) {
  const s = [
    { selector: 'node', style: { label: 'data(label)', 'font-size': FONT, 'text-wrap': 'wrap', 'text-max-width': 140,
      'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22, color: '#1d1d1d',
      'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
    { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'line-color': '#b5b5b5',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#b5b5b5', 'arrow-scale': 0.8,
      'font-size': FONT - 2, color: '#555', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
      'text-background-opacity': 0.85, label: edgeLabels ? 'data(label)' : '' } },
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'line-color': '#333',
      'target-arrow-color': '#333', 'z-index': 10 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111', width: 30, height: 30 } },
    { selector: 'node.tick', style: { shape: 'rectangle', width: 1, height: 8, 'background-color': '#888',
      'text-valign': 'bottom', color: '#444', 'text-background-opacity': 0 } },
    { selector: 'node.timed', style: { width: 10, height: 10, 'text-halign': 'right', 'text-valign': 'center',
      'text-margin-x': 4, 'text-margin-y': 0, 'text-wrap': 'none' } },
    { selector: 'node.lane', style: { width: 1, height: 1, 'background-opacity': 0, 'text-halign': 'left',
      'text-valign': 'center', color: '#666', 'font-style': 'italic' } },
  ];
  Object.entries(TYPES).forEach(([t, v]) => s.splice(1, 0, { selector: `node[type = "${t}"]`,
    style: { 'background-color': v.colour, shape: v.shape } }));
  return s;
}

/** Boxes of the labels drawn, in model coordinates. */
export function labelBoxes(cy) {
  const boxes = [];
  cy.elements(':visible').forEach(ele => {
    if (!ele.style('label')) return;
    const b = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true,
      includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false });
    if (b.w > 0 && b.h > 0) boxes.push({ ele, b });
  });
  return boxes;
}

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** How many pairs of labels overlap, of how many pairs. */
export function labelOverlap(cy) {
  const boxes = labelBoxes(cy);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i].b, boxes[j].b)) count++;
    }
  }
  return { overlapping: count, pairs: boxes.length * (boxes.length - 1) / 2, labels: boxes.length };
}

/** Pushes apart nodes whose labels (with the node) overlap: the layout's last step, a few rounds. */
function separate(cy, rounds) {
  const nodes = cy.nodes(':visible').not('.tick, .lane');
  for (let r = 0; r < rounds; r++) {
    let moved = false;
    const boxes = nodes.map(n => ({ n, b: n.boundingBox({ includeLabels: true, includeEdges: false }) }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].b, b = boxes[j].b;
        if (!overlaps(a, b)) continue;
        const dx = Math.min(a.x2 - b.x1, b.x2 - a.x1), dy = Math.min(a.y2 - b.y1, b.y2 - a.y1);
        const pa = boxes[i].n.position(), pb = boxes[j].n.position();
        if (dx < dy) {
          const s = (pa.x <= pb.x ? -1 : 1) * (dx / 2 + 2);
          boxes[i].n.position({ x: pa.x + s, y: pa.y });
          boxes[j].n.position({ x: pb.x - s, y: pb.y });
        } else {
          const s = (pa.y <= pb.y ? -1 : 1) * (dy / 2 + 2);
          boxes[i].n.position({ x: pa.x, y: pa.y + s });
          boxes[j].n.position({ x: pb.x, y: pb.y - s });
        }
        boxes[i].b = boxes[i].n.boundingBox({ includeLabels: true, includeEdges: false });
        boxes[j].b = boxes[j].n.boundingBox({ includeLabels: true, includeEdges: false });
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Layers by distance from a root (a path), across on wide screens and down on narrow ones. */
function layered(cy, root, narrow) {
  const level = new Map([[root.id(), 0]]);
  const queue = [root];
  while (queue.length) {
    const n = queue.shift();
    n.neighborhood('node').forEach(m => {
      if (!level.has(m.id())) { level.set(m.id(), level.get(n.id()) + 1); queue.push(m); }
    });
  }
  const byLevel = [];
  cy.nodes().forEach(n => {
    const l = level.has(n.id()) ? level.get(n.id()) : 0;
    (byLevel[l] = byLevel[l] || []).push(n);
  });
  const widest = Math.max(...cy.nodes().map(n => n.boundingBox({ includeLabels: true }).w));
  const across = Math.max(widest + 30, 120), down = 70;
  byLevel.forEach((nodes, l) => nodes.forEach((n, i) => {
    const off = (i - (nodes.length - 1) / 2);
    n.position(narrow ? { x: off * across, y: l * down * 1.4 } : { x: l * across, y: off * down });
  }));
}

const DAY = 86400000;

function time(date) {
  if (!date) return null;
  const [y, m, d] = String(date).split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

/** Events on a time axis (at the top), one lane per event type; actors are left out (they are the rows' subject). */
function timeAxis(cy) {
  const events = cy.nodes('[type = "event"]').filter(n => time(n.data('node').properties.date) !== null);
  cy.nodes().not(events).remove();
  if (!events.length) return;
  events.forEach(n => {
    const p = n.data('node').properties;
    n.data('label', p.date + ' ' + shorten(n.data('node').name, 30));
    n.addClass('timed');
  });
  const times = events.map(n => time(n.data('node').properties.date));
  const min = Math.min(...times), max = Math.max(...times);
  // As wide as the frame allows with labels at their least size, the last label included (a phone pans).
  const room = (cy.width() - 40) / (MIN_LABEL_PX / FONT);
  let width = Math.max(cy.width() - 320, 200);
  placeOnAxis(cy, events, min, max, width);
  const excess = cy.elements().boundingBox({ includeLabels: true }).w - room;
  if (excess > 0 && width - excess >= 200) {
    width -= excess;
    cy.nodes('.tick, .lane').remove();
    placeOnAxis(cy, events, min, max, width);
  }
}

/** Year marks above, one lane per event type below; a label that would touch the one before takes a new row. */
function placeOnAxis(cy, events, min, max, width) {
  const x = t => max === min ? width / 2 : (t - min) / (max - min) * width;
  const lanes = [...new Set(events.map(n => n.data('node').properties.type || 'other'))].sort();
  const spanYears = (max - min) / DAY / 365;
  const step = spanYears > 12 ? 5 : spanYears > 4 ? 2 : 1;
  const first = new Date(min).getUTCFullYear(), last = new Date(max).getUTCFullYear() + 1;
  for (let year = first; year <= last; year += step) {
    const t = Date.UTC(year, 0, 1);
    if (t < min - 200 * DAY || t > max + 200 * DAY) continue;
    cy.add({ group: 'nodes', data: { id: 'tick-' + year, label: String(year), type: 'tick' }, classes: 'tick',
      position: { x: x(t), y: -28 } }).lock();
  }
  const ROW = 22;
  let y = 0;
  lanes.forEach(lane => {
    const inLane = events.filter(n => (n.data('node').properties.type || 'other') === lane)
        .sort((a, b) => time(a.data('node').properties.date) - time(b.data('node').properties.date));
    const ends = [];
    cy.add({ group: 'nodes', data: { id: 'lane-' + lane, label: words(lane), type: 'lane' }, classes: 'lane',
      position: { x: -16, y: y + ROW / 2 } }).lock();
    inLane.forEach(n => {
      const left = x(time(n.data('node').properties.date));
      n.position({ x: left, y: 0 });
      const right = n.boundingBox({ includeLabels: true }).x2;
      let row = ends.findIndex(end => end < left - 8);
      if (row < 0) { row = ends.length; ends.push(0); }
      ends[row] = right;
      n.position({ x: left, y: y + ROW / 2 + row * ROW });
    });
    y += (ends.length + 0.6) * ROW;
  });
}

/**
 * Lays out and fits: 'network' (fCoSE with labels counted in node sizes), 'path' (layers from `root`) or
 * 'timeline' (a time axis). Labels stay at least MIN_LABEL_PX high at the first zoom.
 */
export function draw(cy, kind, root) {
  const narrow = cy.width() < 600;
  if (kind === 'timeline') {
    timeAxis(cy);
  } else if (kind === 'path' && root && cy.$id(root).nonempty()) {
    layered(cy, cy.$id(root), narrow);
  } else if (cy.nodes().length > 1) {
    cy.layout({ name: typeof cytoscape !== 'undefined' && cytoscape('layout', 'fcose') ? 'fcose' : 'cose',
      quality: 'proof', randomize: true, animate: false, nodeDimensionsIncludeLabels: true, packComponents: true,
      nodeRepulsion: () => 12000, idealEdgeLength: () => 90, nodeSeparation: 90, numIter: 4000 }).run();
  }
  if (kind !== 'timeline') separate(cy, 60);
  fit(cy, root, kind === 'timeline');
}

/** Fits the drawing; if that makes labels too small, keeps them readable and shows the start or the root. */
export function fit(cy, root, fromStart) {
  cy.fit(cy.elements(':visible'), 20);
  const least = MIN_LABEL_PX / FONT;
  if (cy.zoom() < least && fromStart) {
    const box = cy.elements(':visible').boundingBox();
    cy.zoom(least);
    cy.pan({ x: 10 - box.x1 * least, y: 10 - box.y1 * least });
  } else if (cy.zoom() < least) {
    cy.zoom(least);
    const focus = root && cy.$id(root).nonempty() ? cy.$id(root) : cy.nodes().max(n => n.degree()).ele;
    if (focus) cy.center(focus);
  } else if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center();
  }
}

export function el(tag, content, attrs) {
  const e = document.createElement(tag);
  if (content !== undefined && content !== null) e.textContent = content;
  Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== undefined && v !== null) e.setAttribute(k, v); });
  return e;
}

/** A link to a source, only for web addresses: a javascript: URL in imported data must not become live. */
export function sourceLink(source) {
  const title = source.title || source.source || source.id;
  const url = String(source.url || '');
  const item = /^https?:\/\//i.test(url) ? el('a', title, { href: url, target: '_blank', rel: 'noopener' })
    : el('span', title);
  const span = el('span');
  span.append(item);
  const meta = [source.publisher, source.date].filter(Boolean).join(', ');
  if (meta) span.append(' (' + meta + ')');
  return span;
}

/** The legend: the types drawn, each with its colour. */
export function legend(cy) {
  const box = el('ul', null, { class: 'ig-legend', 'aria-label': 'legend' });
  const seen = new Set(cy.nodes().map(n => n.data('type')));
  Object.entries(TYPES).filter(([t]) => seen.has(t)).forEach(([t, v]) => {
    const li = el('li');
    li.append(el('span', null, { class: 'ig-swatch ig-' + t, style: undefined }), v.name);
    li.firstChild.style.background = v.colour;
    box.append(li);
  });
  return box;
}

/** The facts a node or edge rests on, as reader-facing lines: what, who, when, role, quote and source. */
export function details(target, sources) {
  const box = el('div');
  const lines = el('dl');
  const add = (k, v) => { if (v !== undefined && v !== null && v !== '') { lines.append(el('dt', k), el('dd', String(v))); } };
  let edges;
  if (target.isNode()) {
    const n = target.data('node');
    const p = n.properties || {};
    box.append(el('h2', n.name || n.id));
    add('Type', TYPES[typeOf(n)].name + (p.type && typeOf(n) === 'event' ? ': ' + words(p.type) : ''));
    add('Date', p.date);
    add('Also known as', Array.isArray(p.aliases) ? p.aliases.slice(0, 6).join(', ') : null);
    add('Description', p.description);
    add('Country', p.country);
    edges = target.connectedEdges().map(e => e.data('edge'));
    if (typeOf(n) !== 'event' && typeOf(n) !== 'source') {
      const more = el('a', 'Open profile', { href: '/#/entity/' + encodeURIComponent(n.id), target: '_top' });
      box.append(more);
    }
  } else {
    const e = target.data('edge');
    const p = e.properties || {};
    box.append(el('h2', target.source().data('node').name + ' — ' + words(e.type) + ' — '
      + target.target().data('node').name));
    add('Role', p.role || p.detail);
    add('From', p.start);
    add('Until', p.end);
    add('Confidence', typeof p.confidence === 'number' ? Math.round(p.confidence * 100) + ' %' : null);
    edges = [e];
  }
  box.append(lines);
  box.append(el('h3', 'Sources'));
  const list = el('ul', null, { class: 'ig-sources', id: 'ig-sources' });
  const seen = new Set();
  edges.forEach(e => {
    const id = (e.properties || {}).source;
    const quote = (e.properties || {}).quote;
    if (!id || seen.has(id + '|' + quote)) return;
    seen.add(id + '|' + quote);
    const s = sources && sources[id] ? Object.assign({ id }, sources[id].properties, { title: sources[id].name })
      : { id };
    const li = el('li');
    li.append(sourceLink(s));
    if (quote) li.append(el('q', quote));
    list.append(li);
  });
  if (!list.children.length) list.append(el('li', 'none in this view'));
  box.append(list);
  return box;
}

/** The same answer as a table: one row per tie or part in an event, for readers who cannot use the drawing. */
export function table(cy, onPick) {
  const t = el('table', null, { class: 'ig-table' });
  const head = el('tr');
  ['From', 'Link', 'To', 'Date', 'Source'].forEach(h => head.append(el('th', h, { scope: 'col' })));
  t.append(el('caption', 'Every link drawn'), head);
  if (cy.edges().empty()) {
    // A timeline draws events alone: one row per event.
    head.replaceChildren(...['Date', 'Type', 'Event'].map(h => el('th', h, { scope: 'col' })));
    t.firstChild.textContent = 'Every event drawn';
    cy.nodes('[type = "event"]').sort((a, b) => String(a.data('node').properties.date)
      .localeCompare(String(b.data('node').properties.date))).forEach(n => {
      const p = n.data('node').properties;
      const open = el('button', n.data('node').name, { type: 'button' });
      open.addEventListener('click', () => onPick(n));
      const cell = el('td');
      cell.append(open);
      const tr = el('tr');
      tr.append(el('td', p.date || ''), el('td', words(p.type)), cell);
      t.append(tr);
    });
    return t;
  }
  cy.edges().forEach(edge => {
    const e = edge.data('edge');
    const p = e.properties || {};
    const tr = el('tr');
    const from = el('button', edge.source().data('node').name, { type: 'button' });
    from.addEventListener('click', () => onPick(edge.source()));
    const to = el('button', edge.target().data('node').name, { type: 'button' });
    to.addEventListener('click', () => onPick(edge.target()));
    const tdFrom = el('td'); tdFrom.append(from);
    const tdTo = el('td'); tdTo.append(to);
    tr.append(tdFrom, el('td', words(e.type) + (p.role ? ' (' + p.role + ')' : '')), tdTo,
      el('td', edge.target().data('node').properties.date || p.start || ''), el('td', p.quote || ''));
    t.append(tr);
  });
  return t;
}

/** The arrows move the selection from node to node (in reading order); Enter shows its details. */
export function keyboard(cy, container, onPick) {
  container.tabIndex = 0;
  container.addEventListener('keydown', ev => {
    const nodes = cy.nodes(':visible').not('.tick, .lane').sort((a, b) =>
      a.position('y') - b.position('y') || a.position('x') - b.position('x'));
    if (!nodes.length) return;
    const current = cy.nodes(':selected').first();
    let i = current.nonempty() ? nodes.indexOf(current) : -1;
    if (['ArrowRight', 'ArrowDown'].includes(ev.key)) i = (i + 1) % nodes.length;
    else if (['ArrowLeft', 'ArrowUp'].includes(ev.key)) i = (i - 1 + nodes.length) % nodes.length;
    else if (ev.key === 'Enter' && current.nonempty()) { onPick(current); return; }
    else return;
    ev.preventDefault();
    cy.nodes().unselect();
    nodes[i].select();
    cy.center(nodes[i]);
    onPick(nodes[i]);
  });
}

/** Saves the drawing as a PNG file. */
export function downloadPng(cy, name) {
  const a = el('a', null, { href: cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: name + '.png' });
  document.body.append(a);
  a.click();
  a.remove();
}

const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const xml = text => String(text).replace(/[&<>"]/g, c => XML_ESCAPES[c]);

/** A node's outline as SVG, after its drawn shape (ellipse, rectangle, diamond, hexagon). */
function svgShape(node) {
  const { x, y } = node.position();
  const w = node.width() / 2, h = node.height() / 2;
  const fill = node.style('background-color');
  const border = parseFloat(node.style('border-width')) ? ` stroke="${node.style('border-color')}" stroke-width="${parseFloat(node.style('border-width'))}"` : '';
  const points = p => `<polygon points="${p.map(([a, b]) => (x + a).toFixed(1) + ',' + (y + b).toFixed(1)).join(' ')}" fill="${fill}"${border}/>`;
  switch (node.style('shape')) {
    case 'diamond': return points([[0, -h], [w, 0], [0, h], [-w, 0]]);
    case 'hexagon': return points([[-w / 2, -h], [w / 2, -h], [w, 0], [w / 2, h], [-w / 2, h], [-w, 0]]);
    case 'rectangle': return `<rect x="${x - w}" y="${y - h}" width="${2 * w}" height="${2 * h}" fill="${fill}"${border}/>`;
    case 'round-rectangle': return `<rect x="${x - w}" y="${y - h}" width="${2 * w}" height="${2 * h}" rx="${Math.min(w, h) / 2}" fill="${fill}"${border}/>`;
    default: return `<ellipse cx="${x}" cy="${y}" rx="${w}" ry="${h}" fill="${fill}"${border}/>`;
  }
}

/** An element's label as SVG text lines, where Cytoscape draws it (its label box). */
function svgLabel(ele) {
  const text = ele.style('label');
  if (!text) return '';
  const b = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true,
    includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false });
  if (!(b.w > 0)) return '';
  const size = parseFloat(ele.style('font-size'));
  const lines = String(text).split('\n');
  const step = b.h / lines.length;
  const italic = ele.style('font-style') === 'italic' ? ' font-style="italic"' : '';
  const back = `<rect x="${b.x1.toFixed(1)}" y="${b.y1.toFixed(1)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}" fill="#fff" fill-opacity="${ele.style('text-background-opacity')}"/>`;
  return back + lines.map((line, i) => `<text x="${(b.x1 + b.w / 2).toFixed(1)}" y="${(b.y1 + step * (i + 0.78)).toFixed(1)}" `
    + `font-size="${size}" text-anchor="middle" fill="${ele.style('color')}"${italic}>${xml(line)}</text>`).join('');
}

/** The drawing as SVG: what is on screen, in the same colours, shapes and labels, at full size. */
export function svg(cy) {
  const box = cy.elements(':visible').boundingBox({ includeLabels: true });
  const pad = 10;
  const parts = [];
  cy.edges(':visible').forEach(e => {
    const s = e.sourceEndpoint(), t = e.targetEndpoint();
    const colour = e.style('line-color');
    parts.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${colour}" stroke-width="${parseFloat(e.style('width'))}"/>`);
    const angle = Math.atan2(t.y - s.y, t.x - s.x), len = 7, spread = 0.45;
    const a = [t.x - len * Math.cos(angle - spread), t.y - len * Math.sin(angle - spread)];
    const b = [t.x - len * Math.cos(angle + spread), t.y - len * Math.sin(angle + spread)];
    parts.push(`<polygon points="${t.x.toFixed(1)},${t.y.toFixed(1)} ${a.map(v => v.toFixed(1))} ${b.map(v => v.toFixed(1))}" fill="${colour}"/>`);
  });
  cy.nodes(':visible').forEach(n => { if (!n.hasClass('lane')) parts.push(svgShape(n)); });
  cy.elements(':visible').forEach(ele => parts.push(svgLabel(ele)));
  const w = box.w + 2 * pad, h = box.h + 2 * pad;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w.toFixed(0)}" `
    + `height="${h.toFixed(0)}" viewBox="${(box.x1 - pad).toFixed(1)} ${(box.y1 - pad).toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" `
    + `font-family="system-ui, sans-serif"><rect x="${(box.x1 - pad).toFixed(1)}" y="${(box.y1 - pad).toFixed(1)}" `
    + `width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="#fff"/>${parts.join('')}</svg>\n`;
}

/** Saves the drawing as an SVG file (no Cytoscape SVG extension is published as a WebJar: this is ours). */
export function downloadSvg(cy, name) {
  const url = URL.createObjectURL(new Blob([svg(cy)], { type: 'image/svg+xml' }));
  const a = el('a', null, { href: url, download: name + '.svg' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
