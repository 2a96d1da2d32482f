// The bench page: mounts one peer at a time on the same schema and data, wrapped in a React
// Profiler where the peer is React, and records each keystroke's cost in the page itself.
import { createElement, Profiler } from 'react';
import { flushSync } from 'react-dom';
// The profiling build: production React that still reports commits to <Profiler>.
import { createRoot } from 'react-dom/profiling';
import RjsfForm from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { JsonForms } from '@jsonforms/react';
import { createAjv } from '@jsonforms/core';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { formats, withDomainDefinitions } from '@asysta/core';
import { getFormDefinition } from '@asysta/forms';
import { AsystaForm, asystaCss } from '@asysta/ui-react';
import { defineAsystaForm } from '@asysta/web-components';

defineAsystaForm();

const stats = { commits: 0, keys: [] };
let t0 = 0;
document.addEventListener('keydown', () => (t0 = performance.now()), true);
// After the peer's own input handlers (React's listener sits on its root, below window).
window.addEventListener('input', () => {
  const start = t0;
  const processed = performance.now();
  requestAnimationFrame(() => stats.keys.push({ processing: processed - start, frame: performance.now() - start }));
});

const customFormats = Object.fromEntries(Object.entries(formats).map(([name, format]) => [name, (value) => format.validate(value)]));
const rjsfValidator = customizeValidator({ customFormats });
const jsonFormsAjv = createAjv();
for (const [name, format] of Object.entries(formats)) jsonFormsAjv.addFormat(name, format);

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = URL.createObjectURL(new Blob([asystaCss], { type: 'text/css' }));
document.head.append(style);

function peerElement(peer, form, profile, asOf, data) {
  const schema = withDomainDefinitions(getFormDefinition(form).schema);
  switch (peer) {
    case 'asysta':
    case 'asysta-drafts':
      // With drafts on: IndexedDB, the browser's own key (each page is a fresh browser context, so nothing is restored).
      // The whole form on one page, as the peers draw it (the work plan and the assessment declare steps).
      return createElement(AsystaForm, { form, profile, asOf, locale: 'pl', layout: 'single', data, ...(peer === 'asysta-drafts' ? { draftKey: `bench/${form}` } : {}) });
    case 'rjsf':
    case 'rjsf-live':
      return createElement(RjsfForm, { schema, formData: data, validator: rjsfValidator, liveValidate: peer === 'rjsf-live', showErrorList: false, onChange: () => {} });
    case 'jsonforms': {
      function Controlled() {
        return createElement(JsonForms, { schema, data, ajv: jsonFormsAjv, renderers: vanillaRenderers, cells: vanillaCells, onChange: () => {} });
      }
      return createElement(Controlled);
    }
  }
  throw new Error(`unknown peer ${peer}`);
}

window.bench = {
  stats,
  /** Mounts a peer; resolves with the time to its first frame. */
  mount(peer, form, profile, asOf, data) {
    const host = document.getElementById('host');
    const started = performance.now();
    if (peer.startsWith('asysta-lit')) {
      // The Lit element: no React, so no commits to count.
      const element = document.createElement('asysta-form');
      element.setAttribute('form', form);
      if (peer === 'asysta-lit-drafts') element.setAttribute('draft-key', `bench/${form}`);
      element.setAttribute('profile', profile);
      element.setAttribute('as-of', asOf);
      element.setAttribute('layout', 'single');
      element.data = data;
      host.append(element);
      return element.updateComplete.then(() => new Promise((done) => requestAnimationFrame(() => done(performance.now() - started))));
    }
    const root = createRoot(host);
    const app = createElement(Profiler, { id: peer, onRender: () => (stats.commits += 1) }, peerElement(peer, form, profile, asOf, data));
    flushSync(() => root.render(app));
    return new Promise((done) => requestAnimationFrame(() => done(performance.now() - started)));
  },
  /** Focuses the input holding `marker` (through shadow roots) and returns a selector for it. */
  focusMarker(marker) {
    const inputs = [...document.querySelectorAll('input, textarea'), ...[...document.querySelectorAll('asysta-form')].flatMap((el) => [...el.shadowRoot.querySelectorAll('input, textarea')])];
    const target = inputs.find((input) => input.value === marker);
    if (!target) throw new Error(`no input holds ${marker} (${inputs.length} inputs)`);
    target.focus();
    target.setSelectionRange(target.value.length, target.value.length);
    return true;
  },
  reset() {
    stats.commits = 0;
    stats.keys.length = 0;
  },
};
