export type { FormDefinition } from '@asysta/core';
