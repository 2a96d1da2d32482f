/**
 * What a person has done with a form, beside its data: the fields left (touched), the submit
 * attempts, what became of the last valid submit (the host saves it), where focus should go next, and in a form shown in
 * steps where the person is (step-state.ts). It lives in the model so that every renderer shows the same,
 * and a draft can bring it back.
 */
import { escapePointerToken } from '@asysta/core';
import { withAncestors } from './shown.js';
import { StepState, type StepSnapshot } from './step-state.js';
import type { FocusRequest } from './view-types.js';

/** What became of the last valid submit: the form says only what the host has confirmed. */
export type SaveState = 'none' | 'handed-over' | 'saving' | 'saved' | 'failed';

/** The part of the interaction that a draft keeps. */
export interface InteractionSnapshot extends StepSnapshot {
  touched: readonly string[];
  submitAttempts: number;
}

export class Interaction {
  private touchedSet = new Set<string>();
  private reachedSet: Set<string> | undefined;
  submitAttempts = 0;
  /**
   * What became of the last valid submit, as far as the host has said (nothing changed since):
   * handed over to the host, being saved, saved, or its save failed. Only the host saves.
   */
  save: SaveState = 'none';
  focus: FocusRequest | undefined;
  private focusSeq = 0;
  readonly steps = new StepState();

  get touched(): ReadonlySet<string> {
    return this.touchedSet;
  }

  /** The touched pointers and all their ancestors (kept until the touched set changes). */
  get reached(): ReadonlySet<string> {
    return (this.reachedSet ??= withAncestors(this.touchedSet));
  }

  private replaceTouched(next: Set<string>): void {
    this.touchedSet = next;
    this.reachedSet = undefined;
  }

  clearTouched(): void {
    this.replaceTouched(new Set());
  }

  requestFocus(id: string): void {
    this.focus = { id, seq: ++this.focusSeq };
  }

  touch(pointer: string): boolean {
    if (this.touchedSet.has(pointer)) return false;
    this.touchedSet.add(pointer);
    this.reachedSet = undefined;
    return true;
  }

  /** Data from the host counts as touched: its errors show at once (a field that came filled in is not new). */
  prefill(data: unknown): void {
    this.reachedSet = undefined;
    const stack: [unknown, string][] = [[data, '']];
    while (stack.length) {
      const [value, pointer] = stack.pop()!;
      if (value !== null && typeof value === 'object') {
        const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
        if (!entries.length && pointer) this.touchedSet.add(pointer);
        for (const [key, child] of entries) stack.push([child, `${pointer}/${escapePointerToken(key)}`]);
      } else if (value !== undefined && pointer) this.touchedSet.add(pointer);
    }
  }

  /**
   * After items of the array at `array` moved: each touched pointer inside item i follows it to
   * `position(i)`, or is forgotten when the item is gone (undefined).
   */
  reindex(array: string, position: (index: number) => number | undefined): void {
    const prefix = `${array}/`;
    const next = new Set<string>();
    for (const pointer of this.touchedSet) {
      if (!pointer.startsWith(prefix)) {
        next.add(pointer);
        continue;
      }
      const rest = pointer.slice(prefix.length);
      const cut = rest.indexOf('/');
      const index = Number(cut < 0 ? rest : rest.slice(0, cut));
      const to = Number.isInteger(index) ? position(index) : index;
      if (to !== undefined) next.add(`${prefix}${to}${cut < 0 ? '' : rest.slice(cut)}`);
    }
    this.replaceTouched(next);
  }

  snapshot(): InteractionSnapshot {
    return { touched: [...this.touchedSet], submitAttempts: this.submitAttempts, ...this.steps.snapshot() };
  }

  restore(snapshot: InteractionSnapshot): void {
    this.replaceTouched(new Set(snapshot.touched.filter((p) => typeof p === 'string')));
    this.submitAttempts = Number.isInteger(snapshot.submitAttempts) && snapshot.submitAttempts > 0 ? snapshot.submitAttempts : 0;
    this.save = 'none';
    this.focus = undefined;
    this.steps.restore(snapshot);
  }
}
