// The driver for <asysta-form>: mounts the element from the standalone bundle.
import '/asysta/asysta-form.js';
import { installDriver } from './driver-common.mjs';

installDriver({
  mount(host, { form, profile, locale, asOf, layout, data, draftKey }) {
    const element = document.createElement('asysta-form');
    // A definition object (a form of one's own) goes in as the property.
    if (typeof form === 'object') element.form = form;
    else element.setAttribute('form', form);
    if (draftKey) element.setAttribute('draft-key', draftKey);
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
