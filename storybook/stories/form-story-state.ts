/**
 * The states every definition is shown in (one story each), shared by the indexer that lists them
 * (.storybook/definition-stories.ts) and the module that draws them (form-stories.tsx).
 * Steps and print add `{ kind: 'steps' }` and `{ kind: 'print' }` here when their issues land.
 */
export type FormStoryState =
  | { kind: 'empty' }
  | { kind: 'valid'; example: string }
  | { kind: 'invalid'; example: string }
  | { kind: 'english' }
  | { kind: 'disabled' }
  | { kind: 'broken' };
