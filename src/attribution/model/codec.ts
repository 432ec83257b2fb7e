import { HearsayError } from '../../model/errors.js';
import { FEATURE_SET } from './features.js';
import { LABELS } from './labels.js';
import type { AttributionModel } from './model.js';
import { L, STRIDE, type TaggerWeights } from './tagger.js';

/**
 * The model file: `HSAM`, format version, feature-set version, label set,
 * model version, lexicon, calibration, transitions, then the emission table
 * quantized to int8 with one scale, buckets whose weights all round to zero
 * left out (indices delta-coded as varints), and a CRC-32 of all before it.
 */
const MAGIC = [0x48, 0x53, 0x41, 0x4d];
const FORMAT_VERSION = 1;

class Writer {
  private bytes = new Uint8Array(1 << 16);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    next.set(this.bytes);
    this.bytes = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.bytes[this.length++] = v;
  }
  u16(v: number): void {
    this.u8(v & 0xff);
    this.u8(v >>> 8);
  }
  u32(v: number): void {
    this.ensure(4);
    new DataView(this.bytes.buffer).setUint32(this.length, v >>> 0, true);
    this.length += 4;
  }
  f32(v: number): void {
    this.ensure(4);
    new DataView(this.bytes.buffer).setFloat32(this.length, v, true);
    this.length += 4;
  }
  varint(v: number): void {
    while (v >= 0x80) {
      this.u8((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.u8(v);
  }
  str(s: string): void {
    const b = new TextEncoder().encode(s);
    this.u16(b.length);
    this.ensure(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

class Reader {
  at = 0;
  private readonly view: DataView;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string | undefined,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(n: number): void {
    if (this.at + n > this.bytes.length)
      throw new HearsayError(
        'model/truncated',
        'model file is truncated (ends in the middle of its data)',
        this.file,
      );
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.at++] as number;
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.at, true);
    this.at += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  f32(): number {
    this.need(4);
    const v = this.view.getFloat32(this.at, true);
    this.at += 4;
    return v;
  }
  i8(): number {
    const v = this.u8();
    return v > 127 ? v - 256 : v;
  }
  varint(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  }
  str(): string {
    const n = this.u16();
    this.need(n);
    const s = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function encodeModel(model: AttributionModel): Uint8Array {
  const w = new Writer();
  for (const b of MAGIC) w.u8(b);
  w.u16(FORMAT_VERSION);
  w.u16(model.featureSet);
  w.u8(LABELS.length);
  for (const l of LABELS) w.str(l);
  w.str(model.version);
  w.f32(model.temperature);
  w.u8(model.calibration.length);
  for (const c of model.calibration) w.f32(c);
  w.u32(model.lexicon.size);
  for (const [lemma, cls] of model.lexicon) {
    w.str(lemma);
    w.u8(cls);
  }
  for (const t of model.weights.transition) w.f32(t);
  const { emission, scale: stored } = model.weights;
  const e = stored === 1 ? emission : Float32Array.from(emission, (v) => v * stored);
  let max = 0;
  for (const v of e) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const kept: number[] = [];
  for (let b = 0; b < model.weights.buckets; b++)
    for (let l = 0; l < L; l++)
      if (Math.round((e[b * STRIDE + l] as number) / scale) !== 0) {
        kept.push(b);
        break;
      }
  w.u32(model.weights.buckets);
  w.f32(scale);
  w.u32(kept.length);
  let previous = 0;
  for (const b of kept) {
    w.varint(b - previous);
    previous = b;
    for (let l = 0; l < L; l++) w.u8(Math.round((e[b * STRIDE + l] as number) / scale) & 0xff);
  }
  const body = w.done();
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}

/** Reads a model file; every way it can be wrong is a HearsayError naming `file`. */
export function decodeModel(bytes: Uint8Array, file?: string): AttributionModel {
  const fail = (code: string, message: string): never => {
    throw new HearsayError(code, message, file);
  };
  if (bytes.length < 8) fail('model/truncated', `model file is truncated (${bytes.length} bytes)`);
  if (MAGIC.some((b, i) => bytes[i] !== b))
    fail('model/bad-magic', 'not a hearsay attribution model (bad magic number)');
  const r = new Reader(bytes, file);
  r.at = 4;
  const format = r.u16();
  if (format !== FORMAT_VERSION)
    fail(
      'model/version',
      `model file format version ${format} is not supported (this hearsay reads ${FORMAT_VERSION})`,
    );
  const featureSet = r.u16();
  if (featureSet !== FEATURE_SET)
    fail(
      'model/version',
      `model was trained with feature set ${featureSet}; this hearsay computes set ${FEATURE_SET}`,
    );
  const body = bytes.subarray(0, bytes.length - 4);
  const stored = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true);
  const labels: string[] = [];
  const count = r.u8();
  for (let i = 0; i < count; i++) labels.push(r.str());
  if (labels.join() !== LABELS.join())
    fail('model/labels', `model labels ${labels.join(',')} do not match ${LABELS.join(',')}`);
  if (crc32(body) !== stored)
    fail('model/checksum', 'model file is corrupt or truncated (checksum mismatch)');
  const version = r.str();
  const temperature = r.f32();
  const calibration: number[] = [];
  for (let i = r.u8(); i > 0; i--) calibration.push(r.f32());
  const lexicon = new Map<string, number>();
  for (let i = r.u32(); i > 0; i--) lexicon.set(r.str(), r.u8());
  const transition = new Float32Array((L + 1) * L);
  for (let i = 0; i < transition.length; i++) transition[i] = r.f32();
  const buckets = r.u32();
  if (buckets === 0 || (buckets & (buckets - 1)) !== 0)
    fail('model/corrupt', `bad feature table size ${buckets}`);
  const emission = new Int8Array(buckets * STRIDE);
  const scale = r.f32();
  let b = 0;
  for (let k = r.u32(); k > 0; k--) {
    b += r.varint();
    if (b >= buckets) fail('model/corrupt', 'feature index out of range');
    for (let l = 0; l < L; l++) emission[b * STRIDE + l] = r.i8();
  }
  const weights: TaggerWeights = { buckets, emission, scale, transition };
  if (r.at !== body.length) fail('model/corrupt', 'model file has trailing data');
  return { version, featureSet, weights, lexicon, temperature, calibration };
}
