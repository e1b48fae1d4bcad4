// Model-free probe of the two KV-cache buffer types (native/lpg-probe.c through koffi): allocate a
// KV-sized buffer like the CPU buffer type (heap + clear) or the mmap type (anonymous, untouched),
// fill a prefix as prompt processing does, scan it as generation does, and see where pages live.
import koffi from 'koffi';
import { nativeArtifact } from './native.ts';
import type { NumaNode } from './types.ts';

export type KvKind = 'heap' | 'mmap' | 'shared';
export const KV_KINDS: readonly KvKind[] = ['heap', 'mmap', 'shared'];
const KIND_CODE: Record<KvKind, number> = { heap: 0, mmap: 1, shared: 2 };

export interface OpStats {
  seconds: number;
  /** Bytes written (alloc, fill) or read (scan). */
  bytes: number;
  minorFaults: number;
  majorFaults: number;
}

export interface Placement {
  /** Bytes resident per node id. */
  nodeBytes: Record<string, number>;
  /** Bytes in pages not present (never touched). */
  absentBytes: number;
}

/** How the buffer is cut: K and V tensors per layer (`segments`), one row per token. */
export interface KvGeometry {
  bytes: number;
  segments: number;
  rowBytes: number;
  /** Rows written per ubatch during fill. */
  ubatch: number;
}

export const DEFAULT_GEOMETRY: Omit<KvGeometry, 'bytes'> = { segments: 16, rowBytes: 2048, ubatch: 512 };

interface NativeOp {
  seconds: number;
  bytes: number;
  minflt: number | bigint;
  majflt: number | bigint;
  checksum: number | bigint;
}

interface ProbeLib {
  pageSize: () => number;
  residentBytes: (addr: bigint, len: number) => number | bigint;
  pageNodes: (addr: bigint, len: number, counts: BigInt64Array, max: number) => number | bigint;
  alloc: (bytes: number, kind: number, out: object) => bigint | null;
  free: (addr: bigint, bytes: number, kind: number) => void;
  fill: (...a: unknown[]) => number;
  scan: (...a: unknown[]) => number;
}

let lib: ProbeLib | null = null;

/** Loads native/lpg-probe.c (compiling it at first use). */
export function probeLib(): ProbeLib {
  if (lib) return lib;
  const so = koffi.load(nativeArtifact('lpg-probe'));
  koffi.struct('lpg_op', { seconds: 'double', bytes: 'double', minflt: 'int64_t', majflt: 'int64_t', checksum: 'uint64_t' });
  lib = {
    pageSize: so.func('long lpg_page_size(void)'),
    residentBytes: so.func('int64_t lpg_resident_bytes(void *addr, size_t len)'),
    pageNodes: so.func('int64_t lpg_page_nodes(void *addr, size_t len, _Out_ int64_t *counts, int max_nodes)'),
    alloc: so.func('void *lpg_kv_alloc(size_t bytes, int kind, _Out_ lpg_op *out)'),
    free: so.func('void lpg_kv_free(void *p, size_t bytes, int kind)'),
    fill: so.func(
      'int lpg_kv_fill(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, size_t ubatch, int threads, int *cpus, int ncpus, _Out_ lpg_op *out)',
    ),
    scan: so.func(
      'int lpg_kv_scan(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, int threads, int *cpus, int ncpus, _Out_ lpg_op *out)',
    ),
  };
  return lib;
}

function toStats(o: NativeOp): OpStats {
  return { seconds: o.seconds, bytes: o.bytes, minorFaults: Number(o.minflt), majorFaults: Number(o.majflt) };
}

const MAX_NODES = 1024;

/** Where the pages of [addr, addr+len) are; null when the kernel cannot tell (no NUMA support). */
export function pagePlacement(addr: bigint, len: number): Placement | null {
  const l = probeLib();
  const counts = new BigInt64Array(MAX_NODES);
  const absent = Number(l.pageNodes(addr, len, counts, MAX_NODES));
  if (absent < 0) return null;
  const page = l.pageSize();
  const nodeBytes: Record<string, number> = {};
  counts.forEach((c, node) => {
    if (c > 0n) nodeBytes[String(node)] = Number(c) * page;
  });
  return { nodeBytes, absentBytes: absent * page };
}

