// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import timeCard from '@asysta/forms/forms/karta-czasu-pracy';
import konstancinForTimeCard from '@asysta/rules/profile-modules/konstancin-jeziorna/karta-czasu-pracy';
import { AsystaForm as ByModule } from '@asysta/ui-react/runtime';
import { AsystaForm as ById } from '@asysta/ui-react';

afterEach(cleanup);

const overQuota = timeCard.definition.examples.valid.find((e) => e.name === 'over-monthly-quota')!;

describe('<AsystaForm> from @asysta/ui-react/runtime (one form per page)', () => {
  it('draws a form from its module under the profile module for that form, with the same rule verdicts as by id', () => {
    const { container: byModule } = render(<ByModule form={timeCard} profile={konstancinForTimeCard} asOf="2026-03-31" data={overQuota.data} />);
    const moduleWarnings = [...byModule.querySelectorAll('.asysta-issue--warning')].map((el) => el.textContent);
    cleanup();
    const { container: byId } = render(<ById form="karta-czasu-pracy" profile="konstancin-jeziorna" asOf="2026-03-31" data={overQuota.data} />);
    const idWarnings = [...byId.querySelectorAll('.asysta-issue--warning')].map((el) => el.textContent);
    expect(moduleWarnings.length).toBeGreaterThan(0);
    expect(moduleWarnings).toEqual(idWarnings);
  });

  it('says what it takes when given a built-in id, and tells the host', () => {
    const onError = vi.fn();
    render(<ByModule form="karta-czasu-pracy" profile="konstancin-jeziorna" onError={onError} />);
    expect(screen.getByRole('alert').textContent).toContain('@asysta/forms/forms/<formularz>');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('the full entry takes modules too', () => {
    render(<ById form={timeCard} profile={konstancinForTimeCard} asOf="2026-03-31" />);
    expect(screen.getByRole('heading', { name: 'Miesięczna karta czasu pracy asystenta rodziny' })).toBeTruthy();
  });
});
