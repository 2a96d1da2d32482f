/**
 * The rules playground in Chromium, as an administrator uses it, by keyboard and mouse in the
 * CodeMirror editor: editing a parameter changes a verdict at the form's field and fails a pack
 * test; typing an unknown operator shows the error, in Polish, at its line – in the problem list
 * and as the editor's lint mark; nothing leaves the page; axe-clean with an explanation open.
 */
const STORY = 'administratorzy-plac-zabaw-reguł--plac-zabaw';
const PACK = 'konstancin-jeziorna.rules.json';
const RULE = 'konstancin-jeziorna.hours-per-family-month';
const TIMEOUT = 15_000;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Selects the first match of `text` in the active editor with its search panel, then types over it. */
async function replaceInEditor(page, text, replacement) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  // Typed, not filled: the panel takes its query from key events.
  await field.pressSequentially(text);
  await field.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.type(replacement);
}

export async function playgroundChecks({ context, base, check, axe }) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const statuses = () => page.locator(`.asysta-playground__verdict[data-rule="${RULE}"]`).evaluateAll((items) => items.map((i) => i.dataset.status));

  await check('playground: opens offline with the time card, its verdicts and every pack test passed', async () => {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(STORY)}&viewMode=story`);
    await page.waitForSelector('.asysta-playground .cm-content', { timeout: TIMEOUT });
    await page.waitForSelector('.asysta-playground .asysta-form', { timeout: TIMEOUT });
    assert((await statuses()).length > 0, 'no verdict of the monthly limit');
    assert((await page.locator('.asysta-playground__tests li[data-passed="false"]').count()) === 0, 'a pack test fails before any edit');
    assert((await page.locator('.asysta-playground__tests li[data-passed="true"]').count()) > 0, 'no pack test shown');
  });

  await check('playground: editing a parameter changes a verdict at its field and fails a pack test', async () => {
    const before = await statuses();
    await page.locator(`button[data-file="${PACK}"]`).click();
    await replaceInEditor(page, '"value": 6', '"value": 1');
    await page.waitForFunction(() => document.querySelectorAll('.asysta-playground__tests li[data-passed="false"]').length > 0, null, { timeout: TIMEOUT });
    const after = await statuses();
    assert(JSON.stringify(after) !== JSON.stringify(before) && after.includes('fail'), `verdicts ${before} → ${after}`);
    const message = await page.locator(`.asysta-playground__verdict[data-rule="${RULE}"][data-status="fail"] .asysta-playground__message`).first().textContent();
    const formText = await page.locator('.asysta-playground__form .asysta-form').textContent();
    assert(message && formText.includes(message.trim()), `the form does not show "${message}" at its field`);
    const failing = await page.locator('.asysta-playground__tests li[data-passed="false"]').first().textContent();
    assert(/oczekiwano/.test(failing) && /wartości/.test(failing), `the failed test does not say what it expected and read: ${failing}`);
    const difference = await page.locator('.asysta-playground__diff').textContent();
    assert(difference.includes('maxHoursPerFamilyPerMonth') && difference.includes('6 (od 2012-01-01) → 1 (od 2012-01-01)'), `difference: ${difference}`);
  });

  await check('playground: "explain" shows the rule, the values read, the parameter in force and the reference; axe-clean', async () => {
    const verdict = page.locator(`.asysta-playground__verdict[data-rule="${RULE}"][data-status="fail"]`).first();
    await verdict.locator('button').click();
    const text = await verdict.locator('.asysta-playground__explanation').textContent();
    for (const part of [RULE, 'Odczytane wartości', 'Parametry obowiązujące', 'konstancin-jeziorna.maxHoursPerFamilyPerMonth = 1', 'Podstawa']) {
      assert(text.includes(part), `the explanation lacks "${part}": ${text}`);
    }
    await axe(page, '#storybook-root');
  });

  await check('playground: an unknown operator is an error in Polish at its line, in the list and in the editor', async () => {
    await replaceInEditor(page, '"sumSoFar"', '"sumaDotad"');
    const problem = page.locator('.asysta-playground__problems button', { hasText: 'nieznany operator „sumaDotad”' }).first();
    await problem.waitFor({ timeout: TIMEOUT });
    const line = Number(await problem.getAttribute('data-line'));
    const cursorLine = Number(await page.locator('.cm-activeLineGutter').first().textContent());
    assert(line > 1 && line === cursorLine, `the error is at line ${line}, the operator was typed at line ${cursorLine}`);
    assert((await problem.textContent()).includes(`${PACK}, wiersz ${line}, /rules/`), `located as: ${await problem.textContent()}`);
    await page.locator('.cm-lintRange-error').first().waitFor({ timeout: TIMEOUT });
    assert((await page.locator('.asysta-playground__stale').count()) === 1, 'no notice that the form shows the last valid files');
    await axe(page, '#storybook-root');
  });

  await check('playground: exports the edited pack as a file, made in the page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.locator('button', { hasText: `Pobierz ${PACK}` }).click()]);
    assert(download.suggestedFilename() === PACK, `downloaded ${download.suggestedFilename()}`);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path, 'utf8');
    assert(text.includes('"sumaDotad"') && text.includes('"value": 1'), 'the file is not what was edited');
    assert(errors.length === 0, `errors on the page:\n${errors.join('\n')}`);
  });
  await page.close();
}
