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
  await page.getByTestId('activeEditor').click();
  await page.keyboard.type(`:play ${apiUrl}/guide/influence-graph.html`);
  await page.getByTestId('editor-Run').click();
  const guide = page.getByTestId('frame').first();
  await guide.getByText('Every person, organization and place is an').waitFor({ timeout: 30000 });
  await guide.getByText(new RegExp(`^\\s*1\\s*/\\s*${files.length + 1}\\s*$`)).waitFor({ timeout: 10000 });
  await page.screenshot({ path: (process.env.SCREENSHOT || 'browser-check.png').replace(/\.png$/, '-guide.png') });
  console.log(`browser-check: the guide plays, ${files.length + 1} slides`);
  if (external.length > 0) {
    throw new Error('the Browser reached other hosts: ' + external.join(', '));
  }
  console.log(`browser-check: ok (the Browser connected over ${boltUri} and showed ${expected.join(', ')}; no other host reached)`);
} finally {
  await chromiumBrowser.close();
}
