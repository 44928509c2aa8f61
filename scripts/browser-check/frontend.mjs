// Uses the newsroom front end at / as a journalist would, on the sample data: searches "Тихановская", opens her
// profile with its sources, her network, and the path to Putin; accepts a candidate mediation on the review page
// and finds it in the mediations list; merges a likely duplicate and undoes it; opens the timeline. Then measures
// the embeds at 1200x800 and 400x800 (overlapping labels, the graph's share of the width, label size) and
// checks them against the targets. Screenshots and the measures go to target/.
// Usage: node frontend.mjs API_URL WRITE_TOKEN OUT_DIR
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'fs';

const [api, token, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
});
const log = text => console.log('browser-check (front end): ' + text);

async function json(path, options) {
  const response = await fetch(api + path, options);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  const external = [];
  page.on('request', r => { if (new URL(r.url()).origin !== new URL(api).origin && !r.url().startsWith('data:')) external.push(r.url()); });
  const shot = name => page.screenshot({ path: `${out}/frontend-${name}.png` });
  const drawn = () => page.waitForFunction(() => window.influenceGraph && window.influenceGraph.cy
    && window.influenceGraph.cy.nodes().length > 0, null, { timeout: 30000 });

  // Search in another script, pick the suggestion, read the profile and its sources.
  await page.goto(api + '/');
  await page.locator('#q').pressSequentially('Тихановская', { delay: 40 });
  const suggestion = page.locator('#suggestions li', { hasText: 'Sviatlana Tsikhanouskaya' });
  await suggestion.first().waitFor({ timeout: 15000 });
  await suggestion.first().click();
  await page.locator('h1', { hasText: 'Sviatlana Tsikhanouskaya' }).waitFor({ timeout: 15000 });
  // The sample's articles have no addresses: a source is its title, publisher and date (a link when it has a URL).
  await page.locator('.facts .source small', { hasText: 'Source: ' }).first().waitFor({ timeout: 15000 });
  const sourced = await page.locator('.facts .source small', { hasText: /Source: .+\(.+, \d{4}/ }).count();
  const quotes = await page.locator('.facts q').count();
  if (sourced < 3 || quotes < 3) throw new Error(`her profile shows ${sourced} sources and ${quotes} quotes`);
  await shot('profile');
  log(`search "Тихановская" opens her profile: ${sourced} facts with their source, ${quotes} quotes`);

  await page.getByRole('link', { name: 'Network', exact: true }).click();
  await drawn();
  const network = await page.evaluate(() => window.influenceGraph.cy.nodes().map(n => n.id()));
  if (!network.includes('sviatlana-tsikhanouskaya') || network.length < 5) throw new Error('her network: ' + network);
  await page.locator('#graph').click({ position: { x: 5, y: 5 } });
  const before = network.length;
  await page.evaluate(() => window.influenceGraph.cy.$id('alexander-lukashenko').select());
  await page.locator('#expand').click();
  await page.waitForFunction(n => window.influenceGraph.cy.nodes().length > n, before, { timeout: 30000 });
  const after = await page.evaluate(() => window.influenceGraph.cy.nodes().length);
  await shot('network');
  log(`her network draws ${before} nodes; expanding Lukashenko makes ${after}`);
  // The drawing as SVG beside PNG: every node's label is in it as text.
  for (const [button, file] of [['Download SVG', 'network.svg'], ['Download PNG', 'network.png']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    await download.saveAs(`${out}/frontend-${file}`);
  }
  const svg = readFileSync(`${out}/frontend-network.svg`, 'utf8');
  const texts = (svg.match(/<text /g) || []).length;
  if (!svg.startsWith('<?xml') || !svg.includes('<svg xmlns="http://www.w3.org/2000/svg"') || texts < after
    || !svg.includes('>Alexander Lukashenko</text>')) throw new Error(`the SVG download has ${texts} labels for ${after} nodes`);
  log(`the network downloads as SVG (${texts} labels, ${svg.length} bytes) and PNG`);

  await page.goBack();
  await page.goBack();
  await page.locator('h1', { hasText: 'Sviatlana Tsikhanouskaya' }).waitFor({ timeout: 15000 });
  await page.getByRole('link', { name: /connected to/ }).click();
  await page.locator('input[name=b]').fill('Putin');
  await page.getByRole('button', { name: 'Find the shortest chains' }).click();
  await page.locator('.chains li', { hasText: 'Vladimir Putin' }).first().waitFor({ timeout: 30000 });
  await drawn();
  const chain = await page.locator('.chains li').first().innerText();
  await shot('path');
  log(`the path to Putin: ${chain}`);

  // What she and Lukashenko have in common, from the form.
  await page.goto(api + '/#/common');
  await page.locator('input[name=a]').fill('Тихановская');
  await page.locator('input[name=b]').fill('Lukashenko');
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.locator('#answer table.rows').first().waitFor({ timeout: 30000 });
  const shared = await page.locator('#answer h2').allInnerTexts();
  const sharedRows = await page.locator('#answer table.rows tr').count();
  if (!shared.length || sharedRows < 3) throw new Error('in common: ' + shared.join('; '));
  await shot('common');
  log(`what she and Lukashenko have in common: ${shared.join('; ')}`);

  // A fact held for review, corrected and accepted on the review page, then in the mediations list. Which
  // sentence the reader holds as a candidate, and as what, is the reader's business: any event it holds will do,
  // corrected into a mediation by actors of the sample (Trump between Putin and Zelensky) under a title of our own.
  const article = await json('/api/articles?title=Paris%20talks&publisher=Browser%20Check&date=2024-03-02', {
    method: 'POST', headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'text/plain' },
    body: 'Paris talks\n\nFrench President Emmanuel Macron acted as a go-between in talks with Vladimir Putin and '
      + 'Volodymyr Zelensky on Saturday.\nAngela Merkel called for a dialogue between Alexander Lukashenko and '
      + 'Sviatlana Tsikhanouskaya.\nOlaf Scholz will meet Viktor Orban in Budapest next week.\n' });
  const held = await json('/api/queries/candidates?source=' + encodeURIComponent(article.article));
  const candidate = held.rows.find(c => c.kind === 'event');
  if (!candidate) throw new Error('the article gave no event to review: ' + JSON.stringify(held.rows));
  const title = 'Ceasefire talks (browser check)';
  await page.goto(api + '/#/review');
  await page.locator('#token').fill(token);
  await page.getByRole('button', { name: 'Use this token' }).click();
  const item = page.locator(`.candidate[data-id="${candidate.id}"]`);
  await item.waitFor({ timeout: 15000 });
  await item.getByRole('button', { name: 'Correct, then accept' }).click();
  const form = item.locator('form.correction');
  await form.locator('input[name=title]').fill(title);
  await form.locator('select[name=type]').selectOption('mediation');
  const wanted = [['donald-trump', 'mediator'], ['vladimir-putin', 'party'], ['volodymyr-zelensky', 'party']];
  while (await form.locator('.actor').count() < wanted.length) await form.getByRole('button', { name: 'Add an actor' }).click();
  while (await form.locator('.actor').count() > wanted.length) await form.locator('.actor').last().getByRole('button', { name: 'Remove' }).click();
  for (const [i, [who, role]] of wanted.entries()) {
    const row = form.locator('.actor').nth(i);
    await row.locator('input[data-actor]').fill(who);
    await row.locator('select').selectOption(role);
  }
  await form.getByRole('button', { name: 'Accept as corrected' }).click();
  await page.locator('#review-status', { hasText: 'Accepted as corrected' }).waitFor({ timeout: 15000 });
  await shot('reviewed');
  await page.goto(api + '/#/mediations');
  const row = page.locator('#mediations tr', { hasText: title });
  await row.waitFor({ timeout: 15000 });
  const cells = await row.locator('td').allInnerTexts();
  if (cells[1] !== 'Donald Trump' || !/Vladimir Putin/.test(cells[2]) || !/Volodymyr Zelensky/.test(cells[2])) {
    throw new Error('the corrected mediation reads: ' + cells.join(' | '));
  }
  await shot('mediations');
  log(`"${candidate.claim}" (${candidate.type}), corrected on the review page into "${title}", is in the mediations `
    + `list: ${cells.slice(0, 3).join(' | ')}`);

  // A merge and its undo from the duplicates list.
  await page.goto(api + '/#/review');
  const pair = page.locator('.pair').first();
  await pair.waitFor({ timeout: 15000 });
  const [a, b] = [await pair.getAttribute('data-a'), await pair.getAttribute('data-b')];
  await pair.locator('.merge').click();
  await page.locator('#review-status', { hasText: 'Merged' }).waitFor({ timeout: 15000 });
  const merges = await json('/api/merges');
  if (merges.merges.length !== 1 || merges.merges[0].absorbed !== b) throw new Error('after the merge: ' + JSON.stringify(merges));
  await shot('merged');
  await page.locator(`.merge-entry[data-id="${merges.merges[0].id}"] .undo`).click();
  await page.locator('#review-status', { hasText: 'Undone' }).waitFor({ timeout: 15000 });
  const left = await json('/api/merges');
  const restored = await json('/api/entities/' + encodeURIComponent(b));
  if (left.merges.length !== 0 || restored.id !== b) throw new Error('after the undo: ' + JSON.stringify(left));
  log(`merged ${b} into ${a} from the duplicates list, and undid it`);

  await page.goto(api + '/#/timeline/alexander-lukashenko');
  await page.locator('svg .axis-line').waitFor({ state: 'attached', timeout: 15000 });
  const ticks = await page.locator('svg text.tick').allTextContents();
  const events = await page.locator('svg .event-label').count();
  if (ticks.length < 2 || events < 10) throw new Error(`the timeline has ${ticks.length} year ticks and ${events} events`);
  await shot('timeline');
  log(`the timeline puts ${events} events on a time axis marked ${ticks.join(', ')}`);
  if (errors.length) throw new Error('script errors: ' + errors.join('; '));
  if (external.length) throw new Error('the front end reached other hosts: ' + external.join(', '));

  // The API page names this server and tries a call from its form.
  await page.goto(api + '/api/docs');
  const base = await page.locator('#base').innerText();
  if (base !== api) throw new Error(`the API page names ${base}, not ${api}`);
  const tryForm = page.locator('form.try[action="/api/queries/mediators"]');
  await tryForm.locator('input[name=name]').fill('Prigozhin');
  const [answer] = await Promise.all([page.waitForEvent('popup'), tryForm.getByRole('button', { name: 'Try it' }).click()]);
  await answer.waitForLoadState();
  const tried = JSON.parse(await answer.locator('body').innerText());
  if (!(tried.count > 0) || !answer.url().includes('name=Prigozhin')) throw new Error('the API page tried: ' + answer.url());
  await answer.close();
  log(`the API page names ${base} and its form tries ${new URL(answer.url()).pathname}: ${tried.count} rows`);

  // The embeds, measured.
  const top = await json('/api/cypher', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'MATCH (p:Person) RETURN p.id AS id, COUNT { (p)--() } AS degree '
      + 'ORDER BY degree DESC, id LIMIT 1' }) });
  const hub = top.rows[0].id;
  const embeds = [
    ['mediators', '/embed/mediators', 0],
    ['shortest-path', '/embed/shortest-path?from=Tikhanovskaya&to=Putin', 0],
    ['timeline', '/embed/timeline?name=Lukashenko', 0],
    [`network depth 2 (${hub})`, `/embed/network?name=${hub}&depth=2`, 0.02],
  ];
  const rows = [];
  const failures = [];
  for (const [width, height] of [[1200, 800], [400, 800]]) {
    const view = await browser.newPage({ viewport: { width, height } });
    view.on('pageerror', e => errors.push(e.message));
    for (const [name, path, allowed] of embeds) {
      await view.goto(api + path);
      await view.waitForFunction(() => window.influenceGraph && window.influenceGraph.cy, null, { timeout: 60000 });
      const m = await view.evaluate(() => {
        const { cy, overlap } = window.influenceGraph;
        const o = overlap();
        const sizes = cy.elements(':visible').filter(e => e.style('label'))
          .map(e => parseFloat(e.style('font-size')) * cy.zoom());
        const graph = document.getElementById('ig-graph').getBoundingClientRect();
        return { ...o, share: graph.width / window.innerWidth, px: Math.min(...sizes), nodes: cy.nodes().length };
      });
      const file = `${out}/embed-${name.split(' ')[0]}-${width}.png`;
      await view.screenshot({ path: file });
      const pct = m.pairs ? m.overlapping / m.pairs : 0;
      rows.push(`| ${name} | ${width}×${height} | ${m.nodes} | ${m.labels} | ${m.overlapping} of ${m.pairs} `
        + `(${(pct * 100).toFixed(2)} %) | ${Math.round(m.share * 100)} % | ${m.px.toFixed(1)} px |`);
      if (pct > allowed) failures.push(`${name} at ${width}: ${m.overlapping} overlapping label pairs`);
      if (m.share < (width < 600 ? 0.99 : 0.6)) failures.push(`${name} at ${width}: the graph is ${Math.round(m.share * 100)} % wide`);
      if (m.px < 10) failures.push(`${name} at ${width}: labels ${m.px.toFixed(1)} px`);
    }
    await view.close();
  }
  // The timeline embed's filter: a later first year and one type fewer leave fewer events, and the count says so.
  const filtered = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  filtered.on('pageerror', e => errors.push(e.message));
  await filtered.goto(api + '/embed/timeline?name=Lukashenko');
  await filtered.waitForFunction(() => window.influenceGraph && window.influenceGraph.cy, null, { timeout: 60000 });
  const shown = () => filtered.evaluate(() => ({ status: document.getElementById('ig-status').textContent,
    events: window.influenceGraph.cy.nodes('[type = "event"]').length,
    ticks: window.influenceGraph.cy.nodes('.tick').map(n => n.data('label')) }));
  const all = await shown();
  await filtered.locator('#ig-filter input[name=from]').fill('2022');
  await filtered.locator('#ig-filter input[name=from]').dispatchEvent('change');
  const later = await shown();
  const shownType = await filtered.evaluate(() => window.influenceGraph.cy.nodes('[type = "event"]')[0].data('node').properties.type);
  await filtered.locator(`#ig-filter input[name=type][value="${shownType}"]`).uncheck();
  const fewer = await shown();
  await filtered.screenshot({ path: `${out}/embed-timeline-filtered.png` });
  await filtered.close();
  for (const [what, m] of [['all', all], ['from 2022', later], ['one type fewer', fewer]]) {
    if (!m.status.startsWith(m.events + ' of ')) throw new Error(`timeline ${what}: "${m.status}" for ${m.events} events`);
  }
  if (!(later.events < all.events) || !(fewer.events < later.events) || later.ticks.some(y => Number(y) < 2022)) {
    throw new Error('the timeline filter: ' + JSON.stringify([all, later, fewer]));
  }
  log(`the timeline embed filters by period and type: ${all.status}; from 2022: ${later.status} (axis `
    + `${later.ticks.join(', ')}); one type fewer: ${fewer.status}`);

  const table = ['| embed | viewport | nodes | labels | overlapping label pairs | graph width | smallest label |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
  writeFileSync(`${out}/embed-measures.md`, table + '\n');
  console.log(table);
  if (errors.length) throw new Error('script errors: ' + errors.join('; '));
  if (failures.length) throw new Error('embeds miss their targets: ' + failures.join('; '));
  log('ok');
} finally {
  await browser.close();
}
