// Swagger UI in headless Chromium: the contract renders under the service's Content-Security-Policy
// (its page alone allows inline scripts), with no console error, and the API's pages keep the strict
// policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const OUTPUT = new URL('./output/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

let browser;

before(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => browser?.close());

test('Swagger UI renders the contract with no console error', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const elsewhere = [];
  page.on('request', (r) => { if (!r.url().startsWith(BASE) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });

  const response = await page.goto(BASE + '/q/swagger-ui/');
  assert.equal(response.status(), 200);
  await page.waitForSelector('.opblock-summary-path', { timeout: 30000 });
  const title = await page.textContent('.info .title');
  assert.match(title, /assistant médical/);
  const paths = await page.$$eval('.opblock-summary-path', (nodes) => nodes.map((n) => n.textContent.trim()));
  for (const path of ['/api/v1/simulations', '/api/v1/contracts', '/api/v1/contract-events']) {
    assert.ok(paths.some((p) => p.replace(/\u200b/g, '') === path), `${path} is listed (found ${paths.length} operations)`);
  }
  // One operation opened: its schema renders too.
  await page.click('#operations-Simulation-simulate .opblock-summary, .opblock-post .opblock-summary >> nth=0');
  await page.waitForSelector('.opblock.is-open .opblock-body');
  await page.screenshot({ path: OUTPUT + 'swagger-ui.png', fullPage: false });
  assert.deepEqual(problems, [], 'no console error (a blocked inline script would show here)');
  assert.deepEqual(elsewhere, [], 'nothing is loaded from another site');
  await context.close();
});

test('the relaxed policy is Swagger UI\'s alone', async () => {
  const ui = (await fetch(BASE + '/q/swagger-ui/')).headers.get('content-security-policy');
  assert.match(ui, /script-src 'self' 'unsafe-inline'/);
  assert.match(ui, /connect-src 'self'/);
  for (const path of ['/', '/api/v1/specialties', '/q/openapi']) {
    const policy = (await fetch(BASE + path)).headers.get('content-security-policy');
    assert.match(policy, /script-src 'self';/, `${path} keeps the strict policy`);
    assert.doesNotMatch(policy, /unsafe/, `${path} keeps the strict policy`);
  }
});
