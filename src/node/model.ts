import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Attributor } from '../attribution/attributor.js';
import { decodeModel } from '../attribution/model/codec.js';
import { type AttributionModel, modelAttributor } from '../attribution/model/model.js';
import { HearsayError } from '../model/errors.js';

/** The model file shipped with hearsay (same relative place from src/node and dist/node). */
export const SHIPPED_MODEL = fileURLToPath(new URL('../../models/attribution-v1.bin', import.meta.url));

export function loadModel(path: string): AttributionModel {
  if (!existsSync(path)) throw new HearsayError('model/missing', 'attribution model file not found', path);
  return decodeModel(new Uint8Array(readFileSync(path)), path);
}

export function loadAttributor(path: string): Attributor {
  return modelAttributor(loadModel(path));
}

let shipped: Attributor | undefined;

/** The shipped trained attributor, read from disk on first use and kept. */
export function shippedAttributor(): Attributor {
  shipped ??= loadAttributor(SHIPPED_MODEL);
  return shipped;
}