/** Resident bytes of [addr, addr+len) (mincore), or null on error. */
export function residentBytes(addr: bigint, len: number): number | null {
  const r = Number(probeLib().residentBytes(addr, len));
  return r < 0 ? null : r;
}

/** CPUs for `threads` threads taken round-robin across nodes, so threads sit on every node. */
export function spreadCpus(nodes: readonly NumaNode[], threads: number): number[] {
  const lists = nodes.map((n) => n.cpus).filter((c) => c.length > 0);
  const out: number[] = [];
  for (let i = 0; out.length < threads && lists.length > 0; i++) {
    const list = lists[i % lists.length];
    const cpu = list[Math.floor(i / lists.length) % list.length];
    out.push(cpu);
  }
  return out;
}

export class KvBuffer {
  readonly kind: KvKind;
  readonly geometry: KvGeometry;
  /** What allocating cost (for heap: the clear that makes every page resident). */
  readonly alloc: OpStats;
  #ptr: bigint | null;

  private constructor(kind: KvKind, geometry: KvGeometry, ptr: bigint, alloc: OpStats) {
    this.kind = kind;
    this.geometry = geometry;
    this.#ptr = ptr;
    this.alloc = alloc;
  }

  static allocate(kind: KvKind, geometry: KvGeometry): KvBuffer {
    const l = probeLib();
    const out = {} as NativeOp;
    const ptr = l.alloc(geometry.bytes, KIND_CODE[kind], out);
    if (!ptr) throw new Error(`allocating ${geometry.bytes} bytes (${kind}) failed`);
    return new KvBuffer(kind, geometry, ptr, toStats(out));
  }

  get address(): bigint {
    if (this.#ptr === null) throw new Error('KvBuffer used after free');
    return this.#ptr;
  }

  /** Rows per segment that a fill fraction covers (one row = one token). */
  rowsFor(fill: number): number {
    const perSegment = Math.floor(this.geometry.bytes / this.geometry.segments / this.geometry.rowBytes);
    return Math.max(0, Math.min(perSegment, Math.round(perSegment * fill)));
  }

  residentBytes(): number | null {
    return residentBytes(this.address, this.geometry.bytes);
  }

  placement(): Placement | null {
    return pagePlacement(this.address, this.geometry.bytes);
  }

  #run(fn: (...a: unknown[]) => number, write: boolean, rows: number, threads: number, cpus: readonly number[]): OpStats {
    const g = this.geometry;
    const out = {} as NativeOp;
    const pinned = Int32Array.from(cpus);
    const args = write
      ? [this.address, g.bytes, g.segments, g.rowBytes, rows, g.ubatch, threads, pinned, pinned.length, out]
      : [this.address, g.bytes, g.segments, g.rowBytes, rows, threads, pinned, pinned.length, out];
    const rc = fn(...args);
    if (rc !== 0) throw new Error(`lpg_kv_${write ? 'fill' : 'scan'} failed (${rc})`);
    return toStats(out);
  }

  /** Writes the first `rows` rows of every segment, in ubatches split across `threads` threads. */
  fill(rows: number, threads: number, cpus: readonly number[] = []): OpStats {
    return this.#run(probeLib().fill, true, rows, threads, cpus);
  }

  /** Reads the first `rows` rows of every segment, each thread a column slice of every row. */
  scan(rows: number, threads: number, cpus: readonly number[] = []): OpStats {
    return this.#run(probeLib().scan, false, rows, threads, cpus);
  }

  free(): void {
    if (this.#ptr === null) return;
    probeLib().free(this.#ptr, this.geometry.bytes, KIND_CODE[this.kind]);
    this.#ptr = null;
  }
}
