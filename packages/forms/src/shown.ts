/**
 * Which issues a form shows now. Warnings and notes always; an error once its field (or a field
 * inside it) was touched or came with a value from the host, once its step was left with "Dalej"
 * (a form shown in steps), or once the form was submitted – so an
 * empty new form does not open covered in errors. The one policy for every renderer.
 */
import type { Issue } from '@asysta/core';
import { byPath, type Evaluated } from './evaluation.js';

export interface ShownIssues {
  errors: readonly Issue[];
  warnings: readonly Issue[];
  byPath: Readonly<Record<string, readonly Issue[]>>;
}

/** Every pointer in `touched` and each of its ancestors ("/rows/0/date" → "/rows/0", "/rows", ""). */
export function withAncestors(touched: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const pointer of touched) {
    for (let p = pointer; !out.has(p); p = p.slice(0, p.lastIndexOf('/'))) {
      out.add(p);
      if (p === '') break;
    }
  }
  return out;
}

export function shownIssues(
  state: Pick<Evaluated, 'errors' | 'warnings' | 'infos'>,
  {
    submitted,
    touched,
    reached: known,
    checked,
  }: { submitted: boolean; touched: Iterable<string>; reached?: ReadonlySet<string>; checked?: ((path: string) => boolean) | undefined },
): ShownIssues {
  // `reached`: the touched pointers with their ancestors, when the caller keeps them already.
  const reached = submitted ? undefined : (known ?? withAncestors(touched));
  const errors = reached ? state.errors.filter((issue) => reached.has(issue.path) || checked?.(issue.path) === true) : state.errors;
  return { errors, warnings: state.warnings, byPath: byPath(errors, state.warnings, state.infos) };
}
