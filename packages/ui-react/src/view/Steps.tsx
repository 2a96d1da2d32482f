/**
 * A form shown in steps: the step indicator with "Wstecz" (above the summary), the step's heading
 * and its parts, or the check-your-answers page (GOV.UK summary list). The same DOM as the
 * custom element's step-templates.ts; every move goes through the model.
 */
import type { MouseEvent } from 'react';
import type { FormViewTree, ReviewRow, ReviewSection, StepEntry, StepsView } from '@asysta/forms';
import { useRenderContext, type RenderContext } from './context.js';
import { NodeView } from './Nodes.js';

function StepLabel({ step }: { step: StepEntry }) {
  return (
    <>
      <span className="asysta-steps__number">{step.number}</span>
      <span className="asysta-steps__title">{step.title}</span>
      {step.note && <span className="asysta-steps__note">{step.note}</span>}
    </>
  );
}

/** The indicator (an ordered list, the current step `aria-current="step"`, the others buttons) and "Wstecz". */
export function StepsNav({ steps, context }: { steps: StepsView; context: RenderContext }) {
  const { prefix, write } = context;
  return (
    <div className="asysta-steps">
      <nav className="asysta-steps__nav" aria-label={steps.label}>
        <ol className="asysta-steps__list">
          {steps.list.map((step) =>
            step.current ? (
              <li key={step.id} className="asysta-steps__item asysta-steps__item--current" aria-current="step" data-step={step.id}>
                <StepLabel step={step} />
              </li>
            ) : (
              <li key={step.id} className="asysta-steps__item" data-step={step.id}>
                <button type="button" className="asysta-steps__button" id={prefix + step.buttonId} onClick={() => write((model) => model.goToStep(step.id))}>
                  <StepLabel step={step} />
                </button>
              </li>
            ),
          )}
        </ol>
      </nav>
      {steps.backLabel && (
        <button type="button" className="asysta-button asysta-button--back" onClick={() => write((model) => model.previousStep())}>
          {steps.backLabel}
        </button>
      )}
    </div>
  );
}

function Row({ row, prefix, open }: { row: ReviewRow; prefix: string; open: (step: string, targetId: string) => void }) {
  const { change } = row;
  return (
    <div className="asysta-review__row" data-review={row.id}>
      <dt className="asysta-review__key">{row.label}</dt>
      <dd className={`asysta-review__value${row.empty ? ' asysta-review__value--empty' : ''}`}>{row.text}</dd>
      {change && (
        <dd className="asysta-review__actions">
          <a
            className="asysta-review__change"
            href={`#${prefix}${change.targetId}`}
            onClick={(event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              open(change.step, change.targetId);
            }}
          >
            {/* "Zmień Cel główny" to a screen reader (GOV.UK pattern); the space outside the hidden part. */}
            {`${change.label} `}
            <span className="asysta-visually-hidden">{row.label}</span>
          </a>
        </dd>
      )}
    </div>
  );
}

function Section({ section, prefix, open }: { section: ReviewSection; prefix: string; open: (step: string, targetId: string) => void }) {
  return (
    <section className="asysta-review__section" aria-labelledby={prefix + section.headingId} data-step={section.step}>
      <h3 className="asysta-review__title" id={prefix + section.headingId}>
        {section.title}
      </h3>
      <dl className="asysta-review__list">
        {section.rows.map((row) => (
          <Row key={row.id} row={row} prefix={prefix} open={open} />
        ))}
      </dl>
    </section>
  );
}

/** The step's heading and its parts, or the check-your-answers page. */
export function StepBody({ view, steps }: { view: FormViewTree; steps: StepsView }) {
  const { prefix, write } = useRenderContext();
  const open = (step: string, targetId: string) => write((model) => model.goToStep(step, targetId));
  return (
    <>
      <h2 className="asysta-step__heading" id={prefix + steps.headingId} tabIndex={-1}>
        {steps.heading}
      </h2>
      {view.review ? (
        <div className="asysta-review">
          {view.review.sections.map((section) => (
            <Section key={section.step} section={section} prefix={prefix} open={open} />
          ))}
        </div>
      ) : (
        <NodeView node={view.root} />
      )}
    </>
  );
}
