// The simulator page in headless Chromium: four profiles filled as a doctor would, every figure the
// page shows compared with the API's answer for the same input, the whole flow by keyboard alone,
// axe-core's WCAG 2.1 A/AA rules, and screenshots at 1280 and 390 pixels wide (in e2e/output/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const OUTPUT = new URL('./output/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

let browser;

before(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // A French browser: date fields read jj/mm/aaaa (needs Debian's chromium-l10n).
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr' },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => browser?.close());

async function open(viewport = WIDTHS.desktop) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(BASE + '/');
  await page.waitForSelector('body[data-ready="true"]');
  return { page, context, problems };
}

/** The answer of the API for a request body, to compare the page with. */
async function api(body) {
  const response = await fetch(`${BASE}/api/v1/simulations?explain=true`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200);
  return response.json();
}

async function fill(page, profile) {
  await page.fill('#asOf', profile.asOf);
  await page.selectOption('#specialty', profile.specialty);
  await page.check(`input[name="sector"][value="${profile.sector}"]`);
  if (profile.optam !== undefined) await page.check(`input[name="optam"][value="${profile.optam}"]`);
  for (const id of ['patientsMt', 'patientsFileActive']) {
    if (profile[id] !== undefined) await page.fill(`#${id}`, String(profile[id]));
  }
  if (profile.percentileBand) await page.selectOption('#percentileBand', profile.percentileBand);
  for (const name of ['groupPractice', 'priorityZone']) {
    if (profile[name] !== undefined) await page.check(`input[name="${name}"][value="${profile[name]}"]`);
  }
  if (profile.ccamPercent !== undefined) await page.fill('#ccamShare', String(profile.ccamPercent));
}

async function submit(page) {
  await page.click('button[type="submit"]');
  await page.waitForSelector('#resultat:not([hidden])');
  await page.waitForFunction(() => document.activeElement?.id === 'resultat');
}

/** Codes and parameter paths that must never reach a reader: HALF_TIME, CONVENTION_2024, a.b.c, « non lu ». */
const CODE_WORDS = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[a-z]+[A-Za-z]*(?:\.[A-Za-z0-9_]+){2,}\b|\bnon lu\b|\b(null|undefined|NaN)\b/;

const spaces = (text) => text.replace(/[\u202f\u00a0]/g, ' ').trim();
const euros = (value) => {
  const n = Number(value);
  const format = Number.isInteger(n)
    ? new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
    : new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
  return spaces(format.format(n));
};

