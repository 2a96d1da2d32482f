/**
 * What a definition's derived values and conditions read of the draft (see @asysta/rules' reads):
 * found once, at build for the built-in forms' modules and when a definition of one's own loads, so
 * that a page's runtime carries the answers, not the analysis.
 */
import { unescapePointerToken, type FormDefinition, type JsonLogicExpression } from '@asysta/core';
import { DOMAIN_OPERATORS, readsOf, type ReadSet } from '@asysta/rules';
import { patternTokens } from './paths.js';

export interface FormReads {
  /** By position in the definition's `derived`. */
  derived: ReadSet[];
  /** By position in the definition's `conditions`. */
  conditions: ReadSet[];
}

export function readsOfDefinition(definition: Pick<FormDefinition, 'derived' | 'conditions'>): FormReads {
  return {
    derived: (definition.derived ?? []).map((field) => {
      const tokens = patternTokens(field.path).map((token) => (token === '*' ? token : unescapePointerToken(token)));
      // Inside a list, `item` is the object holding the field.
      const item = tokens.includes('*') ? tokens.slice(0, -1) : undefined;
      return readsOf([field.logic as JsonLogicExpression], { operators: DOMAIN_OPERATORS, item });
    }),
    conditions: (definition.conditions ?? []).map((condition) => readsOf([condition.visibleWhen as JsonLogicExpression], { operators: DOMAIN_OPERATORS })),
  };
}
