// The behaviour both renderers must show, checked through the DOM contract they share:
//   - every field, group, list and item container carries `data-pointer` (its JSON Pointer);
//   - every message is an `.asysta-issue` with `data-code` and `data-severity` inside its node;
//   - the error summary is `.asysta-summary`, its links point at `#<id>` of their targets;
//   - a form that cannot be shown is a `[role=alert]` box; events are asysta-change/-submit/-error.
// Fed by every built-in definition's own examples (valid ones with their warnings, invalid ones with
// their errors), so a new form is covered without a new test.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runDraftChecks } from './drafts-suite.mjs';
import { runKeyboardChecks } from './keyboard-suite.mjs';
import { runStepChecks } from './steps-suite.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const definitionsDir = fileURLToPath(new URL('../../packages/forms/definitions/', import.meta.url));
const DEFINITIONS = readdirSync(definitionsDir)
  .filter((file) => file.endsWith('.form.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(definitionsDir + file, 'utf8')));
const TIMEOUT = 10_000;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Everything a person sees of the form, by pointer: labels, values, messages, the summary. */
function snapshotInPage() {
  const root = window.asystaDriver.root();
  const nodes = [...root.querySelectorAll('[data-pointer]')].map((node) => {
    const own = [...node.querySelectorAll('.asysta-issue')].filter((issue) => issue.closest('[data-pointer]') === node);
    const control = node.querySelector('input, select, textarea, output');
    const value = !control ? '' : control.type === 'checkbox' || control.type === 'radio' ? String(control.checked) : (control.value ?? control.textContent);
    const label = node.querySelector('label, legend, .asysta-label')?.textContent.replace(/\s*\*\s*$/, '').trim() ?? '';
    return [node.dataset.pointer, label, value, own.map((issue) => `${issue.dataset.severity}:${issue.dataset.code}`).join(',')];
  });
  const summary = [...root.querySelectorAll('.asysta-summary a')].map((a) => a.textContent.trim());
  return { nodes, summary };
}

/** The deepest focused element's id (through shadow roots). */
function activeIdInPage() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.id ?? '';
}

function isWithin(pointer, ancestor) {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** Runs every check against one renderer; each view snapshot goes into `snapshots` as it is taken. */
export async function runSuite({ context, url, renderer, checks, snapshots }) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  /** The driver is ready and axe is in the page (again after a reload). */
  const prepare = async () => {
    await page.waitForFunction(() => typeof window.asystaDriver === 'object', undefined, { timeout: TIMEOUT });
    await page.evaluate(axeSource);
  };
  await page.goto(url);
  await prepare();

  /** A check of this renderer's page: the page's errors are collected per check. */
  const check = (name, fn) => {
    problems.length = 0;
    return checks.check(name, fn);
  };
  const mount = async (options) => {
    await page.evaluate((o) => window.asystaDriver.mount(o), options);
    await page.waitForFunction(
      () => {
        const root = window.asystaDriver.root();
        return root && (root.querySelector('[data-pointer]') || root.querySelector('[role=alert]'));
      },
      undefined,
      { timeout: TIMEOUT },
    );
  };
  const log = () => page.evaluate(() => window.asystaDriver.log);
  const root = () => page.locator(renderer === 'element' ? 'asysta-form' : '#host');
  const axe = async () => {
    const violations = await page.evaluate(
      async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`),
      AXE_TAGS,
    );
    assert(violations.length === 0, `axe: ${violations.join('\n')}`);
  };
  const clean = async () => {
    const { violations } = await log();
    assert(violations.length === 0 && problems.length === 0, [...violations.map((v) => `CSP: ${v}`), ...problems].join('\n'));
  };
  /** Each expected issue is shown at its pointer (or at a field inside it: a group's error shows at its first field). */
  const expectIssues = async (expected, severity) => {
    const shown = await page.evaluate(() =>
      [...window.asystaDriver.root().querySelectorAll('.asysta-issue')].map((issue) => ({
        pointer: issue.closest('[data-pointer]')?.dataset.pointer ?? '',
        code: issue.dataset.code,
        severity: issue.dataset.severity,
      })),
    );
    for (const { path, code } of expected) {
      assert(
        shown.some((s) => s.severity === severity && s.code === code && (isWithin(s.pointer, path) || isWithin(path, s.pointer))),
        `no ${severity} ${code} shown at ${path}; shown: ${shown.map((s) => `${s.pointer} ${s.code}`).join(', ') || 'none'}`,
      );
    }
  };
  const submitWithKeyboard = async () => {
    await root().locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
  };

  for (const definition of DEFINITIONS) {
    const { id } = definition;
    for (const example of definition.examples.valid) {
      // All on one page: every field of the example is drawn (steps-suite.mjs checks the forms in steps).
      const options = { form: id, profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', locale: 'pl', layout: 'single', data: example.data };
      await check(`${id} / ${example.name}: shows the example, its warnings at their fields, axe-clean`, async () => {
        await mount(options);
        assert((await log()).error.length === 0, `asysta-error: ${JSON.stringify((await log()).error)}`);
        await expectIssues(example.warnings ?? [], 'warning');
        await axe();
        await clean();
        snapshots[`valid ${id} ${example.name}`] = await page.evaluate(snapshotInPage);
      });
    }
    for (const example of definition.examples.invalid) {
      const options = { form: id, profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', locale: 'pl', layout: 'single', data: example.data };
      await check(`${id} / ${example.name}: a failed submit focuses the summary, errors at their fields, links move focus, axe-clean`, async () => {
        await mount(options);
        await submitWithKeyboard();
        await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-summary[role=alert]'), undefined, { timeout: TIMEOUT });
        const summaryId = await root().locator('.asysta-summary').getAttribute('id');
        assert((await page.evaluate(activeIdInPage)) === summaryId, `focus is on #${await page.evaluate(activeIdInPage)}, not the summary`);
        assert((await log()).submit.length === 0, 'asysta-submit fired for invalid data');
        await expectIssues(example.errors, 'error');
        const link = root().locator('.asysta-summary a').first();
        const href = await link.getAttribute('href');
        await link.click();
        assert(`#${await page.evaluate(activeIdInPage)}` === href, `the first summary link (${href}) moved focus to #${await page.evaluate(activeIdInPage)}`);
        const target = root().locator(`[id="${href.slice(1)}"]`);
        // A control the summary links to is aria-invalid; a part (a group, an item, the form) holds the message itself.
        if (await target.evaluate((el) => ['input', 'select', 'textarea'].includes(el.localName))) {
          assert((await target.getAttribute('aria-invalid')) === 'true', `${href} is linked from the summary but not aria-invalid`);
        } else {
          const holds = await target.evaluate((el) => el.localName === 'button' || el.querySelector('.asysta-issue') !== null);
          assert(holds, `${href} is linked from the summary but shows no message`);
        }
        await axe();
        await clean();
        snapshots[`invalid ${id} ${example.name}`] = await page.evaluate(snapshotInPage);
      });
    }
  }

  const card = DEFINITIONS.find((d) => d.id === 'karta-czasu-pracy');
  const cardOptions = { form: 'karta-czasu-pracy', profile: 'konstancin-jeziorna', asOf: '2026-03-31', locale: 'pl' };

  await check('keyboard: adding a row focuses its first field; removing focuses the next row, the previous one, then the add button', async () => {
    await mount(cardOptions);
    const add = root().getByRole('button', { name: 'Dodaj wiersz' });
    for (let i = 0; i < 3; i++) {
      await add.focus();
      await page.keyboard.press('Enter');
      const active = await page.evaluate(activeIdInPage);
      assert(active.endsWith(`_rows_${i}_date`), `after adding row ${i + 1} focus is on #${active}`);
    }
    await page.keyboard.type('3.03.2026');
    await root().getByRole('button', { name: 'Usuń wiersz 2' }).focus();
    await page.keyboard.press('Enter');
    assert((await page.evaluate(activeIdInPage)).endsWith('_rows_1'), `after removing row 2 focus is on #${await page.evaluate(activeIdInPage)}`);
    await root().getByRole('button', { name: 'Usuń wiersz 2' }).focus();
    await page.keyboard.press('Enter');
    assert((await page.evaluate(activeIdInPage)).endsWith('_rows_0'), `after removing the last row focus is on #${await page.evaluate(activeIdInPage)}`);
    await root().getByRole('button', { name: 'Usuń wiersz 1' }).focus();
    await page.keyboard.press('Enter');
    assert((await page.evaluate(activeIdInPage)).endsWith('_rows__add'), `after removing every row focus is on #${await page.evaluate(activeIdInPage)}`);
    await axe();
  });

  await check('typing: dates in DD.MM.RRRR and 24 h times reach the data as ISO, derived minutes follow, asysta-change carries the data', async () => {
    await mount({ ...cardOptions, data: { rows: [{}] } });
    await root().locator('[data-pointer="/rows/0/date"] input').fill('5.03.2026');
    await root().locator('[data-pointer="/rows/0/time/from"] input').fill('9:00');
    await root().locator('[data-pointer="/rows/0/time/to"] input').fill('10:30');
    await root().locator('[data-pointer="/rows/0/time/to"] input').blur();
    const last = (await log()).change.at(-1);
    assert(last?.data?.rows?.[0]?.date === '2026-03-05', `the data holds ${JSON.stringify(last?.data?.rows?.[0])}`);
    assert(last.data.rows[0].time.from === '09:00' && last.data.rows[0].minutes === 90, `time ${JSON.stringify(last.data.rows[0])}`);
    assert((await root().locator('[data-pointer="/rows/0/date"] input').inputValue()) === '05.03.2026', 'the date is shown as DD.MM.RRRR after leaving it');
    const minutes = await root().locator('[data-pointer="/rows/0/minutes"] output').textContent();
    assert(minutes.trim() === '1 godzina 30 minut', `row minutes shown as "${minutes}"`);
    assert(typeof last.valid === 'boolean', 'asysta-change has valid');
  });

  await check('host data replaces the form’s, and conditional parts appear and disappear with it', async () => {
    const referral = DEFINITIONS.find((d) => d.id === 'skierowanie-i-podstawa');
    const example = referral.examples.valid[0];
    await mount({ form: referral.id, asOf: example.asOf ?? '2026-03-31', locale: 'pl', layout: 'single', data: example.data });
    const visible = async (pointer) => (await root().locator(`[data-pointer="${pointer}"]`).count()) > 0;
    const basis = example.data.basis;
    const other = basis === 'consent' ? 'court-order' : 'consent';
    const part = { consent: '/consent', 'court-order': '/courtOrder', 'by-law': '/byLaw' };
    assert(await visible(part[basis]), `${part[basis]} is not shown for basis ${basis}`);
    assert(!(await visible(part[other])), `${part[other]} is shown for basis ${basis}`);
    await page.evaluate((data) => window.asystaDriver.setData(data), { ...example.data, basis: other });
    await page.waitForFunction((p) => window.asystaDriver.root().querySelector(`[data-pointer="${p}"]`), part[other], { timeout: TIMEOUT });
    assert(!(await visible(part[basis])), `${part[basis]} stays after switching the basis`);
    await axe();
  });

  await check('a valid submit fires asysta-submit with the data and the rule report; the form says it was saved only when the host confirms', async () => {
    await mount({ ...cardOptions, data: card.examples.valid[1].data });
    await submitWithKeyboard();
    await page.waitForFunction(() => window.asystaDriver.log.submit.length === 1, undefined, { timeout: TIMEOUT });
    const [detail] = (await log()).submit;
    assert(detail.data.totalMinutes === 450 && Array.isArray(detail.report.results), `detail: ${JSON.stringify(detail).slice(0, 200)}`);
    assert(detail.report.results.some((r) => r.status === 'fail' && r.severity === 'warning'), 'the report holds the quota warning');
    const status = () => root().locator('.asysta-status').textContent();
    assert((await status()).includes('przekazano do zapisania'), `before the host confirms: "${await status()}"`);
    await page.evaluate(() => window.asystaDriver.log.submit[0].saved());
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-status--saved'), undefined, { timeout: TIMEOUT });
    assert((await status()).includes('został zapisany'), `after saved(): "${await status()}"`);
    // A second submit whose save fails: "saving…" while the host works, then the failure, the data kept.
    await submitWithKeyboard();
    await page.waitForFunction(() => window.asystaDriver.log.submit.length === 2, undefined, { timeout: TIMEOUT });
    await page.evaluate(() => {
      let fail;
      window.asystaDriver.log.submit[1].waitUntil(new Promise((_, reject) => (fail = reject)));
      window.failSave = () => fail(new Error('offline'));
    });
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-status--saving'), undefined, { timeout: TIMEOUT });
    await page.evaluate(() => window.failSave());
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-status--failed'), undefined, { timeout: TIMEOUT });
    assert((await status()).includes('Nie udało się zapisać'), `after a failed save: "${await status()}"`);
    // An earlier submit's confirmation no longer speaks for the form.
    await page.evaluate(() => window.asystaDriver.log.submit[0].saved());
    assert((await status()).includes('Nie udało się zapisać'), `a stale saved() changed the status: "${await status()}"`);
    await axe();
  });

  await check('an unknown form and data that is not an object: a visible message, asysta-error, the page goes on', async () => {
    await mount({ form: 'nie-ma-takiego', locale: 'pl' });
    await page.waitForFunction(() => window.asystaDriver.log.error.length > 0, undefined, { timeout: TIMEOUT });
    assert((await root().getByRole('alert').textContent()).includes('Nie można wyświetlić formularza'), 'no visible message');
    assert(typeof (await log()).error[0].message === 'string', 'asysta-error has a message');
    await mount(cardOptions);
    await page.evaluate(() => window.asystaDriver.setData('x'));
    await page.waitForFunction(() => window.asystaDriver.log.error.length > 0, undefined, { timeout: TIMEOUT });
    assert((await root().getByRole('alert').textContent()).includes('muszą być obiektem'), 'no visible message for non-object data');
    assert((await root().locator('[data-pointer]').count()) > 0, 'the form vanished');
    await page.locator('#outside').click();
    await axe();
  });

  await runDraftChecks({ page, context, url, renderer, check, mount, root, axe, clean, snapshots, prepare });

  if (renderer === 'element') {
    await check('a form module that fails to load (network): a visible message without ids, asysta-error with them, the next form still loads', async () => {
      // A fresh page: modules once loaded stay cached in a page.
      const offline = await context.newPage();
      try {
        await offline.route(/\/asysta\/modules\/zmiana-planu-pracy-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
        await offline.goto(url);
        await offline.waitForFunction(() => typeof window.asystaDriver === 'object');
        await offline.evaluate(() => window.asystaDriver.mount({ form: 'zmiana-planu-pracy', locale: 'pl', asOf: '2026-03-31' }));
        await offline.waitForFunction(() => window.asystaDriver.log.error.length > 0, undefined, { timeout: TIMEOUT });
        const text = await offline.locator('asysta-form').getByRole('alert').textContent();
        assert(text.includes('Nie udało się wczytać formularza'), `visible: ${text}`);
        assert(!text.includes('zmiana-planu-pracy'), 'an internal id is shown to the person');
        const [detail] = await offline.evaluate(() => window.asystaDriver.log.error);
        assert(detail.issues.some((issue) => issue.message.includes('zmiana-planu-pracy')), `event issues: ${JSON.stringify(detail)}`);
        // (The browser keeps a failed module's result for the page: a reload loads it again.)
        await offline.evaluate(() => window.asystaDriver.mount({ form: 'zakonczenie-pracy', locale: 'pl', asOf: '2026-03-31' }));
        await offline.waitForFunction(() => window.asystaDriver.root()?.querySelector('[data-pointer]'), undefined, { timeout: TIMEOUT });
      } finally {
        await offline.close();
      }
    });

    await check('form-associated: the data in FormData under its name, validity, reset and disabled from a host <form>', async () => {
      const result = await page.evaluate(async (data) => {
        const form = document.createElement('form');
        const fieldset = document.createElement('fieldset');
        const element = document.createElement('asysta-form');
        // Inside a host form the form id goes into form-id: the browser reads `form` as a host form's id.
        element.setAttribute('form-id', 'karta-czasu-pracy');
        element.setAttribute('name', 'karta');
        element.setAttribute('as-of', '2026-03-31');
        element.data = data;
        fieldset.append(element);
        form.append(fieldset);
        document.getElementById('host').replaceChildren(form);
        // The form's module loads first (import() on demand).
        for (let i = 0; i < 200 && element.value === undefined; i++) await new Promise((done) => setTimeout(done, 25));
        await element.updateComplete;
        const valid = form.checkValidity();
        const value = JSON.parse(new FormData(form).get('karta'));
        element.data = { rows: [] };
        await element.updateComplete;
        const invalid = !form.checkValidity();
        const message = element.validationMessage;
        form.reset();
        await element.updateComplete;
        const afterReset = JSON.parse(new FormData(form).get('karta'));
        fieldset.disabled = true;
        await element.updateComplete;
        const disabled = [...element.shadowRoot.querySelectorAll('input')].every((input) => input.disabled);
        return { valid, assistant: value.assistant, invalid, message, resetRows: afterReset.rows?.length, disabled };
      }, card.examples.valid[0].data);
      assert(result.valid && result.assistant === card.examples.valid[0].data.assistant, `FormData: ${JSON.stringify(result)}`);
      assert(result.invalid && result.message === 'To pole jest wymagane.', `validity: ${JSON.stringify(result)}`);
      assert(result.resetRows === 0, `after reset: ${JSON.stringify(result)}`);
      assert(result.disabled, 'a disabled fieldset does not disable the controls');
    });
  }

  await runKeyboardChecks({ page, definitions: DEFINITIONS, check, mount, root, log, assert });
  await runStepChecks({ page, renderer, definitions: DEFINITIONS, check, mount, root, axe, clean, log, activeId: () => page.evaluate(activeIdInPage), snapshots, assert, timeout: TIMEOUT });

  await page.close();
}
