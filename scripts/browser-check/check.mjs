// Opens the Neo4j Browser that `serve` runs, lets it connect to the embedded database over Bolt, runs a
// query in its editor and checks that the result frame shows the answer. Also checks that the page
// reached no host but the local server. Then it loads every canned query file of cypher/queries into the
// editor as it is and runs it: the `:param` line and the query must both succeed.
// Last, it plays the Influence Graph guide that the API serves and checks its slides.
// Usage: node check.mjs BROWSER_URL BOLT_URI API_URL
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import { createServer } from 'http';

const [browserUrl, boltUri, apiUrl] = process.argv.slice(2);
const query = "MATCH (m:Person)-[:MEDIATOR]->(e:Event {type: 'mediation'}) RETURN m.name AS mediator, e.date AS date";
const expected = ['Alexander Lukashenko', '2023-06-24'];

const chromiumBrowser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const external = [];
try {
  const page = await chromiumBrowser.newPage({ viewport: { width: 1280, height: 900 } });
  const local = new URL(browserUrl).hostname;
  page.on('response', r => { if (new URL(r.url()).hostname !== local) external.push(r.url()); });

  const url = `${browserUrl}?dbms=${encodeURIComponent(boltUri)}&db=neo4j&preselectAuthMethod=NO_AUTH`;
  await page.goto(url);
  await page.getByText('You have a working connection').waitFor({ timeout: 30000 });

  await page.getByTestId('activeEditor').click();
  await page.keyboard.type(query);
  await page.getByTestId('editor-Run').click();
  const frame = page.getByTestId('frame').filter({ hasText: 'mediator' }).first();
  await frame.getByText('Table', { exact: true }).first().click().catch(() => {});
  for (const text of expected) {
    await frame.getByText(text).first().waitFor({ timeout: 30000 });
  }
  await page.screenshot({ path: process.env.SCREENSHOT || 'browser-check.png' });

  const queries = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher', 'queries');
  const files = readdirSync(queries).filter(f => f.endsWith('.cypher')).sort();
  for (const file of files) {
    const text = readFileSync(join(queries, file), 'utf8');
    await page.goto(`${url}&cmd=edit&arg=${encodeURIComponent(text)}`);
    await page.getByText('You have a working connection').waitFor({ timeout: 30000 });
    await page.getByTestId('editor-Run').click();
    const contents = page.getByTestId('frame').first().getByTestId('frameContents');
    const statement = contents.getByText(/^\s*(MATCH|CALL|UNWIND|WITH)\b/).first();
    let shown;
    try {
      await statement.waitFor({ timeout: 30000 });
      await statement.click();
      await contents.getByText('SUCCESS', { exact: true }).first().waitFor({ timeout: 15000 });
    } catch (e) {
      shown = await contents.innerText().catch(() => '(no frame)');
      throw new Error(`${file} does not run as it is in the Browser:\n${shown.slice(0, 1500)}`);
    }
    shown = await contents.innerText();
    if (!shown.includes('SUCCESS') || shown.includes('ERROR')) {
      throw new Error(`${file} does not run as it is in the Browser:\n${shown.slice(0, 1500)}`);
    }
  }
  console.log(`browser-check: ${files.length} canned query files run as they are in the Browser`);

  await page.goto(url);
  await page.getByText('You have a working connection').waitFor({ timeout: 30000 });
  const guide = page.getByTestId('frame').first();
  // Typing into the editor while the Browser is still busy can lose keys: one more try before failing.
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('activeEditor').click();
    await page.keyboard.type(`:play ${apiUrl}/guide/influence-graph.html`);
    await page.getByTestId('editor-Run').click();
    try {
      await guide.getByText('Every person, organization and place is an').waitFor({ timeout: 30000 });
      break;
    } catch (e) {
      if (attempt === 2) throw e;
      console.log('browser-check: the guide did not open, trying once more');
    }
  }
  await guide.getByText(new RegExp(`^\\s*1\\s*/\\s*${files.length + 1}\\s*$`)).waitFor({ timeout: 10000 });
  await page.screenshot({ path: (process.env.SCREENSHOT || 'browser-check.png').replace(/\.png$/, '-guide.png') });
  console.log(`browser-check: the guide plays, ${files.length + 1} slides`);

  if (external.length > 0) {
    throw new Error('the Browser reached other hosts: ' + external.join(', '));
  }

  // The embeddable view, inside an iframe of a page on another origin, as a newsroom would embed it.
  const embedUrl = `${apiUrl}/embed/shortest-path?from=Tikhanovskaya&to=Putin`;
  const host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><title>Newsroom story</title><h1>A story</h1>
      <iframe id="embed" src="${embedUrl}" width="1000" height="600" style="border:1px solid #ccc"></iframe>`);
  });
  await new Promise(resolve => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://localhost:${host.address().port}/`);
    const frameHandle = await page.waitForSelector('#embed');
    const frame = await frameHandle.contentFrame();
    await frame.waitForFunction(() => window.influenceGraph && window.influenceGraph.cy, null, { timeout: 30000 });
    const drawn = await frame.evaluate(() => ({
      nodes: window.influenceGraph.cy.nodes().map(n => n.id()).sort(),
      edges: window.influenceGraph.cy.edges().map(e => e.data('source') + '>' + e.data('target')),
    }));
    for (const id of ['alexander-lukashenko', 'sviatlana-tsikhanouskaya', 'vladimir-putin']) {
      if (!drawn.nodes.includes(id)) throw new Error(`the embedded graph lacks ${id}: ${JSON.stringify(drawn)}`);
    }
    if (!drawn.edges.some(e => e.includes('alexander-lukashenko') && e.includes('vladimir-putin'))) {
      throw new Error(`the embedded graph has no edge between Lukashenko and Putin: ${JSON.stringify(drawn)}`);
    }
    const at = await frame.evaluate(() => {
      const p = window.influenceGraph.cy.$id('alexander-lukashenko').renderedPosition();
      const box = document.getElementById('ig-graph').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    const box = await frameHandle.boundingBox();
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const sources = frame.locator('#ig-sources li');
    await sources.first().waitFor({ timeout: 10000 });
    const listed = await sources.allInnerTexts();
    if (!listed.some(t => /bne IntelliNews|The Conversation|DW|World Today News|Pozirk/.test(t))) {
      throw new Error('clicking Lukashenko shows no source: ' + JSON.stringify(listed));
    }
    await page.screenshot({ path: (process.env.SCREENSHOT || 'browser-check.png').replace(/\.png$/, '-embed.png') });
    console.log(`browser-check: the embed draws ${drawn.nodes.length} nodes and ${drawn.edges.length} edges inside `
        + `an iframe on another origin; a click on Lukashenko lists ${listed.length} sources`);
  } finally {
    host.close();
  }
  console.log(`browser-check: ok (the Browser connected over ${boltUri} and showed ${expected.join(', ')}; no other host reached)`);
} finally {
  await chromiumBrowser.close();
}
