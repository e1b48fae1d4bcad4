// Q8_0 / Q4_0 blocks checked against a decoder written here from the format description alone
// (ggml-common.h: block_q8_0 = fp16 d + 32 int8, w = q·d; block_q4_0 = fp16 d + 16 bytes, byte j =
// weight j in the low nibble and weight j+16 in the high nibble, w = (q − 8)·d), and the files the
// synthetic model writes with them read back by gguf-reader.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeQ4_0, encodeQ8_0 } from '../../src/model/tensor-types.ts';
import { f16BitsToF32, f32ToF16Bits, roundToF16 } from '../../src/model/half.ts';
import { writeSyntheticModel, parameterCount, checkShape, DEFAULT_SHAPE, type ModelShape } from '../../src/model/synthetic.ts';
import { readGgufHeader } from '../../src/model/gguf-reader.ts';
import { PRESETS, PRESET_NAMES } from '../../src/model/presets.ts';
import { UserError } from '../../src/sys/errors.ts';

/** binary16: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits; exponent 0 = subnormal. */
function half(lo: number, hi: number): number {
  const h = lo | (hi << 8);
  const e = (h >> 10) & 31;
  const m = h & 1023;
  const v = e === 0 ? m / 1024 * 2 ** -14 : (1 + m / 1024) * 2 ** (e - 15);
  return h & 0x8000 ? -v : v;
}

function decodeQ8_0(buf: Uint8Array): { w: number[]; d: number[] } {
  const w: number[] = [];
  const d: number[] = [];
  for (let o = 0; o < buf.length; o += 34) {
    const s = half(buf[o], buf[o + 1]);
    d.push(s);
    for (let j = 0; j < 32; j++) w.push(((buf[o + 2 + j] << 24) >> 24) * s);
  }
  return { w, d };
}

function decodeQ4_0(buf: Uint8Array): { w: number[]; d: number[]; q: number[] } {
  const w: number[] = [];
  const d: number[] = [];
  const q: number[] = [];
  for (let o = 0; o < buf.length; o += 18) {
    const s = half(buf[o], buf[o + 1]);
    d.push(s);
    const nib = new Array<number>(32);
    for (let j = 0; j < 16; j++) {
      nib[j] = buf[o + 2 + j] & 15;
      nib[j + 16] = buf[o + 2 + j] >> 4;
    }
    for (const n of nib) {
      q.push(n);
      w.push((n - 8) * s);
    }
  }
  return { w, d, q };
}

/** Random blocks with different spreads, a zero block and a block with a negative extreme. */
function sample(): Float32Array {
  const v = new Float32Array(32 * 64);
  let a = 12345;
  const rnd = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  for (let b = 0; b < 64; b++) {
    const scale = [0.02, 1, 1e-3, 300][b % 4];
    for (let j = 0; j < 32; j++) v[b * 32 + j] = b === 5 ? 0 : rnd() * scale;
  }
  v[7 * 32 + 3] = -5; // block 7: its extreme is negative
  return v;
}

/** How far the fp16 scale may be from the exact one: half an ulp (relative 2^-11; 2^-25 when subnormal). */
const f16Err = (x: number) => Math.max(Math.abs(x) * 2 ** -11, 2 ** -25);

test('Q8_0: exact bytes for a hand-made block (scale 1, halves rounded away from zero)', () => {
  const v = new Float32Array(32);
  v.set([127, -127, 0, 1, 2.5, -2.5, -0.4]);
  const b = encodeQ8_0(v);
  assert.equal(b.length, 34);
  assert.deepEqual([b[0], b[1]], [0x00, 0x3c]); // fp16 1.0
  assert.deepEqual([...b.subarray(2, 9)].map((x) => (x << 24) >> 24), [127, -127, 0, 1, 3, -3, 0]);
});