/** Every figure on the page equals the API's, both the value behind it and the text shown. */
async function assertSameFigures(page, answer) {
  const shown = await page.evaluate(() => ({
    status: document.querySelector('#verdict').dataset.status,
    reasons: [...document.querySelectorAll('#reason-list li')].map((li) => li.dataset.code),
    missing: [...document.querySelectorAll('#missing a')].map((a) => a.textContent),
    options: [...document.querySelectorAll('.option')].map((card) => ({
      option: card.dataset.option,
      years: [...card.querySelectorAll('tbody tr')].map((tr) => ({
        year: Number(tr.dataset.year), maxAid: tr.dataset.maxAid, text: tr.querySelector('.amount').textContent,
      })),
      regimes: [...card.querySelectorAll('tbody td.regime')].map((td) => td.textContent),
      explanation: [...card.querySelectorAll('.objective-explanation p')].map((p) => p.textContent),
      total: card.querySelector('.total').dataset.total,
      totalText: card.querySelector('.total strong').textContent,
      provisional: card.querySelector('.badge--provisional') !== null,
      objective: Object.fromEntries([...card.querySelectorAll('.objective li')].map((li) => [li.dataset.indicator,
        li.dataset.absent ? null : { start: Number(li.dataset.start), target: Number(li.dataset.target), increase: Number(li.dataset.increase) }])),
    })),
    traceSteps: document.querySelectorAll('#trace > li').length,
    information: [...document.querySelectorAll('#information-list li')].map((li) => li.dataset.parameter),
    text: document.querySelector('#resultat').innerText,
  }));
  assert.doesNotMatch(shown.text, CODE_WORDS, 'the result speaks French to people, without codes');
  assert.deepEqual(shown.information, answer.information.map((i) => i.parameter));
  assert.equal(shown.status, answer.eligibility.status);
  assert.deepEqual(shown.reasons, answer.eligibility.reasons.map((r) => r.code));
  assert.equal(shown.missing.length, answer.eligibility.missingInputs.length);
  assert.deepEqual(shown.options.map((o) => o.option), answer.simulations.map((s) => s.option));
  answer.simulations.forEach((s, i) => {
    const card = shown.options[i];
    assert.deepEqual(card.years.map((y) => y.year), s.years.map((y) => y.contractYear));
    card.years.forEach((y, j) => {
      const expected = s.years[j].maxAid;
      assert.equal(y.maxAid === undefined ? null : Number(y.maxAid), expected === null ? null : Number(expected),
        `${s.option} year ${y.year}`);
      assert.equal(spaces(y.text), expected === null ? 'inconnu' : euros(expected), `${s.option} year ${y.year} as shown`);
    });
    assert.deepEqual(card.regimes, s.years.map((y) => y.regimeLabel), `${s.option}: the text that sets each year's amount`);
    assert.deepEqual(card.explanation, s.objective.explanation, `${s.option}: who sets the objective`);
    if (s.totalMaxAid === null) {
      assert.equal(spaces(card.totalText), 'inconnu');
      return;
    }
    assert.equal(Number(card.total), Number(s.totalMaxAid));
    assert.equal(spaces(card.totalText), euros(s.totalMaxAid));
    assert.equal(card.provisional, s.provisional);
    for (const indicator of ['patientsMt', 'patientsFileActive']) {
      const expected = s.objective[indicator];
      assert.deepEqual(card.objective[indicator],
        expected === null ? null : { start: expected.start, target: expected.target, increase: expected.increase });
    }
  });
  assert.equal(shown.traceSteps, answer.trace.length);
}

async function screenshots(name, run) {
  for (const [size, viewport] of Object.entries(WIDTHS)) {
    const { page, context, problems } = await open(viewport);
    await run(page);
    await page.screenshot({ path: `${OUTPUT}${name}-${viewport.width}.png`, fullPage: true });
    assert.deepEqual(problems, [], `${name} at ${size}: no error in the page`);
    await context.close();
  }
}

test('an eligible GP: verdict, options side by side with their charts, objective, all equal to the API', async () => {
  const profile = { asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1200, patientsFileActive: 1800, percentileBand: 'P50_P70' };
  const answer = await api({ asOf: profile.asOf, specialty: profile.specialty, sector: '1', patientsMt: 1200, patientsFileActive: 1800, percentileBand: 'P50_P70' });
  await screenshots('gp-eligible', async (page) => {
    await fill(page, profile);
    await submit(page);
    await assertSameFigures(page, answer);
    assert.equal(await page.locator('.option svg.chart').count(), 2);
    assert.match(await page.locator('#verdict').innerText(), /Éligible/);
    assert.doesNotMatch(await page.locator('#resultat').innerText(), /\b(null|undefined|NaN)\b/);
    assert.ok(await page.locator('#reason-list a.source').count() >= 3, 'reasons link to their sources');
  });
});

