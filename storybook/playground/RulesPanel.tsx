/**
 * The rules panel: every verdict of the profile's rules on the form's data, and "explain" on any of
 * them – the rule, the values it read, the parameters in force on the as-of date (from which dated
 * value, or the profile's override and its reason), the reference and the computation step by step.
 */
import { useState } from 'react';
import { localize, type Locale, type Profile, type RulePack } from '@asysta/core';
import type { RuleResult } from '@asysta/rules';
import { ReferenceView } from '../stories/reference';
import './playground.css';
import { text } from './texts';

export interface RulesPanelProps {
  results: readonly RuleResult[];
  /** The rules the form shows at its fields (others are listed, marked). */
  shownRules: readonly string[];
  packs: readonly RulePack[];
  profile: Profile | undefined;
  /** Parameter values in force on `asOf`, keyed "<pack>.<name>". */
  parameters: Readonly<Record<string, number>>;
  asOf: string;
  locale: Locale;
  /** Verdict keys explained when the panel opens (for stories). */
  initiallyExplained?: readonly string[];
}

const keyOf = (r: RuleResult) => `${r.ruleId}#${r.index ?? ''}`;
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function Explanation({ result, packs, profile, parameters, asOf, locale }: { result: RuleResult } & Omit<RulesPanelProps, 'results' | 'shownRules'>) {
  const pack = packs.find((p) => p.id === result.packId);
  const parameterNames = Object.keys(pack?.parameters ?? {}).filter((name) => Object.prototype.hasOwnProperty.call(result.values, name));
  const valueNames = Object.keys(result.values).filter((name) => !parameterNames.includes(name));
  return (
    <div className="asysta-playground__explanation">
      <p>{text('explain.rule', locale, { rule: result.ruleId, pack: result.packId, path: result.path || '/' })}</p>
      {valueNames.length > 0 && (
        <>
          <h5>{text('explain.values', locale)}</h5>
          <ul>
            {valueNames.map((name) => (
              <li key={name}>
                <code>{name}</code> = <code>{show(result.values[name])}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {parameterNames.length > 0 && (
        <>
          <h5>{text('explain.parameters', locale, { date: asOf })}</h5>
          <ul>
            {parameterNames.map((name) => {
              const key = `${result.packId}.${name}`;
              const override = profile?.parameters?.[key];
              const dated = [...(pack!.parameters[name]!.values ?? [])].filter((v) => v.from <= asOf).pop();
              const overrideHolds = override && (!override.from || override.from <= asOf);
              return (
                <li key={name}>
                  {localize(pack!.parameters[name]!.title, locale)}:{' '}
                  {text('explain.parameter', locale, {
                    name: key,
                    value: show(parameters[key] ?? result.values[name]),
                    from: (overrideHolds ? override.from : dated?.from) ?? '—',
                    source: overrideHolds ? text('explain.fromProfile', locale, { reason: localize(override.reason, locale) }) : '',
                  })}
                  {!overrideHolds && (
                    <>
                      {' – '}
                      <ReferenceView reference={pack!.parameters[name]!.reference} locale={locale} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h5>{text('explain.reference', locale)}</h5>
      <p>
        <ReferenceView reference={result.reference} locale={locale} />
      </p>
      {result.trace && result.trace.length > 0 && (
        <details>
          <summary>{text('explain.trace', locale)}</summary>
          <ul className="asysta-playground__trace">
            {result.trace.map((step, i) => (
              <li key={i}>
                <code>{step.path}</code> → <code>{show(step.value)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function RulesPanel(props: RulesPanelProps) {
  const { results, shownRules, locale } = props;
  const [explained, setExplained] = useState<ReadonlySet<string>>(() => new Set(props.initiallyExplained ?? []));
  const toggle = (key: string) =>
    setExplained((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <section className="asysta-playground__panel" aria-labelledby="asysta-verdicts">
      <h3 id="asysta-verdicts">{text('verdicts', locale)}</h3>
      {results.length === 0 ? (
        <p>{text('verdicts.none', locale)}</p>
      ) : (
        <ul className="asysta-playground__verdicts">
          {results.map((result) => {
            const key = keyOf(result);
            const open = explained.has(key);
            return (
              <li key={key} className={`asysta-playground__verdict asysta-playground__verdict--${result.status}`} data-rule={result.ruleId} data-status={result.status}>
                <strong>{text('verdict', locale, { status: text(`status.${result.status}`, locale), title: result.title })}</strong>
                {result.index !== undefined && <> · {result.path}</>}
                {!shownRules.includes(result.ruleId) && <em> ({text('verdicts.notShown', locale)})</em>}
                {result.message && <p className="asysta-playground__message">{result.message}</p>}
                <button type="button" className="asysta-playground__button" aria-expanded={open} onClick={() => toggle(key)}>
                  {text(open ? 'explain.hide' : 'explain', locale)}
                  <span className="asysta-visually-hidden">: {result.title}</span>
                </button>
                {open && <Explanation result={result} {...props} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
