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
    expect(screen.getByRole('alert').textContent).toContain('@asysta/forms/forms/karta-czasu-pracy');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('the full entry takes modules too', () => {
    render(<ById form={timeCard} profile={konstancinForTimeCard} asOf="2026-03-31" />);
    expect(screen.getByRole('heading', { name: 'Miesięczna karta czasu pracy asystenta rodziny' })).toBeTruthy();
  });
});

describe('<AsystaForm profile={{ profile, packs }}>: an own profile', () => {
  it('shows the own rule at its field, and a broken own profile as a located error to the host', async () => {
    const { ownPack, ownProfile, timeCardWithPlace } = await import('../../forms/test/support/own-profile.js');
    const { container } = render(<ById form="karta-czasu-pracy" profile={{ profile: ownProfile, packs: [ownPack] }} asOf="2026-03-31" data={timeCardWithPlace('inne')} />);
    expect([...container.querySelectorAll('.asysta-issue--warning')].map((el) => el.textContent).join(' ')).toContain('Podaj, gdzie było spotkanie.');
    cleanup();
    const onError = vi.fn();
    render(<ById form="karta-czasu-pracy" profile={{ profile: { ...ownProfile, packs: ['nie-ma-takiego'] }, packs: [] }} onError={onError} />);
    expect(screen.getByRole('alert').textContent).toContain('Profil „moj-ops” jest nieprawidłowy.');
    expect(onError.mock.calls[0]![0].issues).toContainEqual(expect.objectContaining({ path: '/packs/0' }));
  });
});
