// Forms shown in steps, checked in both renderers through the DOM contract they share:
//   - the indicator is `nav.asysta-steps__nav` with an `ol`, the current step's `li[aria-current=step]`,
//     the others' buttons; "Wstecz" is `.asysta-button--back`; the heading `.asysta-step__heading`;
//   - the form's main button (`button[type=submit]`) is "Dalej" on a step page, the submit on the
//     check-your-answers page (`.asysta-review`: a `dl` per step, rows `.asysta-review__row` with
//     `dt`, `dd.asysta-review__value` and a "Zmień" link `.asysta-review__change`).
// Run by suite.mjs with its helpers; snapshots go to the same-view comparison of run.mjs.

/** The deepest focused element (through shadow roots): id, tag, type, text. */
function activeInPage() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return { id: active?.id ?? '', tag: active?.localName ?? '', type: active?.getAttribute('type') ?? '', text: active?.textContent?.trim() ?? '' };
}

/**
 * The steps' DOM as a tree of tags, classes, ARIA and text – ids and links without the form's prefix,
 * Lit's comments and `part`s and whitespace left out – for the comparison between renderers.
 */
function stepsDomInPage() {
  const root = window.asystaDriver.root();
  const heading = root.querySelector('.asysta-step__heading');
  const prefix = heading ? heading.id.slice(0, -'__step'.length) : '';
  const shape = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent.trim() ? node.textContent : null;
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const attributes = [...node.attributes]
      .filter((a) => a.name !== 'part' && a.name !== 'style')
      .map((a) => `${a.name}=${prefix ? a.value.split(prefix).join('') : a.value}`)
      .sort();
    // Adjacent text parts (Lit splits text around its markers) read as one.
    const children = [];
    for (const child of node.childNodes) {
      const shaped = shape(child);
      if (shaped === null) continue;
      if (typeof shaped === 'string' && typeof children.at(-1) === 'string') children[children.length - 1] += shaped;
      else children.push(shaped);
    }
    return [node.localName, attributes.join(' '), ...children.map((c) => (typeof c === 'string' ? c.replace(/\s+/g, ' ') : c))];
  };
  const parts = ['.asysta-steps', '.asysta-step__heading', '.asysta-review', '.asysta-actions'].map((selector) => {
    const found = root.querySelector(selector);
    return found ? shape(found) : null;
  });
  const pointers = [...root.querySelectorAll('[data-pointer]')].map((node) => node.dataset.pointer);
  return { parts, pointers };
}