test('Q8_0 round trip: |w − dequant(w)| ≤ d/2 per block (plus the fp16 rounding of d)', () => {
  const v = sample();
  const { w, d } = decodeQ8_0(encodeQ8_0(v));
  assert.equal(w.length, v.length);
  for (let b = 0; b < d.length; b++) {
    const amax = Math.max(...v.subarray(b * 32, b * 32 + 32).map(Math.abs));
    const e = f16Err(amax / 127);
    assert.ok(Math.abs(d[b] - amax / 127) <= e, `block ${b}: d ${d[b]} for amax ${amax}`);
    for (let j = 0; j < 32; j++) {
      const i = b * 32 + j;
      assert.ok(Math.abs(v[i] - w[i]) <= d[b] / 2 + 128 * e, `block ${b} weight ${j}: ${v[i]} → ${w[i]}`);
    }
  }
  assert.ok(w.slice(5 * 32, 6 * 32).every((x) => x === 0), 'the zero block decodes to zeros');
});

test('Q4_0: exact nibbles for a hand-made block (low nibbles weights 0–15, high nibbles 16–31)', () => {
  const v = new Float32Array(32);
  for (let j = 0; j < 16; j++) {
    v[j] = j - 8; // the extreme is −8 → d = 1, q = j
    v[16 + j] = 7 - j; // q = 15 − j
  }
  const b = encodeQ4_0(v);
  assert.equal(b.length, 18);
  assert.deepEqual([b[0], b[1]], [0x00, 0x3c]);
  for (let j = 0; j < 16; j++) assert.equal(b[2 + j], j | ((15 - j) << 4), `byte ${j}`);
  assert.deepEqual(decodeQ4_0(b).w, [...v]);
});

test('Q4_0 round trip: |w − dequant(w)| ≤ |d|/2, ≤ |d| only where the top level 7 clips +8·|d|', () => {
  const v = sample();
  const { w, d, q } = decodeQ4_0(encodeQ4_0(v));
  for (let b = 0; b < d.length; b++) {
    const blk = v.subarray(b * 32, b * 32 + 32);
    let ext = 0;
    for (const x of blk) if (Math.abs(x) > Math.abs(ext)) ext = x;
    const s = Math.abs(d[b]);
    const e = f16Err(ext / 8);
    assert.ok(Math.abs(d[b] - ext / -8) <= e, `block ${b}: d ${d[b]} for extreme ${ext}`);
    for (let j = 0; j < 32; j++) {
      const i = b * 32 + j;
      const err = Math.abs(v[i] - w[i]);
      const clipped = q[i] === 15 && Math.abs(v[i] / d[b] - 8) < 0.5 + 1e-6;
      assert.ok(err <= s * (clipped ? 1 : 0.5) + 8 * e, `block ${b} weight ${j}: ${v[i]} → ${w[i]} (d ${d[b]})`);
      if (v[i] === ext && ext !== 0) assert.equal(q[i], 0, `block ${b}: the extreme maps to level 0 (−8·d)`);
    }
  }
  assert.ok(w.slice(5 * 32, 6 * 32).every((x) => x === 0), 'the zero block decodes to zeros');
});

test('roundToF16 (the fast path) gives what the exact conversion gives, ties and subnormals included', () => {
  const v = new Float32Array(200_000);
  let a = 7;
  const rnd = () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < v.length; i++) v[i] = (rnd() * 2 - 1) * 2 ** Math.floor(rnd() * 44 - 28);
  v.set([1 + 2 ** -11, 1 + 3 * 2 ** -11, -(1 + 2 ** -11), 65504, 65520, 32767.9, 2 ** -14, 2 ** -15 + 2 ** -26, 0, -0]);
  const exact = v.map((x) => f16BitsToF32(f32ToF16Bits(x)));
  roundToF16(v);
  for (let i = 0; i < v.length; i++) assert.ok(Object.is(v[i], exact[i]), `${i}: ${v[i]} vs ${exact[i]}`);
  assert.deepEqual([...v.subarray(0, 3)], [1, 1 + 2 * 2 ** -10, -1]); // ties to even
});

const tiny: ModelShape = { ...DEFAULT_SHAPE, embd: 64, layers: 2, ff: 96, vocab: 256, heads: 4, kvHeads: 2, ctx: 512 };

