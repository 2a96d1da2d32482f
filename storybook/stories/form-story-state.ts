/**
 * The states every definition is shown in (one story each), shared by the indexer that lists them
 * (.storybook/definition-stories.ts) and the module that draws them (form-stories.tsx).
 */
export type FormStoryState =
  | { kind: 'empty' }
  | { kind: 'valid'; example: string }
  | { kind: 'invalid'; example: string }
  | { kind: 'english' }
  | { kind: 'disabled' }
  | { kind: 'broken' }
  /** A form that declares steps, one step at a time (its first valid example). */
  | { kind: 'steps' }
  /** Check your answers: the steps' answers with their „Zmień” links, before the submit. */
  | { kind: 'review' }
  /** As it prints: the paper template with the first valid example's answers, and blank. */
  | { kind: 'print' }
  | { kind: 'print-blank' };