export async function runStepChecks({ page, definitions, check, mount, root, axe, clean, log, activeId, snapshots, assert, timeout }) {
  const stepped = definitions.filter((definition) => definition.steps);
  const plan = definitions.find((definition) => definition.id === 'plan-pracy-z-rodzina');
  assert(plan?.steps, 'the work plan declares no steps');
  const planData = plan.examples.valid[0].data;
  const planOptions = { form: plan.id, profile: plan.examples.valid[0].profile ?? 'default', asOf: '2026-03-31', locale: 'pl' };
  const total = plan.steps.list.length;

  const heading = () => root().locator('.asysta-step__heading').textContent();
  const waitForHeading = (text) =>
    page.waitForFunction((t) => window.asystaDriver.root().querySelector('.asysta-step__heading')?.textContent === t, text, { timeout });
  const active = () => page.evaluate(activeInPage);
  const mainButton = () => root().locator('button[type=submit]');
  const pressMainButton = async () => {
    await mainButton().focus();
    await page.keyboard.press('Enter');
  };
  const openStep = async (id) => {
    await root().locator(`.asysta-steps__item[data-step="${id}"] button`).click();
  };
  const field = (pointer) => root().locator(`[data-pointer="${pointer}"] input, [data-pointer="${pointer}"] textarea`).first();
  /** The DOM of the steps for the same-view comparison; `expect` names the parts that must be there. */
  const stepsDom = async (...expect) => {
    const dom = await page.evaluate(stepsDomInPage);
    const names = ['.asysta-steps', '.asysta-step__heading', '.asysta-review', '.asysta-actions'];
    for (const name of expect) assert(dom.parts[names.indexOf(name)]?.[0], `no ${name} drawn`);
    return dom;
  };

  for (const definition of stepped) {
    const { id } = definition;
    const example = definition.examples.valid[0];
    const steps = definition.steps.list;
    await check(`${id} in steps: the indicator and heading of each step, every step opens from the indicator, axe-clean`, async () => {
      // In steps also where the definition's own choice is one page (the referral).
      await mount({ form: id, profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', locale: 'pl', layout: 'steps', data: example.data });
      for (const [index, step] of steps.entries()) {
        if (index > 0) await openStep(step.id);
        await waitForHeading(`Krok ${index + 1} z ${steps.length}: ${step.title.pl}`);
        const current = await root().locator('nav.asysta-steps__nav li[aria-current="step"]').getAttribute('data-step');
        assert(current === step.id, `aria-current="step" is on ${current}, not ${step.id}`);
        assert((await root().locator('nav.asysta-steps__nav ol > li').count()) === steps.length, 'the indicator does not list every step');
        assert((await mainButton().textContent()).trim() === 'Dalej', `the main button says "${await mainButton().textContent()}"`);
        for (const pointer of step.fields) {
          const drawn = await root().locator(`[data-pointer="${pointer}"]`).count();
          const hidden = (definition.conditions ?? []).some((c) => pointer === c.path || pointer.startsWith(`${c.path}/`));
          assert(drawn > 0 || hidden, `${pointer} is not drawn in the step ${step.id}`);
        }
        if (index === 0) {
          await axe();
          snapshots[`steps ${id} first step`] = await stepsDom('.asysta-steps', '.asysta-step__heading', '.asysta-actions');
        }
      }
      await clean();
    });
  }

  await check('work plan in steps: "Dalej" with errors stays, lists the step’s errors in a focused summary, a link moves focus to the field', async () => {
    await mount(planOptions);
    await pressMainButton();
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-summary[role=alert]'), undefined, { timeout });
    const summaryId = await root().locator('.asysta-summary').getAttribute('id');
    assert((await activeId()) === summaryId, `focus is on #${await activeId()}, not the summary`);
    assert((await heading()) === `Krok 1 z ${total}: Rodzina i asystent`, `the step changed to ${await heading()}`);
    const links = await root().locator('.asysta-summary a').allTextContents();
    assert(links.length === 3 && links.every((text) => text.endsWith('To pole jest wymagane.')), `summary: ${links.join(' | ')}`);
    const link = root().locator('.asysta-summary a').first();
    const href = await link.getAttribute('href');
    await link.click();
    assert(`#${await activeId()}` === href, `the summary link ${href} moved focus to #${await activeId()}`);
    assert((await root().locator(`[id="${href.slice(1)}"]`).getAttribute('aria-invalid')) === 'true', `${href} is not aria-invalid`);
    assert((await root().locator('.asysta-steps__item[data-step="rodzina"] .asysta-steps__note').count()) === 1, 'the step with errors has no note in the indicator');
    assert((await log()).submit.length === 0, 'asysta-submit fired');
    await axe();
    snapshots['steps plan errors on Dalej'] = await stepsDom('.asysta-steps', '.asysta-step__heading');
  });

  await check('work plan in steps: "Dalej" and "Wstecz" (keyboard) keep what was typed; focus goes to the new step’s heading', async () => {
    await mount(planOptions);
    await field('/family/name').fill('Kowalscy');
    await field('/assistant/name').fill('Anna Nowak');
    await field('/drawnUpOn').fill('2.03.2026');
    await pressMainButton();
    await waitForHeading(`Krok 2 z ${total}: Analiza SWOT`);
    assert((await activeId()).endsWith('__step'), `focus is on #${await activeId()}, not the step's heading`);
    assert((await root().locator('[data-pointer="/family/name"]').count()) === 0, 'the first step is still drawn');
    await root().locator('.asysta-button--back').focus();
    await page.keyboard.press('Enter');
    await waitForHeading(`Krok 1 z ${total}: Rodzina i asystent`);
    assert((await field('/family/name').inputValue()) === 'Kowalscy', 'the family name was lost');
    assert((await field('/drawnUpOn').inputValue()) === '02.03.2026', `the date reads ${await field('/drawnUpOn').inputValue()}`);
    assert((await root().locator('.asysta-summary').count()) === 0, 'going back showed errors');
    await clean();
  });

  await check('work plan in steps: the check-your-answers page lists the answers; "Zmień" opens the field, "Dalej" there returns; axe-clean', async () => {
    await mount({ ...planOptions, data: planData });
    await openStep(plan.steps.list.at(-1).id);
    await pressMainButton();
    await waitForHeading('Sprawdź odpowiedzi przed zapisaniem');
    assert((await activeId()).endsWith('__step'), `focus is on #${await activeId()}, not the page's heading`);
    const sections = await root().locator('.asysta-review__section h3').allTextContents();
    assert(sections.join('|') === plan.steps.list.map((s) => s.title.pl).join('|'), `sections: ${sections.join('|')}`);
    const row = root().locator('.asysta-review__row[data-review="_family_name"]');
    assert((await row.locator('dt').textContent()) === 'Rodzina – Imię i nazwisko', 'the row of the family name has another label');
    assert((await row.locator('.asysta-review__value').textContent()) === planData.family.name, 'the row of the family name has another value');
    assert((await mainButton().textContent()).trim() === 'Zapisz', 'the main button on the answers page is not the submit');
    await axe();
    snapshots['steps plan review'] = await stepsDom('.asysta-steps', '.asysta-step__heading', '.asysta-review', '.asysta-actions');
    const change = root().locator('.asysta-review__row[data-review="_drawnUpOn"] .asysta-review__change');
    assert((await change.textContent()) === 'Zmień Data sporządzenia', `the link reads "${await change.textContent()}"`);
    await change.focus();
    await page.keyboard.press('Enter');
    await waitForHeading(`Krok 1 z ${total}: Rodzina i asystent`);
    assert((await activeId()).endsWith('_drawnUpOn'), `"Zmień" moved focus to #${await activeId()}`);
    assert((await mainButton().textContent()).trim() === 'Wróć do sprawdzenia odpowiedzi', 'the main button does not lead back');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3.02.2026');
    await page.keyboard.press('Enter');
    await waitForHeading('Sprawdź odpowiedzi przed zapisaniem');
    const date = await root().locator('.asysta-review__row[data-review="_drawnUpOn"] .asysta-review__value').textContent();
    assert(date === '03.02.2026', `the answers show the date as ${date}`);
    await clean();
  });

  await check('work plan in steps: a failed submit on the answers page links each error into its step and to the field', async () => {
    const withoutGoal = { ...planData };
    delete withoutGoal.mainGoal;
    await mount({ ...planOptions, data: withoutGoal });
    await openStep(plan.steps.list.at(-1).id);
    await pressMainButton();
    await waitForHeading('Sprawdź odpowiedzi przed zapisaniem');
    await pressMainButton();
    await page.waitForFunction(() => window.asystaDriver.root().querySelector('.asysta-summary[role=alert]'), undefined, { timeout });
    assert((await activeId()) === (await root().locator('.asysta-summary').getAttribute('id')), 'focus is not on the summary');
    assert((await log()).submit.length === 0, 'asysta-submit fired for invalid data');
    const link = root().locator('.asysta-summary a', { hasText: 'Cel główny' });
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForHeading(`Krok 3 z ${total}: Cele`);
    assert((await activeId()).endsWith('_mainGoal'), `the link moved focus to #${await activeId()}`);
    assert((await root().locator('.asysta-steps__item[data-step="cele"] .asysta-steps__note').count()) === 1, 'the step has no note of its errors');
    await clean();
  });

  await check('work plan in steps: keyboard only – change an answer, "Dalej" through every step, check the answers, submit', async () => {
    await mount({ ...planOptions, data: planData });
    await page.locator('h1').click();
    const tabTo = async (found, what) => {
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        if (found(await active())) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo((a) => a.id.endsWith('_family_name'), 'the family name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Rodzina Kowalskich');
    for (let index = 0; index < total; index++) {
      await tabTo((a) => a.tag === 'button' && a.type === 'submit', `"Dalej" on step ${index + 1}`);
      await page.keyboard.press('Enter');
      await waitForHeading(index + 1 < total ? `Krok ${index + 2} z ${total}: ${plan.steps.list[index + 1].title.pl}` : 'Sprawdź odpowiedzi przed zapisaniem');
    }
    const name = await root().locator('.asysta-review__row[data-review="_family_name"] .asysta-review__value').textContent();
    assert(name === 'Rodzina Kowalskich', `the answers show ${name}`);
    await tabTo((a) => a.tag === 'button' && a.type === 'submit' && a.text === 'Zapisz', '"Zapisz"');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.asystaDriver.log.submit.length === 1, undefined, { timeout });
    const [detail] = (await log()).submit;
    assert(detail.data.family.name === 'Rodzina Kowalskich', `submitted ${JSON.stringify(detail.data.family)}`);
    assert((await root().locator('.asysta-status').textContent()).includes('przekazano do zapisania'), 'no handed-over status (nothing is saved before the host confirms)');
    await clean();
  });

  await check('the definition chooses the layout when the host does not: the referral on one page, the work plan in steps', async () => {
    const referral = definitions.find((definition) => definition.id === 'skierowanie-i-podstawa');
    assert(referral.steps?.layout === 'single', 'the referral is not on one page by default');
    await mount({ form: referral.id, asOf: '2026-03-31', locale: 'pl' });
    assert((await root().locator('.asysta-steps').count()) === 0, 'the referral shows steps');
    await mount(planOptions);
    assert((await root().locator('.asysta-steps').count()) === 1, 'the work plan shows no steps');
  });

  await check('work plan, layout "single": all on one page, no indicator', async () => {
    await mount({ ...planOptions, layout: 'single' });
    assert((await root().locator('.asysta-steps').count()) === 0, 'an indicator on one page');
    assert((await root().locator('[data-pointer="/schedule/socialWorker"]').count()) === 1, 'not every part is drawn');
    assert((await mainButton().textContent()).trim() === 'Zapisz', 'the main button is not the submit');
  });
}
