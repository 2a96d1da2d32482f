import { describe, expect, it } from 'vitest';
import { commandNames } from '../src/help.js';
import { cliSandbox } from './support.js';

const { cli } = cliSandbox('help');

describe('asysta --help', () => {
  it('lists every command, each of which has its own help with usage, options and an example', async () => {
    const general = await cli('--help');
    expect(general.code).toBe(0);
    for (const name of commandNames()) {
      expect(general.stdout).toContain(`asysta ${name}`);
      const own = await cli(...name.split(' '), '--help');
      expect([name, own.code]).toEqual([name, 0]);
      expect(own.stdout).toMatch(new RegExp(`^Użycie:\\n  asysta ${name}`));
      expect(own.stdout).toContain('Opcje:');
      expect(own.stdout).toContain(`Przykłady:\n  asysta ${name}`);
    }
  });

  it('explains a command in English too, with the options it takes', async () => {
    const { code, stdout } = await cli('rules', 'explain', '--help', '--locale', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('asysta rules explain <profile> --form <form> --data <data.json>');
    expect(stdout).toMatch(/--trace +the value of every sub-expression of a rule/);
  });

  it('shows a group’s commands, and never English placeholders in Polish', async () => {
    const { stdout } = await cli('forms', '--help');
    expect(stdout).toContain('asysta forms check');
    expect(stdout).not.toContain('asysta rules validate');
    for (const name of commandNames()) {
      const own = await cli(...name.split(' '), '--help');
      expect([name, own.stdout.match(/<(file|form|profile|data|definition|case|dir|kind)[.>]/g)]).toEqual([name, null]);
    }
  });
});
