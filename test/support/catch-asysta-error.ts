import { AsystaError } from '@asysta/core';

/** Run `f` and return the AsystaError it throws; fail when it throws nothing or something else. */
export function catchAsystaError(f: () => unknown): AsystaError {
  try {
    f();
  } catch (error) {
    if (error instanceof AsystaError) return error;
    throw error;
  }
  throw new Error('expected an AsystaError');
}
