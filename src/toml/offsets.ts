// Offsets into a text that edits move, shared between the documents before and after each edit. Shifting every
// offset of a 10 MB document (1.5 million of them) took each keystroke 20-30 ms, and its 6 MB copy brought on
// collections of the whole heap. Here the offsets sit in chunks: an edit adds its delta to a number kept per chunk
// for the chunks wholly after it, and copies only the chunks it falls inside (offsets are mostly in text order,
// so those are few). -1 ("none") never moves.

/** log2 of the offsets to a chunk: 4,096, so a 10 MB document's 1.5 million make 370 (tests use small chunks) */
export const CHUNK = { bits: 12 };

export class Offsets {
  private constructor(
    /** log2 of the chunk size */
    private readonly bits: number,
    private readonly chunks: readonly Int32Array[],
    /** added to each offset of the chunk (not to -1) */
    private readonly deltas: Int32Array,
    /** bounds of each chunk's offsets before its delta (-1 left out): low > high when it has none */
    private readonly lows: Int32Array,
    private readonly highs: Int32Array,
    readonly length: number,
  ) {}

  /** Shares `offsets` (which must not change afterwards). */
  static of(offsets: Int32Array, bits = CHUNK.bits): Offsets {
    const size = 1 << bits;
    const count = Math.ceil(offsets.length / size);
    const chunks: Int32Array[] = [];
    const lows = new Int32Array(count).fill(0x7fffffff);
    const highs = new Int32Array(count).fill(-1);
    for (let c = 0; c < count; c++) {
      const chunk = offsets.subarray(c * size, (c + 1) * size);
      chunks.push(chunk);
      for (let i = 0; i < chunk.length; i++) {
        const v = chunk[i];
        if (v >= 0 && v < lows[c]) lows[c] = v;
        if (v > highs[c]) highs[c] = v;
      }
    }
    return new Offsets(bits, chunks, new Int32Array(count), lows, highs, offsets.length);
  }

  private get size(): number {
    return 1 << this.bits;
  }

  get(slot: number): number {
    const c = slot >> this.bits;
    const v = this.chunks[c][slot & ((1 << this.bits) - 1)];
    return v < 0 ? v : v + this.deltas[c];
  }

  /** Every offset >= `from` moved by `delta`. */
  shifted(from: number, delta: number): Offsets {
    const { lows, highs } = this;
    const chunks = this.chunks.slice();
    const deltas = this.deltas.slice();
    let bounded: [Int32Array, Int32Array] | undefined;
    for (let c = 0; c < chunks.length; c++) {
      const d = deltas[c];
      if (lows[c] > highs[c] || highs[c] + d < from) continue;
      if (lows[c] + d >= from) {
        deltas[c] += delta;
        continue;
      }
      bounded ??= [lows.slice(), highs.slice()];
      chunks[c] = this.flattened(c, d);
      deltas[c] = 0;
      const chunk = chunks[c];
      for (let i = 0; i < chunk.length; i++) if (chunk[i] >= from) chunk[i] += delta;
      [bounded[0][c], bounded[1][c]] = bounds(chunk);
    }
    const [l, h] = bounded ?? [lows, highs];
    return new Offsets(this.bits, chunks, deltas, l, h, this.length);
  }

  /** The offsets with slots [slot, slot + values.length) set to `values` (past the end: appended). */
  written(slot: number, values: ArrayLike<number>): Offsets {
    const length = Math.max(this.length, slot + values.length);
    const count = Math.ceil(length / this.size);
    const grow = (a: Int32Array, fill: number) => {
      const out = new Int32Array(count).fill(fill);
      out.set(a);
      return out;
    };
    const chunks = this.chunks.slice();
    const [deltas, lows, highs] = [grow(this.deltas, 0), grow(this.lows, 0x7fffffff), grow(this.highs, -1)];
    for (let i = 0; i < values.length; i++) {
      const c = (slot + i) >> this.bits;
      if (chunks[c] === this.chunks[c]) {
        chunks[c] = c < this.chunks.length ? this.flattened(c, deltas[c]) : new Int32Array(this.size).fill(-1);
        if (lows[c] <= highs[c]) [lows[c], highs[c]] = [lows[c] + deltas[c], highs[c] + deltas[c]];
        deltas[c] = 0;
      }
      chunks[c][(slot + i) & (this.size - 1)] = values[i];
      // bounds may only widen here (an overwritten bound stays): loose bounds cost a copy, never a wrong offset
      if (values[i] >= 0 && values[i] < lows[c]) lows[c] = values[i];
      if (values[i] > highs[c]) highs[c] = values[i];
    }
    return new Offsets(this.bits, chunks, deltas, lows, highs, length);
  }

  toArray(): Int32Array {
    const out = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out;
  }

  /** a copy of chunk `c` (room for a whole chunk, the unused slots -1) with `d` added to its offsets */
  private flattened(c: number, d: number): Int32Array {
    const chunk = new Int32Array(this.size).fill(-1);
    chunk.set(this.chunks[c]);
    if (d !== 0) for (let i = 0; i < chunk.length; i++) if (chunk[i] >= 0) chunk[i] += d;
    return chunk;
  }
}

function bounds(chunk: Int32Array): [number, number] {
  let [low, high] = [0x7fffffff, -1];
  for (let i = 0; i < chunk.length; i++) {
    const v = chunk[i];
    if (v >= 0 && v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}
