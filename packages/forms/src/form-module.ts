import type { FormDefinition } from '@asysta/core';
import type { FormReads } from './form-reads.js';
import type { DataValidator } from './prepare.js';
import type { StepSupport } from './step-support.js';

/**
 * A form as one module: its definition and its precompiled validators (the whole data, and each
 * item of each array of objects). Built-in forms are generated as such modules
 * (`@asysta/forms/forms/<id>`), so that a page can load just the form it shows.
 */
export interface FormModule {
  definition: FormDefinition;
  validate: DataValidator;
  /** The hash of the schema the validators were compiled from (a changed schema needs new ones). */
  schemaHash: string;
  items: Readonly<Record<string, DataValidator>>;
  /** What its derived values and conditions read, found when it was generated (absent: they run on every change). */
  reads?: FormReads;
  /** A form that declares steps: what shows them (`stepSupport`), so that only such a form's page loads it. */
  steps?: StepSupport;
}
