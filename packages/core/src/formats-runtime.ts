// What the precompiled validators import: the domain formats and ajv's two run-time helpers.
export { formats } from './formats.js';
export { deepEqual, ucs2length } from './validator-runtime.js';
