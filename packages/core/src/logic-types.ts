/**
 * JSON Logic as data, and the evaluator interface that core declares and @asysta/rules implements
 * (core knows no rule engine – the forms model gets one injected, as rjsf gets its ValidatorType).
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Logic expression: a value, or `{ "<operator>": args }`. */
export type JsonLogicExpression = JsonValue;

/** A JSON Logic expression compiled once into a closure; `data` is what `var` reads. */
export type CompiledLogic = (data: unknown) => unknown;
