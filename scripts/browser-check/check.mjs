// Opens the Browser link that `serve` printed, logs in as a user would (the form comes filled in but for the
// password, which it types), runs a query in its editor and checks that the result frame shows the answer.
// Also checks that the page reached no host but the local server. Then it loads every canned query file of
// cypher/queries into the editor as it is and runs it: the `:param` line and the query must both succeed.
// It plays the Influence Graph guide that the API serves and checks its slides, shows the embeddable view
// in an iframe on another origin; from a page of another origin, tries to write through the database's
// HTTP port, its Bolt port (a web socket) and the API, and checks that each is refused; and last, checks
// that a page whose name resolves to this machine (DNS rebinding) cannot read the API.
// Usage: NEO4J_PASSWORD=... node check.mjs BROWSER_LINK API_URL
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import { createServer } from 'http';

const [url, apiUrl] = process.argv.slice(2);
const password = process.env.NEO4J_PASSWORD;
const browserUrl = url.slice(0, url.indexOf('?'));
const boltUri = new URL(url).searchParams.get('dbms');
const query = "MATCH (m:Person)-[:MEDIATOR]->(e:Event {type: 'mediation'}) RETURN m.name AS mediator, e.date AS date";
const expected = ['Alexander Lukashenko', '2023-06-24'];

const health = async () => (await fetch(`${apiUrl}/api/health`)).json();

