// The driver for <AsystaForm>: the React component mounted into a div, its callbacks relayed as
// the same DOM events (and details) that <asysta-form> fires.
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AsystaForm } from '@asysta/ui-react';
import { installDriver } from './driver-common.mjs';

let root;
installDriver({
  mount(host, { form, profile, locale, asOf, layout, data, draftKey }) {
    root?.unmount();
    const container = document.createElement('div');
    host.replaceChildren(container);
    const emit = (type, detail) => host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    let setHostData;
    function Harness() {
      const [current, setCurrent] = useState(data);
      setHostData = setCurrent;
      return createElement(AsystaForm, {
        form,
        profile,
        locale,
        asOf,
        layout,
        data: current,
        draftKey,
        onChange: (d) => emit('asysta-change', { data: d.data, valid: d.valid }),
        // The whole detail, with saved(), failed() and waitUntil(), as the element's event carries it.
        onSubmit: (d) => emit('asysta-submit', d),
        onError: (d) => emit('asysta-error', { message: d.message, issues: d.issues }),
      });
    }
    root = createRoot(container);
    flushSync(() => root.render(createElement(Harness)));
    return {
      root: () => container,
      setData: (next) => flushSync(() => setHostData(next)),
    };
  },
});