test('an excluded specialty: not eligible, the reason and its source, no option', async () => {
  const profile = { asOf: '2025-03-01', specialty: 'RADIOLOGIE', sector: '1', patientsFileActive: 3000, percentileBand: 'P50_P70' };
  const answer = await api({ asOf: profile.asOf, specialty: 'RADIOLOGIE', sector: '1', patientsFileActive: 3000, percentileBand: 'P50_P70' });
  await screenshots('radiologie-excluded', async (page) => {
    await fill(page, profile);
    await submit(page);
    await assertSameFigures(page, answer);
    assert.equal(await page.locator('.option').count(), 0);
    const reason = page.locator('li[data-code="SPECIALTY_EXCLUDED"]');
    assert.match(await reason.innerText(), /exclue/);
    assert.match(await reason.locator('a').getAttribute('href'), /^https:\/\/www\.ameli\.fr\//);
  });
});

test('a surgeon: the CCAM question appears, is asked when missing, and settles the verdict', async () => {
  await screenshots('surgeon-ccam', async (page) => {
    assert.equal(await page.isVisible('#ccamShare'), false, 'not asked of a GP');
    await fill(page, { asOf: '2025-03-01', specialty: 'CHIRURGIE_VISCERALE', sector: '1', patientsFileActive: 2000, percentileBand: 'P50_P70' });
    assert.equal(await page.isVisible('#ccamShare'), true, 'asked of a surgeon');
    await submit(page);
    const undecided = await api({ asOf: '2025-03-01', specialty: 'CHIRURGIE_VISCERALE', sector: '1', patientsFileActive: 2000, percentileBand: 'P50_P70' });
    assert.equal(undecided.eligibility.status, 'TO_CONFIRM');
    await assertSameFigures(page, undecided);
    assert.match(await page.locator('#missing').innerText(), /CCAM/);
    assert.equal(await page.locator('#q-ccamShare.asked').count(), 1, 'the question is highlighted');
    const answerLink = page.locator('li[data-code="CCAM_SHARE_MISSING"] a.reason__answer');
    assert.equal(await answerLink.getAttribute('href'), '#ccamShare', 'the undecided reason leads to its question');
    assert.doesNotMatch(await page.locator('#reason-list').innerText(), /\d{4}-\d{2}-\d{2}|ccamShare|percentileBand|P\d{2}_/,
      'reasons speak French, without ISO dates or field names');
    await page.fill('#ccamShare', '12');
    await submit(page);
    const answer = await api({ asOf: '2025-03-01', specialty: 'CHIRURGIE_VISCERALE', sector: '1', patientsFileActive: 2000, percentileBand: 'P50_P70', ccamShare: 0.12 });
    assert.equal(answer.eligibility.status, 'ELIGIBLE');
    await assertSameFigures(page, answer);
  });
});

test('a date under avenant 7: group practice and ZIP are asked, the third-time option appears', async () => {
  const profile = { asOf: '2021-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 700, patientsFileActive: 1300, percentileBand: 'P30_P50', groupPractice: 'true', priorityZone: 'true' };
  const answer = await api({ asOf: '2021-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 700, patientsFileActive: 1300, percentileBand: 'P30_P50', groupPractice: true, priorityZone: true });
  assert.deepEqual(answer.simulations.map((s) => s.option), ['THIRD_TIME', 'HALF_TIME', 'FULL_TIME']);
  await screenshots('avenant7', async (page) => {
    await page.fill('#asOf', '2025-03-01');
    await page.dispatchEvent('#asOf', 'change');
    assert.equal(await page.isVisible('#q-groupPractice'), false, 'no group question in 2025');
    await fill(page, profile);
    await page.dispatchEvent('#asOf', 'change');
    assert.equal(await page.isVisible('#q-groupPractice'), true);
    assert.equal(await page.isVisible('#q-priorityZone'), true);
    await submit(page);
    await assertSameFigures(page, answer);
    assert.match(await page.locator('.option[data-option="THIRD_TIME"] .objective').innerText(), /700 → 840/);
  });
});

test('a GP adding a second assistant: the conditions, unknown amounts said so, and the CPAM objective as the commitment', async () => {
  const body = { asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1500, patientsFileActive: 2200,
    percentileBand: 'P70_P90', priorityZone: true, currentOption: 'FULL_TIME', currentContractYear: 3, objectivesMet: true };
  const answer = await api(body);
  assert.deepEqual(answer.simulations.map((s) => s.option), ['SECOND_HALF_TIME', 'SECOND_FULL_TIME']);
  const withTargets = await api({ asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1200,
    patientsFileActive: 1800, percentileBand: 'P50_P70', option: 'HALF_TIME', objectiveTargets: { patientsMt: 1320, patientsFileActive: 1890 } });
  assert.equal(withTargets.simulations[0].objective.basis, 'CPAM_TARGETS');
  await screenshots('second-assistant', async (page) => {
    await fill(page, { asOf: body.asOf, specialty: body.specialty, sector: '1', patientsMt: 1500, patientsFileActive: 2200, percentileBand: 'P70_P90' });
    await page.locator('#current-more summary').click();
    await page.selectOption('#currentOption', 'FULL_TIME');
    await page.fill('#currentContractYear', '3');
    await page.check('input[name="objectivesMet"][value="true"]');
    await page.dispatchEvent('#currentOption', 'change');
    assert.equal(await page.isVisible('#q-priorityZone'), true, 'the ZIP is asked for a second assistant');
    await page.check('input[name="priorityZone"][value="true"]');
    await submit(page);
    await assertSameFigures(page, answer);
    assert.match(await page.locator('.option[data-option="SECOND_FULL_TIME"] .objective-explanation').innerText(), /CPAM/);
    await page.fill('#currentContractYear', '');
    await page.selectOption('#currentOption', '');
    await fill(page, { asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1200, patientsFileActive: 1800, percentileBand: 'P50_P70' });
    await page.selectOption('#option', 'HALF_TIME');
    await page.locator('#objective-more summary').click();
    await page.fill('#targetMt', '1320');
    await page.fill('#targetFa', '1890');
    await submit(page);
    await assertSameFigures(page, withTargets);
    assert.match(await page.locator('.option[data-option="HALF_TIME"]').innerText(), /Objectif communiqué par la CPAM/);
    assert.match(await page.locator('.option[data-option="HALF_TIME"] .objective').innerText(), /1\s?200 → 1\s?320/);
  });
});

test('the option labels and the questions come from the API, not from the page', async () => {
  const form = await (await fetch(`${BASE}/api/v1/form`)).json();
  const title = (label) => label.charAt(0).toUpperCase() + label.slice(1);
  // The page as served, and again with every label of GET /api/v1/form marked: the marked ones show.
  for (const mark of ['', ' [API]']) {
    const context = await browser.newContext({ viewport: WIDTHS.desktop, locale: 'fr-FR' });
    if (mark) {
      await context.route('**/api/v1/form', async (route) => {
        const response = await route.fetch();
        const json = await response.json();
        json.options = json.options.map((o) => ({ ...o, label: o.label + mark }));
        await route.fulfill({ response, json });
      });
    }
    const page = await context.newPage();
    await page.goto(BASE + '/');
    await page.waitForSelector('body[data-ready="true"]');
    const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#option option[value]:not([value=""])')]
      .map((o) => [o.value, o.textContent])));
    assert.deepEqual(shown, Object.fromEntries(form.options.map((o) => [o.code, title(o.label + mark)])), `option labels${mark}`);
    const current = await page.evaluate(() => [...document.querySelectorAll('#currentOption option[value]:not([value=""])')].map((o) => o.value));
    assert.deepEqual(current, form.options.filter((o) => !o.secondAssistant).map((o) => o.code));
    await fill(page, { asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1200, patientsFileActive: 1800, percentileBand: 'P50_P70' });
    await submit(page);
    const headings = await page.evaluate(() => [...document.querySelectorAll('.option h3')].map((h) => [h.closest('.option').dataset.option, h.textContent]));
    assert.ok(headings.length > 0);
    for (const [code, text] of headings) {
      assert.equal(text, title(form.options.find((o) => o.code === code).label + mark), `${code} card${mark}`);
    }
    await context.close();
  }
  // The questions of a date are the period's: a surgeon is asked the CCAM share in 2025, not in 2021.
  const period = (date) => form.periods.find((p) => p.from <= date && (p.until === null || date <= p.until));
  assert.ok(period('2025-03-01').questions.some((q) => q.input === 'ccamShare' && q.specialties.includes('CHIRURGIE_VISCERALE')));
  assert.ok(!period('2021-03-01').questions.some((q) => q.input === 'ccamShare'));
  for (const file of ['/simulateur.js', '/']) {
    assert.doesNotMatch(await (await fetch(BASE + file)).text(), /options\.open|groupPracticeRequired|maxCcamShare|1\/3 de temps plein/,
      `${file} reads no parameter and writes no option label`);
  }
});

test('the whole flow by keyboard alone', async () => {
  const { page, context, problems } = await open();
  const tabTo = async (id) => {
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id) === id) return;
    }
    assert.fail(`#${id} cannot be reached with Tab`);
  };
  const focusVisible = async () => page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  await tabTo('asOf');
  assert.ok(await focusVisible(), 'focus is visible');
  await page.keyboard.type('01032025');
  await tabTo('specialty');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#specialty'), 'MEDECINE_GENERALE');
  await tabTo('patientsMt');
  await page.keyboard.type('1200');
  await tabTo('patientsFileActive');
  await page.keyboard.type('1800');
  await tabTo('percentileBand');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#percentileBand'), 'P50_P70');
  for (let i = 0; i < 10 && await page.evaluate(() => document.activeElement?.textContent) !== 'Simuler'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await focusVisible(), 'the button shows its focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'resultat');
  const answer = await api({ asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1200, patientsFileActive: 1800, percentileBand: 'P50_P70' });
  await assertSameFigures(page, answer);
  // The explanation opens from the keyboard too.
  await page.focus('#explain summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('explain').open), true);
  await page.screenshot({ path: `${OUTPUT}keyboard-1280.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad input is shown next to the form, and the print summary leaves the form out', async () => {
  const { page, context } = await open();
  await page.fill('#asOf', '2018-01-01');
  await page.selectOption('#specialty', 'MEDECINE_GENERALE');
  await page.click('button[type="submit"]');
  await page.waitForSelector('#errors:not([hidden])');
  assert.match(await page.locator('#errors').innerText(), /date de signature/);
  await fill(page, { asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 1200, patientsFileActive: 1800 });
  await submit(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#formulaire'), false, 'the form is not printed');
  assert.equal(await page.isVisible('.option'), true, 'the options are printed');
  await page.screenshot({ path: `${OUTPUT}print-summary.png`, fullPage: true });
  await context.close();
});

/** WCAG 2.1 A and AA rules of axe-core (contrast, labels, names, structure) on the page as it is. */
async function accessibilityViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('accessibility: no WCAG 2.1 A/AA violation on the form, a result and the errors, at both widths', async () => {
  for (const [size, viewport] of Object.entries(WIDTHS)) {
    const { page, context } = await open(viewport);
    assert.deepEqual(await accessibilityViolations(page), [], `form at ${size}`);
    await fill(page, { asOf: '2021-03-01', specialty: 'MEDECINE_GENERALE', sector: '1', patientsMt: 700, patientsFileActive: 1300, percentileBand: 'P30_P50', groupPractice: 'true' });
    await page.dispatchEvent('#asOf', 'change');
    await submit(page);
    await page.locator('#explain').evaluate((d) => { d.open = true; });
    assert.deepEqual(await accessibilityViolations(page), [], `result with the explanation open at ${size}`);
    await page.fill('#asOf', '2018-01-01');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#errors:not([hidden])');
    assert.deepEqual(await accessibilityViolations(page), [], `errors at ${size}`);
    await context.close();
  }
});

test('security headers and nothing from elsewhere', async () => {
  const response = await fetch(BASE + '/');
  assert.match(response.headers.get('content-security-policy'), /default-src 'self'/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  for (const path of ['/', '/simulateur.js', '/simulateur.css']) {
    const cache = (await fetch(BASE + path)).headers.get('cache-control') || '';
    const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? 0);
    assert.ok(maxAge <= 300, `${path} is cached ${cache}: a new version reaches visitors within 5 minutes`);
  }
  const html = await response.text();
  assert.doesNotMatch(html, /(src|href)="https?:\/\//, 'no script or style from another site');
});

/** The collective answer of the API for a request body. */
async function collectiveApi(body) {
  const response = await fetch(`${BASE}/api/v1/collective/simulations`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200);
  return response.json();
}

async function fillGroup(page, group) {
  await page.click('#collectif-link');
  await page.fill('#c-asOf', group.asOf);
  await page.selectOption('#c-structureType', group.structureType);
  await page.fill('#c-etp', String(group.etp));
  while (await page.locator('#c-members > li').count() < group.members.length) await page.click('#c-add');
  for (const [i, m] of group.members.entries()) {
    await page.fill(`#c-m${i}-rpps`, m.rpps);
    await page.fill(`#c-m${i}-patientsMt`, String(m.patientsMt));
    await page.fill(`#c-m${i}-patientsFileActive`, String(m.patientsFileActive));
  }
  await page.click('#collectif-form button[type="submit"]');
  await page.waitForFunction(() => document.activeElement?.id === 'c-resultat' || !document.getElementById('c-errors').hidden);
}

async function shownCollective(page) {
  return page.evaluate(() => ({
    status: document.querySelector('#c-verdict').dataset.status,
    average: document.querySelector('#c-verdict [data-average]')?.dataset.average,
    reasons: [...document.querySelectorAll('#c-reason-list li')].map((li) => li.dataset.code),
    years: [...document.querySelectorAll('#c-schedule tbody tr')].map((tr) => ({ maxAid: tr.dataset.maxAid, text: tr.querySelector('.amount').textContent })),
    total: document.querySelector('#c-schedule .total')?.dataset.total,
    objective: Object.fromEntries([...document.querySelectorAll('#c-schedule .objective li')].map((li) => [li.dataset.indicator,
      { start: Number(li.dataset.start), target: Number(li.dataset.target), increase: Number(li.dataset.increase) }])),
    text: document.querySelector('#c-resultat').innerText,
  }));
}

test('the collective contract: three GPs averaging 800 asking 2 ETP, then a group averaging 760, all equal to the API', async () => {
  const members = [['10000000001', 700, 1100], ['10000000002', 800, 1200], ['10000000003', 900, 1300]]
    .map(([rpps, patientsMt, patientsFileActive]) => ({ rpps, patientsMt, patientsFileActive }));
  const group = { asOf: '2026-03-02', structureType: 'SCM', etp: 2, members };
  await screenshots('collective', async (page) => {
    await fillGroup(page, group);
    const shown = await shownCollective(page);
    const answer = await collectiveApi({ ...group, members: members.map((m) => ({ ...m, specialty: 'MEDECINE_GENERALE', sector: '1', particularPractice: false, traineeSupervisor: false })) });
    assert.doesNotMatch(shown.text, CODE_WORDS, 'the collective result speaks French to people');
    assert.equal(shown.status, 'ELIGIBLE');
    assert.equal(shown.status, answer.eligibility.status);
    assert.equal(Number(shown.average), 800);
    assert.deepEqual(shown.reasons, answer.eligibility.reasons.map((r) => r.code));
    assert.deepEqual(shown.years.map((y) => Number(y.maxAid)), [76000, 56000, 44000, 44000, 44000]);
    assert.deepEqual(shown.years.map((y) => spaces(y.text)), answer.years.map((y) => euros(y.maxAid)));
    assert.equal(Number(shown.total), Number(answer.totalMaxAid));
    assert.deepEqual(shown.objective, {
      patientsMt: { start: 2400, target: 2920, increase: 520 },
      patientsFileActive: { start: 3600, target: 3820, increase: 220 },
    });
  });
  const { page, context, problems } = await open();
  await fillGroup(page, { ...group, members: members.map((m, i) => (i === 0 ? { ...m, patientsMt: 580 } : m)) });
  const refused = await shownCollective(page);
  assert.equal(refused.status, 'NOT_ELIGIBLE');
  assert.equal(Number(refused.average), 760);
  assert.ok(refused.reasons.includes('AVERAGE_MT_BELOW_FLOOR'));
  assert.equal(refused.years.length, 0);
  assert.deepEqual(await accessibilityViolations(page), [], 'the collective result is accessible');
  assert.deepEqual(problems, [], 'no error in the page before the bad input');
  // A bad RPPS is shown next to its doctor (the browser logs the 400 itself).
  await page.fill('#c-m1-rpps', '123');
  await page.click('#collectif-form button[type="submit"]');
  await page.waitForSelector('#c-errors:not([hidden])');
  assert.match(await page.locator('#c-errors').innerText(), /médecin 2 : le numéro RPPS/);
  assert.equal(await page.getAttribute('#c-m1-rpps', 'aria-invalid'), 'true');
  assert.deepEqual(await accessibilityViolations(page), [], 'the collective errors are accessible');
  await context.close();
});
