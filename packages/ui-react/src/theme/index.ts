import { templates } from './templates.js';
import { BaseInputTemplate, widgets } from './widgets.js';
import { fields } from './TimeRangeField.js';

/** The Asysta rjsf theme: templates, widgets and fields that show the form model's messages. */
export const asystaTheme = {
  templates: { ...templates, BaseInputTemplate },
  widgets,
  fields,
};

export type { AsystaFormContext } from './context.js';
