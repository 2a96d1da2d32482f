/**
 * Which issues a form shows now. Warnings always; an error once its field was touched, held a value
 * from the host, or the form was submitted – so an empty new form does not open covered in errors.
 * Shared by every renderer.
 */
import { getAtPointer, isWithin, type Issue } from '@asysta/core';
import type { FormState } from './model-types.js';

export interface ShownIssues {
  errors: Issue[];
  warnings: readonly Issue[];
  byPath: Record<string, Issue[]>;
}

export function shownIssues(
  state: FormState,
  { submitted, touched, hostData }: { submitted: boolean; touched: ReadonlySet<string>; hostData: unknown },
): ShownIssues {
  const shown = (issue: Issue) => {
    if (issue.severity !== 'error' || submitted) return true;
    for (const pointer of touched) if (isWithin(pointer, issue.path)) return true;
    try {
      return getAtPointer(hostData, issue.path) !== undefined;
    } catch {
      return false;
    }
  };
  const errors = state.errors.filter(shown);
  const byPath: Record<string, Issue[]> = Object.create(null) as Record<string, Issue[]>;
  for (const issue of [...errors, ...state.warnings, ...state.infos]) (byPath[issue.path] ??= []).push(issue);
  return { errors, warnings: state.warnings, byPath };
}
