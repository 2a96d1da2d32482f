/**
 * What a renderer shows about drafts, apart from the drafts themselves: the one-form runtime
 * imports this alone, so the encryption and stores load only on a page that keeps drafts.
 */
import { translate, type Locale } from '@asysta/core';

/**
 * The notice a renderer shows after a draft came back: "Przywrócono wersję roboczą z 12 marca 2026,
 * 14:05." – the save time in Europe/Warsaw. Every renderer shows the same words.
 */
export function draftRestoredNotice(savedAt: string, locale: Locale = 'pl'): string {
  const at = new Date(savedAt);
  if (Number.isNaN(at.getTime())) return translate('ui.draft.restored', locale, { date: savedAt });
  const tag = locale === 'pl' ? 'pl-PL' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Warsaw', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return translate('ui.draft.restored', locale, { date: `${day}, ${time}` });
}
