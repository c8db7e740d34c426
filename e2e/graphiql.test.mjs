// End-to-end: opens courtql's GraphiQL page in headless Chromium, runs a
// query, checks the result shown in the page against the API, and saves a
// screenshot to out/graphiql.png.
//
// Usage: node graphiql.test.mjs http://127.0.0.1:8080
//   CHROMIUM=/usr/bin/chromium by default.
//
// The machine has no internet: the page's CDN URLs (unpkg / jsdelivr
// "pkg@version/path") are answered from this directory's node_modules, and
// only if the installed version is the one the page asks for.
import { chromium } from 'playwright-core';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const base = (process.argv[2] || process.env.COURTQL_URL || '').replace(/\/$/, '');
if (!base) {
  console.error('usage: node graphiql.test.mjs BASE_URL');
  process.exit(2);
}
const QUERY = '{ courts(first: 1) { totalCount } }';
const CDN = /^https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/((?:@[^/]+\/)?[^@/]+)@([^/]+)\/(.+)$/;
const TYPES = { '.js': 'application/javascript', '.css': 'text/css', '.map': 'application/json' };

// cdnFile maps a CDN URL to a file in node_modules, refusing version drift.
async function cdnFile(url) {
  const m = CDN.exec(url.split('?')[0]);
  if (!m) return null;
  const [, pkg, version, file] = m;
  const pkgDir = path.dirname(require.resolve(`${pkg}/package.json`));
  const installed = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')).version;
  if (installed !== version) throw new Error(`${url}: page wants ${pkg}@${version}, e2e has ${installed}`);
  const full = path.join(pkgDir, file);
  if (!full.startsWith(pkgDir + path.sep)) throw new Error(`${url}: path escapes ${pkg}`);
  return { body: await readFile(full), type: TYPES[path.extname(full)] || 'application/octet-stream' };
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
  const served = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    try {
      const f = await cdnFile(url);
      if (!f) {
        problems.push(`blocked external request ${url}`);
        return route.abort();
      }
      served.push(url);
      return route.fulfill({ status: 200, body: f.body, contentType: f.type,
        headers: { 'access-control-allow-origin': '*' } });
    } catch (e) {
      problems.push(e.message);
      return route.abort();
    }
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
  check('GraphiQL rendered from local CDN copies', served.length >= 3, served.map((u) => u.split('/').slice(-3).join('/')).join(', '));
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
