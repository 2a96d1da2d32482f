import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DraftSession, Locale, NotCarriedOverView } from '@asysta/forms';

/** What the drafts part of the view needs: the form's draft session, its id prefix and locale, and what discarding does. */
export interface DraftPartsContext {
  session: DraftSession;
  prefix: string;
  locale: Locale;
  discard: () => void;
}

export const DraftPartsValue = createContext<DraftPartsContext | null>(null);

function NotCarriedOverBox({ box, prefix, session }: { box: NotCarriedOverView; prefix: string; session: DraftSession }) {
  const titleId = `${prefix}_not-carried-over`;
  return (
    <section className="asysta-not-carried-over" aria-labelledby={titleId}>
      <h3 id={titleId} className="asysta-not-carried-over__title">
        {box.title}
      </h3>
      <p className="asysta-not-carried-over__hint">{box.hint}</p>
      <ul className="asysta-not-carried-over__items">
        {box.items.map((item) => (
          <li key={item.pointer} className="asysta-not-carried-over__item" data-not-carried-over={item.pointer}>
            <span className="asysta-not-carried-over__label">{item.label}</span>: <span className="asysta-not-carried-over__value">{item.text}</span>{' '}
            <span className="asysta-not-carried-over__reason">({item.reason})</span>
          </li>
        ))}
      </ul>
      <div className="asysta-actions">
        <button type="button" className="asysta-button" onClick={() => void session.copyNotCarriedOver()}>
          {box.copy}
        </button>
        <button type="button" className="asysta-button" onClick={() => session.dismissNotCarriedOver()}>
          {box.dismiss}
        </button>
      </div>
    </section>
  );
}

function DraftPartsView({ session, prefix, locale, discard }: DraftPartsContext) {
  const snapshot = () => session.getView(locale);
  const { notice, otherTab, notCarriedOver } = useSyncExternalStore(session.subscribe, snapshot, snapshot);
  return (
    <>
      {notice && (
        <div className={`asysta-draft-notice asysta-draft-notice--${notice.kind}`} role="status">
          <span>{notice.text}</span>
          {notice.discard && (
            <button type="button" className="asysta-button" onClick={discard}>
              {notice.discard}
            </button>
          )}
        </div>
      )}
      {otherTab && (
        <div className="asysta-draft-notice asysta-draft-notice--other-tab" role="status">
          <span>{otherTab}</span>
        </div>
      )}
      {notCarriedOver && <NotCarriedOverBox box={notCarriedOver} prefix={prefix} session={session} />}
    </>
  );
}

/**
 * What the form shows about drafts, from the draft session's view – the same DOM as the custom
 * element's `draftTemplate`: the notice with its discard button, the other-tab notice, and the box
 * of values an older draft could not carry over.
 */
export function DraftParts() {
  const context = useContext(DraftPartsValue);
  return context ? <DraftPartsView {...context} /> : null;
}
