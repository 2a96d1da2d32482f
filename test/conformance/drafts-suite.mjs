// Drafts, as a person meets them in both renderers: what is typed survives a reload (with the
// restore notice), discard and a valid submit remove it, two pages on one draft key are each told,
// a draft of an earlier version shows what was not carried over – and the IndexedDB store itself in
// Chromium (no fake-indexeddb): records, encryption at rest, another key.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../support/migrated-card.json', import.meta.url)), 'utf8'));
const definitionsDir = fileURLToPath(new URL('../../packages/forms/definitions/', import.meta.url));
const card = JSON.parse(readFileSync(`${definitionsDir}karta-czasu-pracy.form.json`, 'utf8'));
const migrated = { ...card, version: fixture.version, migrations: fixture.migrations };
const TIMEOUT = 10_000;
const SECRET = 'Zofia Sekretna-Kowalska';
const OTHER_TAB = 'Ten formularz jest otwarty w innej karcie';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** What a person sees of the drafts parts: each notice's kind and words, the box's items. */
function draftPartsInPage() {
  const root = window.asystaDriver.root();
  return {
    notices: [...root.querySelectorAll('.asysta-draft-notice')].map((n) => [n.className, n.getAttribute('role'), n.querySelector('span').textContent.trim()]),
    box: [...root.querySelectorAll('.asysta-not-carried-over li')].map((li) => [li.dataset.notCarriedOver, li.textContent.replace(/\s+/g, ' ').trim()]),
    buttons: [...root.querySelectorAll('.asysta-not-carried-over button, .asysta-draft-notice button')].map((b) => b.textContent.trim()),
  };
}

