// Keyboard-only fill of every built-in form, in both renderers: the form is drawn empty, then filled
// with Tab, typing, Space, the arrow keys and Enter alone – rows added with their add buttons – until
// it submits, and the data submitted must be the data of the form's first valid example (submitted
// the same way from the example itself). What each control should hold is read from the form drawn
// with the example, so the keyboard types what a person would see there (DD.MM.RRRR, 24 h, zł).

/** How many characters of each text are typed key by key. */
const KEYED_CHARACTERS = 24;

/** The focused control (through shadow roots), as the filler needs it. */
function activeInPage() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return { kind: 'none' };
  const pointer = active.closest('[data-pointer]')?.dataset.pointer ?? '';
  if (active.matches('button[type=submit]')) return { kind: 'submit' };
  if (active.id?.endsWith('__add')) {
    const list = active.closest('[data-pointer]');
    const items = list ? new Set([...list.querySelectorAll('[data-pointer]')].map((n) => n.dataset.pointer).filter((p) => p.startsWith(`${pointer}/`) && /^\d+$/.test(p.slice(pointer.length + 1)))).size : 0;
    return { kind: 'add', pointer, items };
  }
  if (active.tagName === 'INPUT' && active.type === 'checkbox') return { kind: 'checkbox', pointer, checked: active.checked };
  if (active.tagName === 'INPUT' && active.type === 'radio') {
    // Radios carry no value attribute: the choice is the checked option's place in its group.
    const options = [...(active.closest('[data-pointer]')?.querySelectorAll('input[type=radio]') ?? [])];
    const checked = options.findIndex((option) => option.checked);
    return { kind: 'radio', pointer, value: checked < 0 ? '' : String(checked) };
  }
  if (active.tagName === 'SELECT') return { kind: 'select', pointer, value: active.value };
  if (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA') return { kind: 'text', pointer, value: active.value };
  return { kind: 'other', pointer };
}

/** What each control shows for the example: text by pointer, checkbox/radio/select state, items per list. */
function referenceInPage() {
  const root = window.asystaDriver.root();
  const ref = { text: {}, checkbox: {}, radio: {}, select: {}, items: {} };
  for (const node of root.querySelectorAll('[data-pointer]')) {
    const pointer = node.dataset.pointer;
    const own = (selector) => [...node.querySelectorAll(selector)].filter((el) => el.closest('[data-pointer]') === node);
    const text = own('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea')[0];
    if (text) ref.text[pointer] = text.value;
    const box = own('input[type=checkbox]')[0];
    if (box) ref.checkbox[pointer] = box.checked;
    const radios = own('input[type=radio]');
    if (radios.length) ref.radio[pointer] = radios.some((r) => r.checked) ? String(radios.findIndex((r) => r.checked)) : '';
    const select = own('select')[0];
    if (select) ref.select[pointer] = select.value;
    const item = /^(.*)\/\d+$/.exec(pointer);
    if (item) (ref.items[item[1]] ??= new Set()).add(pointer);
  }
  ref.items = Object.fromEntries(Object.entries(ref.items).map(([list, items]) => [list, items.size]));
  return ref;
}

/** Does the expected data hold `false` at this JSON Pointer? */
function expectedFalse(data, pointer) {
  let at = data;
  for (const token of pointer.split('/').slice(1)) at = at?.[token];
  return at === false;
}

export async function runKeyboardChecks({ page, definitions, check, mount, root, log, assert }) {
  for (const definition of definitions) {
    const example = definition.examples.valid[0];
    if (!example) continue;
    const options = { form: definition.id, profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', locale: 'pl', layout: 'single' };
    await check(`keyboard only: ${definition.id} filled from empty with Tab, typing, Space, arrows and Enter submits the data of "${example.name}"`, async ({ progress }) => {
      await mount({ ...options, data: example.data });
      const ref = await page.evaluate(referenceInPage);
      await root().locator('button[type=submit]').click();
      const expected = (await log()).submit.at(-1)?.data;
      assert(expected, `the example "${example.name}" did not submit`);

      await mount(options);
      // From the top of the page: the first Tab reaches the form's first control.
      await page.evaluate(() => document.activeElement?.blur?.());
      await page.keyboard.press('Tab');
      let submitted = false;
      const typedAt = new Set();
      for (let step = 0; step < 1500 && !submitted; step++) {
        const at = await page.evaluate(activeInPage);
        progress(`key ${step}, at ${at.kind} ${at.pointer ?? ''}`);
        if (at.kind === 'submit') {
          await page.keyboard.press('Enter');
          submitted = true;
          break;
        }
        if (at.kind === 'add' && at.items < (ref.items[at.pointer] ?? 0)) {
          await page.keyboard.press('Enter');
          continue;
        }
        if (at.kind === 'text' && !typedAt.has(at.pointer) && (ref.text[at.pointer] ?? '') !== '' && at.value !== ref.text[at.pointer]) {
          typedAt.add(at.pointer);
          // Key by key for what a person types (dates, times, names); the rest of a long free text
          // arrives as one text input (as dictation or a paste would), which keeps the suite in time
          // on a busy machine without leaving any control untyped.
          const text = ref.text[at.pointer];
          await page.keyboard.type(text.slice(0, KEYED_CHARACTERS));
          if (text.length > KEYED_CHARACTERS) await page.keyboard.insertText(text.slice(KEYED_CHARACTERS));
        } else if (at.kind === 'checkbox' && !typedAt.has(at.pointer) && ref.checkbox[at.pointer] !== undefined) {
          typedAt.add(at.pointer);
          // Ticked: Space. An explicit „nie” (false in the data): ticked and unticked again.
          if (ref.checkbox[at.pointer] !== at.checked) await page.keyboard.press('Space');
          else if (!at.checked && expectedFalse(expected, at.pointer)) {
            await page.keyboard.press('Space');
            await page.keyboard.press('Space');
          }
        } else if (at.kind === 'radio' && ref.radio[at.pointer] && !typedAt.has(at.pointer)) {
          typedAt.add(at.pointer);
          // Space chooses the focused option; the arrows move the choice through the group.
          if (!at.value) await page.keyboard.press('Space');
          for (let i = 0; i < 12 && (await page.evaluate(activeInPage)).value !== ref.radio[at.pointer]; i++) await page.keyboard.press('ArrowDown');
        } else if (at.kind === 'select' && ref.select[at.pointer]) {
          for (let i = 0; i < 40 && (await page.evaluate(activeInPage)).value !== ref.select[at.pointer]; i++) await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Tab');
      }
      assert(submitted, 'Tab never reached the submit button');
      const got = (await log()).submit.at(-1)?.data;
      if (!got) {
        const errors = await page.evaluate(() => [...window.asystaDriver.root().querySelectorAll('.asysta-issue[data-severity=error]')].map((i) => `${i.closest('[data-pointer]')?.dataset.pointer} ${i.dataset.code}`));
        assert(false, `the keyboard-filled form did not submit: ${errors.join(', ')}`);
      }
      assert(JSON.stringify(got) === JSON.stringify(expected), `submitted by keyboard:\n${JSON.stringify(got)}\nexpected:\n${JSON.stringify(expected)}`);
    });
  }
}
