// Opens the Neo4j Browser that `serve` runs, lets it connect to the embedded database over Bolt, runs a
// query in its editor and checks that the result frame shows the answer. Also checks that the page
// reached no host but the local server. Usage: node check.mjs BROWSER_URL BOLT_URI
import { chromium } from 'playwright-core';

const [browserUrl, boltUri] = process.argv.slice(2);
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
  if (external.length > 0) {
    throw new Error('the Browser reached other hosts: ' + external.join(', '));
  }
  console.log(`browser-check: ok (the Browser connected over ${boltUri} and showed ${expected.join(', ')}; no other host reached)`);
} finally {
  await chromiumBrowser.close();
}
