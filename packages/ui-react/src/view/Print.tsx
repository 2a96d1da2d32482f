/**
 * The print view as React elements: the same DOM as the custom element's print templates (one
 * stylesheet prints both). Text only – no inputs – drawn from the model's `getPrintView()`.
 */
import { createElement, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { PrintAnswer, PrintBlock, PrintSignature, PrintTable, PrintView } from '@asysta/forms';

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <span className="asysta-print__line" key={i}>
          {line}
        </span>
      ))}
    </>
  );
}

function Answer({ block }: { block: PrintAnswer }) {
  const className = `asysta-print__answer${block.long ? ' asysta-print__answer--long' : ''}${block.blank ? ' asysta-print__answer--blank' : ''}`;
  return (
    <div className={className} data-pointer={block.pointer}>
      <span className="asysta-print__label">{block.label}</span>{' '}
      {block.choices ? (
        <span className="asysta-print__choices">
          {block.choices.map((choice, i) => (
            <span className="asysta-print__choice" key={i}>
              {choice}
            </span>
          ))}
        </span>
      ) : (
        <span className="asysta-print__text">{block.text}</span>
      )}
    </div>
  );
}

function Table({ block }: { block: PrintTable }) {
  return (
    <table className="asysta-print__table" data-pointer={block.pointer}>
      {block.label && <caption className="asysta-print__caption">{block.label}</caption>}
      <thead>
        {block.lanes && (
          <tr className="asysta-print__lanes">
            {block.numbered && <td />}
            {block.lanes.map((lane, i) => (
              <th scope="colgroup" colSpan={lane.span} className="asysta-print__lane" key={i}>
                {lane.label}
              </th>
            ))}
          </tr>
        )}
        <tr>
          {block.numbered && (
            <th scope="col" className="asysta-print__number">
              {block.numberLabel}
            </th>
          )}
          {block.columns.map((column, i) => (
            <th scope="col" key={i}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r}>
            {block.numbered && <td className="asysta-print__number">{row.number}</td>}
            {row.cells.map((cell, c) => (
              <td key={c}>
                <Lines lines={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {block.totals.length > 0 && (
        <tfoot>
          {block.totals.map((total, i) => (
            <tr className="asysta-print__total" key={i}>
              {total.span > 0 && (
                <th scope="row" colSpan={total.span}>
                  {total.label}
                </th>
              )}
              <td>{total.span > 0 ? total.text : `${total.label} ${total.text}`}</td>
              {total.after > 0 && <td colSpan={total.after} />}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}

function Blocks({ blocks }: { blocks: readonly PrintBlock[] }): ReactNode {
  return blocks.map((block) => {
    if (block.kind === 'answer') return <Answer block={block} key={block.pointer} />;
    if (block.kind === 'table') return <Table block={block} key={`table:${block.pointer}:${block.label}`} />;
    return (
      <section className="asysta-print__section" data-pointer={block.pointer} key={block.pointer}>
        {createElement(`h${block.level}`, { className: 'asysta-print__heading' }, block.label)}
        <Blocks blocks={block.blocks} />
      </section>
    );
  });
}

function Signature({ signature }: { signature: PrintSignature }) {
  return (
    <div className="asysta-print__signature">
      <div className="asysta-print__signature-line" />
      <p className="asysta-print__signature-label">{signature.label}</p>
      {signature.notes.map((note, i) => (
        <p className="asysta-print__signature-note" key={i}>
          {note}
        </p>
      ))}
    </div>
  );
}

/** The paper template of one form: hidden on screen (unless `preview`), the only part of the form in print. */
export function PrintSheet({ view, preview = false }: { view: PrintView; preview?: boolean }) {
  return (
    <section
      className={`asysta-print asysta-print--${view.orientation}${preview ? ' asysta-print--preview' : ''}${view.blank ? ' asysta-print--blank' : ''}`}
      lang={view.locale}
      aria-label={view.label}
    >
      <header className="asysta-print__header">
        {view.organisation && <p className="asysta-print__organisation">{view.organisation}</p>}
        <h2 className="asysta-print__title">{view.title}</h2>
      </header>
      <Blocks blocks={view.blocks} />
      {view.signatures.length > 0 && (
        <div className="asysta-print__signatures">
          {view.signatures.map((signature, i) => (
            <Signature signature={signature} key={i} />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * True while the page prints (from `beforeprint` to `afterprint`: the browser's print command,
 * `window.print()`, a PDF of the page). The print view is drawn only then, so that typing never
 * pays for it; `beforeprint` is handled synchronously, before the browser lays out the pages.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
