/** UI strings come from the shared catalog in @asysta/core, re-exported by @asysta/forms. */
import { translate, type Locale } from '@asysta/forms';

export type TextKey = Parameters<typeof translate>[0];

export function t(key: TextKey, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  return translate(key, locale, params);
}
