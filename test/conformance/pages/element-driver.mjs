// The driver for <asysta-form>: mounts the element from the standalone bundle.
import '/asysta/asysta-form.js';
import { installDriver } from './driver-common.mjs';

installDriver({
  mount(host, { form, profile, locale, asOf, layout, data }) {
    const element = document.createElement('asysta-form');
    element.setAttribute('form', form);
    if (profile) element.setAttribute('profile', profile);
    if (locale) element.setAttribute('locale', locale);
    if (asOf) element.setAttribute('as-of', asOf);
    if (layout) element.setAttribute('layout', layout);
    if (data !== undefined) element.data = data;
    host.replaceChildren(element);
    return {
      root: () => element.shadowRoot,
      setData: (next) => {
        element.data = next;
      },
    };
  },
});