function dataStart(path: string): number {
  // The tensor data begins after the header, aligned: the file ends with the last tensor.
  const h = readGgufHeader(path);
  const last = h.tensors.reduce((a, t) => (t.offset > a.offset ? t : a));
  return statSync(path).size - last.offset - tensorSize(last);
}
function tensorSize(t: { dims: number[]; type: number }): number {
  const n = t.dims.reduce((a, b) => a * b, 1);
  return ({ 0: n * 4, 1: n * 2, 2: (n / 32) * 18, 8: (n / 32) * 34 } as Record<number, number>)[t.type];
}

for (const [type, ggml, out] of [['q8_0', 8, 8], ['q4_0', 2, 8]] as const) {
  test(`a ${type} model reads back: types, aligned offsets, sizes; weights decode to σ≈0.02`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpg-quant-'));
    for (const tied of [true, false]) {
      const path = join(dir, `${type}-${tied}.gguf`);
      const { bytes, params } = writeSyntheticModel(path, { ...tiny, type, tied });
      assert.equal(statSync(path).size, bytes);
      const h = readGgufHeader(path);
      assert.equal(h.meta['general.file_type'], type === 'q8_0' ? 7 : 2);
      const byName = new Map(h.tensors.map((t) => [t.name, t]));
      assert.equal(byName.has('output.weight'), !tied);
      assert.equal(byName.get('token_embd.weight')!.type, tied ? out : ggml, 'tied: the embedding is the output projection');
      if (!tied) assert.equal(byName.get('output.weight')!.type, out);
      assert.equal(byName.get('blk.1.ffn_down.weight')!.type, ggml);
      assert.deepEqual(byName.get('blk.1.ffn_down.weight')!.dims, [96, 64]);
      assert.equal(byName.get('blk.0.attn_norm.weight')!.type, 0, 'norms f32');
      // Offsets: each tensor right after the previous one, rounded up to the 32-byte alignment.
      let expect = 0;
      for (const t of h.tensors) {
        assert.equal(t.offset, expect, t.name);
        expect = Math.ceil((t.offset + tensorSize(t)) / 32) * 32;
      }
      assert.equal(h.tensors.reduce((a, t) => a + t.dims.reduce((x, y) => x * y, 1), 0), params);
      const q = byName.get('blk.0.ffn_up.weight')!;
      const start = dataStart(path) + q.offset;
      const raw = new Uint8Array(readFileSync(path).subarray(start, start + tensorSize(q)));
      const vals = type === 'q8_0' ? decodeQ8_0(raw).w : decodeQ4_0(raw).w;
      const sd = Math.sqrt(vals.reduce((s, x) => s + x * x, 0) / vals.length);
      assert.ok(Math.abs(sd - 0.02) < 0.002, `${type} sd ${sd}`);
    }
  });
}

test('a row length that is not a multiple of 32 is refused before anything is written, with an example', () => {
  for (const type of ['q8_0', 'q4_0'] as const) {
    assert.throws(() => checkShape({ ...tiny, type, embd: 48, heads: 4, kvHeads: 4 }), (e: UserError) =>
      e instanceof UserError && e.exitCode === 2 && /--embd 48 is not a multiple of 32/.test(e.message) && /example: --type/.test(e.hint!));
    assert.throws(() => writeSyntheticModel('/nonexistent/x.gguf', { ...tiny, type, ff: 100 }), /--ff 100 is not a multiple of 32/);
  }
  checkShape({ ...tiny, type: 'f16', ff: 100 }); // f16 has no blocks
});

test('presets: every one fits both block types, sized as the public models', () => {
  const billions: Record<string, number> = { 'smollm2-135m': 0.1345, 'smollm2-360m': 0.3618, 'llama-1b': 1.2358, 'llama-3b': 3.2128, 'llama-8b': 8.0301 };
  assert.deepEqual(PRESET_NAMES, Object.keys(billions));
  for (const name of PRESET_NAMES) {
    const s = { ...PRESETS[name], type: 'q4_0', seed: 1 } as const;
    checkShape(s);
    checkShape({ ...s, type: 'q8_0' });
    assert.ok(Math.abs(parameterCount(s) / 1e9 - billions[name]) < 0.0005, `${name}: ${parameterCount(s)}`);
  }
});
