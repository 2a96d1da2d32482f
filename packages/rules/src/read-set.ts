/**
 * The answer of the read analysis (reads.ts) and the one question a page asks of it on every
 * keystroke. Its own module: a page's runtime needs this, and the analysis only where definitions,
 * packs or profiles of one's own are loaded (a bundler splits by module).
 */

/** One place an expression reads. */
export interface Read {
  /** Pointer tokens from the data's root; `*` stands for any item of an array. */
  readonly pattern: readonly string[];
  /** A change anywhere inside the place matters (not only a change of the place itself). */
  readonly whole: boolean;
}

export type ReadSet = readonly Read[];

/**
 * Does a change at any of `changed` (pointer tokens; `*` for every item) reach what was read? A change
 * at or above a place read matters; below it, only when the place was read whole. It assumes the
 * change kept the data's shape on the way (no list grew or shrank): callers check that.
 */
export function readsChanged(reads: ReadSet, changed: readonly (readonly string[])[]): boolean {
  for (const { pattern, whole } of reads) {
    for (const tokens of changed) {
      const shared = Math.min(pattern.length, tokens.length);
      let same = true;
      for (let i = 0; i < shared && same; i++) same = pattern[i] === tokens[i] || pattern[i] === '*' || tokens[i] === '*';
      if (same && (tokens.length <= pattern.length || whole)) return true;
    }
  }
  return false;
}
