import type { Locale } from './issue.js';
import { translate, type MessageParams } from './i18n.js';
import type { MessageKey } from './messages.js';

export interface AsystaErrorDetail {
  /** Where: a file, or the id of the definition, pack or profile. */
  source?: string;
  /** JSON Pointer inside that source. */
  path: string;
  message: string;
}

/**
 * The one error type of the public API, for bad input (an unknown form, a broken definition, rule
 * pack or profile). `message` is in the requested locale; `details` say where each problem is.
 */
export class AsystaError extends Error {
  override readonly name = 'AsystaError';
  readonly code: MessageKey;
  readonly details: readonly AsystaErrorDetail[];

  constructor(code: MessageKey, locale: Locale, params: MessageParams = {}, details: readonly AsystaErrorDetail[] = []) {
    const head = translate(code, locale, params);
    const lines = details.map((d) => `  ${d.source ? `${d.source} ` : ''}${d.path || '/'}: ${d.message}`);
    super([head, ...lines].join('\n'));
    this.code = code;
    this.details = details;
  }
}