export async function runDraftChecks({ page, context, url, renderer, check, mount, root, axe, clean, snapshots, prepare }) {
  const options = { form: 'karta-czasu-pracy', profile: 'konstancin-jeziorna', asOf: '2026-03-31', locale: 'pl' };
  const assistant = () => root().locator('input[id$="_assistant"]');
  const keys = () => page.evaluate(() => window.asystaDriver.drafts.keys());
  /** Polls the page's drafts until `test` holds (IndexedDB answers asynchronously, so not waitForFunction). */
  const until = async (read, test, what) => {
    const started = Date.now();
    let last;
    while (Date.now() - started < TIMEOUT) {
      last = await page.evaluate(read);
      if (test(last)) return last;
      await page.waitForTimeout(100);
    }
    throw new Error(`${what}: still ${JSON.stringify(last)} after ${TIMEOUT} ms`);
  };
  const waitForKey = (key, present) => until(() => window.asystaDriver.drafts.keys(), (found) => found.includes(key) === present, `draft ${key} ${present ? 'saved' : 'removed'}`);

  await check('drafts: typed, saved, the page reloaded – the value is back with the restore notice; discard empties the form and removes the draft', async () => {
    const draftKey = `conformance/reload`;
    await mount({ ...options, draftKey });
    await assistant().fill(SECRET);
    await waitForKey(draftKey, true);
    await page.reload();
    await prepare();
    await mount({ ...options, draftKey });
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-draft-notice--restored'), undefined, { timeout: TIMEOUT });
    const notice = root().locator('.asysta-draft-notice--restored');
    assert((await notice.textContent()).includes('Przywrócono wersję roboczą z'), `notice: ${await notice.textContent()}`);
    assert((await assistant().inputValue()) === SECRET, `the field holds "${await assistant().inputValue()}"`);
    await axe();
    await notice.getByRole('button', { name: 'Odrzuć wersję roboczą' }).click();
    await page.waitForFunction(() => !window.asystaDriver.root().querySelector('.asysta-draft-notice'), undefined, { timeout: TIMEOUT });
    // The form goes back to the host's data once the draft is removed.
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('input[id$="_assistant"]')?.value === '', undefined, { timeout: TIMEOUT });
    await waitForKey(draftKey, false);
    await clean();
  });

  await check('drafts: a valid submit removes the draft', async () => {
    const draftKey = `conformance/submit`;
    await mount({ ...options, draftKey, data: card.examples.valid[0].data });
    await assistant().fill('Anna Nowak-Kowalska');
    await waitForKey(draftKey, true);
    await root().locator('button[type=submit]').click();
    await page.waitForFunction(() => window.asystaDriver.log.submit.length === 1, undefined, { timeout: TIMEOUT });
    await waitForKey(draftKey, false);
  });

  await check(`drafts: two pages on one draft key – each says "${OTHER_TAB}", and it goes when the other closes`, async () => {
    const draftKey = `conformance/tabs`;
    await mount({ ...options, draftKey });
    const other = await context.newPage();
    try {
      await other.goto(url);
      await other.waitForFunction(() => typeof window.asystaDriver === 'object', undefined, { timeout: TIMEOUT });
      await other.evaluate((o) => window.asystaDriver.mount(o), { ...options, draftKey });
      const told = (p) => p.waitForFunction((text) => window.asystaDriver.root()?.querySelector('.asysta-draft-notice--other-tab')?.textContent.includes(text), OTHER_TAB, { timeout: TIMEOUT });
      await told(page);
      await told(other);
      await axe();
    } finally {
      await other.close();
    }
    await page.waitForFunction(() => !window.asystaDriver.root().querySelector('.asysta-draft-notice--other-tab'), undefined, { timeout: TIMEOUT });
  });

  await check('drafts: a draft of an earlier version of the form – carried over, and what did not fit is shown in its box until closed', async () => {
    const draftKey = `conformance/migrated`;
    await page.evaluate(({ key, version, data }) => window.asystaDriver.drafts.plant(key, 'karta-czasu-pracy', version, data), { key: draftKey, ...fixture.oldDraft });
    await mount({ ...options, form: migrated, draftKey });
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-not-carried-over'), undefined, { timeout: TIMEOUT });
    assert((await assistant().inputValue()) === 'Anna Nowak', `the moved field holds "${await assistant().inputValue()}"`);
    const seen = await page.evaluate(draftPartsInPage);
    assert(seen.box.length === 3 && seen.box[1][1] === 'Uwagi do spotkania: Rozmowa o szkole (tego pola nie ma już w formularzu)', `box: ${JSON.stringify(seen.box)}`);
    const box = root().locator('.asysta-not-carried-over');
    assert((await root().getByRole('region', { name: 'Nie przeniesiono do formularza' }).count()) === 1, 'the box is not a region named by its title');
    await axe();
    snapshots['drafts: not carried over'] = seen;
    // Nothing saved yet: the draft is still the old version's.
    assert((await page.evaluate(() => window.asystaDriver.drafts.versions()))[draftKey] === fixture.oldDraft.version, 'the old draft was overwritten before anything changed');
    await box.getByRole('button', { name: 'Zamknij' }).click();
    await page.waitForFunction(() => !window.asystaDriver.root().querySelector('.asysta-not-carried-over'), undefined, { timeout: TIMEOUT });
    // Closed: the draft is saved without them, so a reload does not bring the box back.
    await until(() => window.asystaDriver.drafts.versions(), (versions) => versions[draftKey] === migrated.version, 'the draft saved in the current version');
    await page.reload();
    await prepare();
    await mount({ ...options, form: migrated, draftKey });
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-draft-notice--restored'), undefined, { timeout: TIMEOUT });
    assert((await root().locator('.asysta-not-carried-over').count()) === 0, 'the closed box came back after a reload');
    await clean();
  });

  await check('drafts: a draft of a version no migration leads from – the form opens empty with a message, the draft is kept aside', async () => {
    const draftKey = `conformance/later`;
    await page.evaluate((key) => window.asystaDriver.drafts.plant(key, 'karta-czasu-pracy', '9.0.0', { assistant: 'Z przyszłości' }), draftKey);
    await mount({ ...options, draftKey });
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-draft-notice--unreadable'), undefined, { timeout: TIMEOUT });
    assert((await root().locator('.asysta-draft-notice--unreadable').textContent()).includes('odłożono (nie usunięto)'), 'no set-aside message');
    assert((await assistant().inputValue()) === '', 'the form is not empty');
    assert((await keys()).some((k) => k.startsWith(`${draftKey}#aside:`)), `not kept aside: ${JSON.stringify(await keys())}`);
    snapshots['drafts: unknown version'] = await page.evaluate(draftPartsInPage);
    await axe();
  });

  if (renderer === 'element') {
    await check('IndexedDB store in Chromium: save, load, list, delete; no field value in the raw record; a non-extractable key; another key sets the draft aside', async () => {
      const result = await page.evaluate((secret) => window.asystaDriver.drafts.checkStore(secret), SECRET);
      assert(JSON.stringify(result.listed) === '["case-1","case-2"]', `list: ${JSON.stringify(result.listed)}`);
      assert(JSON.stringify(result.loaded) === '["ciphertext","formId","iv","key","savedAt","version"]', `record: ${JSON.stringify(result.loaded)}`);
      assert(result.rawHasSecret === false, 'the raw IndexedDB record holds the typed value in plain text');
      assert(result.key.type === 'CryptoKey' && result.key.extractable === false, `key: ${JSON.stringify(result.key)}`);
      assert(result.restored === 'restored' && result.value === SECRET, `restore: ${JSON.stringify(result)}`);
      assert(result.otherKey.status === 'unreadable' && result.otherKey.path === '/ciphertext' && result.otherKey.aside === 1, `other key: ${JSON.stringify(result.otherKey)}`);
      assert(result.afterDelete === 0, `left after delete: ${result.afterDelete}`);
    });
  }
}
