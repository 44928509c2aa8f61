// Draws the graph of one canned query's answer with Cytoscape.js: nodes styled by type, edges labelled
// by tie or event role, details and sources of what is clicked, and a time filter for dated events.
(function () {
  'use strict';
  const root = document.getElementById('ig');
  const status = document.getElementById('ig-status');
  const details = document.getElementById('ig-details');
  const url = '/api/queries/' + encodeURIComponent(root.dataset.query) + '?' +
      (root.dataset.params ? root.dataset.params + '&' : '') + 'format=graph';

  function kind(node) {
    if (node.labels.includes('Event')) return 'Event';
    return node.labels.find(l => l !== 'Entity') || node.labels[0] || 'Node';
  }

  function text(value) {
    return value === null || value === undefined ? '' : (typeof value === 'object' ? JSON.stringify(value) : String(value));
  }

  function el(tag, content, attrs) {
    const e = document.createElement(tag);
    if (content !== undefined) e.textContent = content;
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  function sourceItem(id, quote, sources) {
    const li = el('li');
    const s = sources[id];
    // Only web links: a javascript: or data: URL in imported data must not become a live link.
    if (s && /^https?:\/\//i.test(String(s.properties.url || ''))) {
      li.appendChild(el('a', s.name || id, { href: s.properties.url, target: '_blank', rel: 'noopener' }));
    } else {
      li.appendChild(el('span', s ? (s.name || id) : id));
    }
    if (s && (s.properties.publisher || s.properties.date)) {
      li.appendChild(el('span', ' (' + [s.properties.publisher, s.properties.date].filter(Boolean).join(', ') + ')'));
    }
    if (quote) li.appendChild(el('q', quote));
    return li;
  }

  function show(target, sources) {
    details.replaceChildren();
    const data = target.data();
    const item = target.isNode() ? data.node : data.edge;
    details.appendChild(el('h2', target.isNode() ? (item.name || item.id) : data.label));
    const dl = el('dl');
    const props = Object.assign({}, target.isNode() ? { type: kind(item), id: item.id } : { from: item.from, to: item.to },
        item.properties);
    ['source', 'quote', 'key'].forEach(k => delete props[k]);
    Object.entries(props).forEach(([k, v]) => { dl.appendChild(el('dt', k)); dl.appendChild(el('dd', text(v))); });
    details.appendChild(dl);
    details.appendChild(el('h3', 'Sources'));
    const list = el('ul', undefined, { id: 'ig-sources' });
    const edges = target.isNode() ? target.connectedEdges().map(e => e.data('edge')) : [item];
    const seen = new Set();
    edges.forEach(e => {
      const id = e.properties.source;
      const key = id + '|' + (e.properties.quote || '');
      if (id && !seen.has(key)) { seen.add(key); list.appendChild(sourceItem(id, e.properties.quote, sources)); }
    });
    if (!list.children.length) list.appendChild(el('li', 'none in this view'));
    details.appendChild(list);
  }

  function timeFilter(cy) {
    const years = cy.nodes().map(n => n.data('year')).filter(y => y);
    if (!years.length) return;
    const min = Math.min(...years), max = Math.max(...years);
    const box = document.getElementById('ig-time');
    const from = el('input', undefined, { type: 'range', min, max, value: min, id: 'ig-from', 'aria-label': 'from year' });
    const to = el('input', undefined, { type: 'range', min, max, value: max, id: 'ig-to', 'aria-label': 'to year' });
    const label = el('span', min + '–' + max);
    const apply = () => {
      const a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
      label.textContent = a + '–' + b;
      cy.nodes().forEach(n => {
        const y = n.data('year');
        n.style('display', !y || (y >= a && y <= b) ? 'element' : 'none');
      });
    };
    from.addEventListener('input', apply);
    to.addEventListener('input', apply);
    box.append('Dated events: ', from, to, label);
  }

  fetch(url).then(r => r.json().then(body => ({ ok: r.ok, body }))).then(({ ok, body }) => {
    if (!ok) { status.textContent = body.detail || body.error; return; }
    const elements = [];
    body.nodes.forEach(n => {
      const date = n.properties.date;
      elements.push({ group: 'nodes', data: { id: n.id, label: n.name || n.id, kind: kind(n), node: n,
        year: n.labels.includes('Event') && date ? parseInt(String(date).slice(0, 4), 10) : null } });
    });
    body.edges.forEach((e, i) => elements.push({ group: 'edges', data: { id: 'e' + i, source: e.from, target: e.to,
      label: e.type.toLowerCase().replace(/_/g, ' '), edge: e } }));
    const cy = cytoscape({
      container: document.getElementById('ig-graph'),
      elements,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120,
          'background-color': '#888', width: 26, height: 26 } },
        { selector: 'node[kind = "Person"]', style: { 'background-color': '#2a6fdb' } },
        { selector: 'node[kind = "Organization"]', style: { 'background-color': '#d9822b', shape: 'round-rectangle' } },
        { selector: 'node[kind = "Place"]', style: { 'background-color': '#3b9c5b', shape: 'diamond' } },
        { selector: 'node[kind = "Event"]', style: { 'background-color': '#8e5bd6', shape: 'hexagon', width: 20, height: 20 } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, 'curve-style': 'bezier',
          'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#aaa', 'target-arrow-color': '#aaa',
          'text-rotation': 'autorotate', color: '#555' } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111', 'line-color': '#111' } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, idealEdgeLength: 120, nodeRepulsion: 9000 }
    });
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    const sources = body.sources || {};
    cy.on('tap', 'node, edge', ev => show(ev.target, sources));
    timeFilter(cy);
    status.textContent = body.nodes.length + ' nodes, ' + body.edges.length + ' edges';
    window.influenceGraph = { cy, answer: body };
  }).catch(err => { status.textContent = 'Could not load the graph: ' + err; });
})();
