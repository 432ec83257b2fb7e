import { expect } from 'vitest';
import { HearsayError } from '../src/model/errors.js';

/** The HearsayError `run` throws; fails the test when it returns or throws anything else. */
export function thrown(run: () => unknown): HearsayError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(HearsayError);
    return e as HearsayError;
  }
  throw new Error('expected a HearsayError');
}

/** The HearsayError `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejected(promise: Promise<unknown>): Promise<HearsayError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(HearsayError);
    return e as HearsayError;
  }
  throw new Error('expected a HearsayError');
}