const chromiumBrowser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    // DNS rebinding, played out: a name of another site that resolves to this machine.
    '--host-resolver-rules=MAP rebind.example 127.0.0.1'],
});
const external = [];
try {
  const page = await chromiumBrowser.newPage({ viewport: { width: 1280, height: 900 } });
  const local = new URL(browserUrl).hostname;
  page.on('response', r => { if (new URL(r.url()).hostname !== local) external.push(r.url()); });

  // The Browser keeps the credentials for the session: after the first login it connects by itself.
  const connected = page.getByText(/You have a working connection|You are connected as user/).first();
  const open = async address => {
    await page.goto(address);
    const form = page.getByTestId('password');
    await connected.or(form).first().waitFor({ timeout: 30000 });
    if (await form.isVisible()) {
      if (await page.getByTestId('username').inputValue() !== 'neo4j') throw new Error('the link does not fill in the user');
      await form.fill(password);
      await page.getByTestId('connect').click();
    }
    await connected.waitFor({ timeout: 30000 });
  };
  await open(url);

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
    await open(`${url}&cmd=edit&arg=${encodeURIComponent(text)}`);
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

  await open(url);
  const guide = page.getByTestId('frame').first();
  // Typing into the editor while the Browser is still busy can lose keys: up to three tries, each into an
  // emptied editor (a lost try's keys left in it would spoil the next one).
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('activeEditor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(`:play ${apiUrl}/guide/influence-graph.html`);
    await page.getByTestId('editor-Run').click();
    try {
      await guide.getByText('Every person, organization and place is an').waitFor({ timeout: 30000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
      console.log('browser-check: the guide did not open, trying again');
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
  // A web page of another origin, open in the same browser as the Browser (logged in above), tries to write.
  const hostile = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Some other site</title><p>Nothing to see.');
  });
  await new Promise(resolve => hostile.listen(0, '127.0.0.1', resolve));
  try {
    const before = await health();
    await page.goto(`http://localhost:${hostile.address().port}/`);
    const tried = await page.evaluate(async ({ db, api, bolt }) => {
      const create = JSON.stringify({ statements: [{ statement: "CREATE (:Planted {by: 'a web page'})" }] });
      const article = 'Vladimir Putin met Alexander Lukashenko in Minsk on 1 May 2024 to plant a story.';
      const attempts = {
        'database tx/commit as JSON': () => fetch(`${db}/db/neo4j/tx/commit`, { method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: create }),
        'database tx/commit with a guessed password': () => fetch(`${db}/db/neo4j/tx/commit`, { method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + btoa('neo4j:neo4j') }, body: create }),
        'database tx/commit as a simple request': () => fetch(`${db}/db/neo4j/tx/commit`, { method: 'POST',
          headers: { 'Content-Type': 'text/plain' }, body: create }),
        'API article as a simple request': () => fetch(`${api}/api/articles?title=Planted`, { method: 'POST',
          headers: { 'Content-Type': 'text/plain' }, body: article }),
        'API merge as JSON': () => fetch(`${api}/api/entities/vladimir-putin/merge`, { method: 'POST',
          headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ other: 'alexander-lukashenko' }) }),
        'API import upload': () => { const form = new FormData();
          form.append('file', new Blob(['id,type,name\nplanted,person,Planted Person\n']), 'entities.csv');
          return fetch(`${api}/api/imports`, { method: 'POST', body: form }); },
      };
      const out = {};
      for (const [what, attempt] of Object.entries(attempts)) {
        try {
          const r = await attempt();
          out[what] = `answered ${r.status}: ${(await r.text()).slice(0, 200)}`;
        } catch (e) {
          out[what] = `refused (${e.message})`;
        }
      }
      // Bolt over a web socket: handshake for Bolt 5.0, then HELLO without credentials, as a driver would.
      out['Bolt web socket, HELLO without a password'] = await new Promise(resolve => {
        const ws = new WebSocket(bolt);
        ws.binaryType = 'arraybuffer';
        let step = 0;
        const text = s => [0x80 + s.length, ...new TextEncoder().encode(s)];
        const hello = [0xB1, 0x01, 0xA2, ...text('user_agent'), ...text('page/1'), ...text('scheme'), ...text('none')];
        ws.onopen = () => ws.send(new Uint8Array([0x60, 0x60, 0xB0, 0x17, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        ws.onmessage = m => {
          const bytes = new Uint8Array(m.data);
          if (step++ === 0) {
            ws.send(new Uint8Array([0, hello.length, ...hello, 0, 0]));
          } else {
            resolve(bytes[3] === 0x7F ? 'refused (FAILURE to HELLO)' : `answered ${bytes[3] === 0x70 ? 'SUCCESS' : bytes[3]}`);
            ws.close();
          }
        };
        ws.onerror = () => resolve('refused (the socket failed)');
        ws.onclose = () => resolve('refused (the socket closed)');
      });
      return out;
    }, { db: browserUrl.replace(/\/browser\/$/, ''), api: apiUrl, bolt: boltUri.replace(/^bolt:\/\/([^@]*@)?/, 'ws://') });
    for (const [what, outcome] of Object.entries(tried)) {
      console.log(`browser-check: from another origin, ${what}: ${outcome}`);
    }
    const through = Object.keys(tried).filter(what => !tried[what].startsWith('refused'));
    if (through.length > 0) throw new Error(`a page of another origin got through: ${through.join('; ')}`);
    const after = await health();
    if (after.nodes !== before.nodes || after.relationships !== before.relationships) {
      throw new Error(`the graph changed under the other origin's attempts: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    }
    console.log(`browser-check: ${Object.keys(tried).length} writes from another origin refused; the graph is unchanged `
        + `(${after.nodes} nodes, ${after.relationships} relationships)`);
  } finally {
    hostile.close();
  }
  // The rebinding page is the API's origin in the browser's eyes; the API answers its name with 421.
  const rebound = await page.goto(`http://rebind.example:${new URL(apiUrl).port}/api/queries`);
  const refusal = await rebound.json().catch(() => ({}));
  if (rebound.status() !== 421 || refusal.error !== 'misdirected request') {
    throw new Error(`a page at rebind.example read the API: ${rebound.status()} ${JSON.stringify(refusal).slice(0, 200)}`);
  }
  console.log(`browser-check: a page whose name rebinds to this machine gets ${rebound.status()} from the API`);
  console.log(`browser-check: ok (the Browser connected over ${boltUri} and showed ${expected.join(', ')}; no other host reached)`);
} finally {
  await chromiumBrowser.close();
}
