// End-to-end: opens courtql's GraphiQL page in headless Chromium, runs a
// query, checks the result shown in the page against the API, and saves a
// screenshot to out/graphiql.png.
//
// Usage: node graphiql.test.mjs http://127.0.0.1:8080
//   CHROMIUM=/usr/bin/chromium by default.
//
// The page must work on an isolated network: its assets are embedded in the
// server, and any request to a host other than the loopback one is blocked
// and fails the test.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] || process.env.COURTQL_URL || '').replace(/\/$/, '');
if (!base) {
  console.error('usage: node graphiql.test.mjs BASE_URL');
  process.exit(2);
}
const QUERY = '{ courts(first: 1) { totalCount } }';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// loopback reports whether the page may fetch url: the server's own host, or
// data:/blob: URLs that never leave the browser.
function loopback(url) {
  const u = new URL(url);
  return u.protocol === 'data:' || u.protocol === 'blob:' || LOOPBACK.has(u.hostname);
}

const results = [];
function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${detail ? ` (${detail})` : ''}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  const requested = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (loopback(url)) return route.continue();
    problems.push(`blocked request to a non-loopback host: ${url}`);
    return route.abort();
  });

  // The expected answer, straight from the API.
  const api = await fetch(`${base}/query`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  }).then((r) => r.json());
  const want = api?.data?.courts?.totalCount;
  check('API answers the query', Number.isInteger(want), `totalCount ${want}`);

  const resp = await page.goto(`${base}/?query=${encodeURIComponent(QUERY)}`);
  check('GET / serves the page', resp?.status() === 200, `HTTP ${resp?.status()}`);
  await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
  const assets = requested.filter((u) => u.includes('/graphiql/assets/'));
  check('GraphiQL rendered from the embedded assets', assets.length >= 4, assets.map((u) => u.split('/').slice(-2).join('/')).join(', '));
  await page.click('.graphiql-execute-button');
  const shown = await page.waitForFunction(() => {
    const text = document.querySelector('.graphiql-response')?.innerText || '';
    const m = /"totalCount":\s*(\d+)/.exec(text);
    return m ? Number(m[1]) : null;
  }, null, { timeout: 30_000 }).then((h) => h.jsonValue());
  check('result shown in the page', shown === want, `page shows totalCount ${shown}, API says ${want}`);

  await mkdir(path.join(here, 'out'), { recursive: true });
  await page.screenshot({ path: path.join(here, 'out', 'graphiql.png') });
  check('screenshot saved', true, 'e2e/out/graphiql.png');
  const outside = requested.filter((u) => !loopback(u));
  check('no request to a non-loopback host', outside.length === 0, `${requested.length} requests; outside: ${outside.join(', ')}`);
  check('no page errors or blocked requests', problems.length === 0, problems.join('; '));
} catch (e) {
  check('browser run', false, e.message);
  if (problems.length) console.log(problems.join('\n'));
} finally {
  await browser.close();
}
const passed = results.filter(Boolean).length;
console.log(`browser: ${passed} passed, ${results.length - passed} failed`);
process.exit(results.length - passed === 0 ? 0 : 1);
