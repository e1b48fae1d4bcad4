// /proc/PID/numa_maps: one line per mapping, as fs/proc/task_mmu.c show_numa_map() prints it:
//   7f1e00000000 default anon=262144 dirty=262144 active=0 N0=131072 N1=131072 kernelpagesize_kB=4
// Nx counts pages of kernelpagesize_kB on node x (huge pages count once, with a 2048 kB page size;
// transparent huge pages count in base pages), so resident KiB on node x = Nx × kernelpagesize_kB.
import { readFileSync } from 'node:fs';

export interface NumaMapping {
  address: string;
  /** Memory policy as printed: default, local, prefer:1, bind:0-1, interleave:0-3, weighted interleave:0-3. */
  policy: string;
  /** Backing file with the kernel's octal escapes undone (" (deleted)" kept); null for none. */
  file: string | null;
  /** heap, stack, or null. */
  region: 'heap' | 'stack' | null;
  huge: boolean;
  /** Not backed by a real file: private anonymous memory or shmem (kind anon or shmem). */
  anonymous: boolean;
  kind: MappingKind;
  pageKiB: number;
  /** Page counts per node id. */
  nodePages: Record<string, number>;
  /** The other counters (anon, dirty, mapped, mapmax, active, swapcache, writeback...). */
  counters: Record<string, number>;
}

/**
 * What backs a mapping's resident pages, as the kernel splits VmRSS into RssAnon, RssShmem, RssFile:
 * private anonymous memory (heap, malloc'd buffers, MAP_PRIVATE|MAP_ANONYMOUS), shared anonymous
 * memory (MAP_SHARED|MAP_ANONYMOUS shows as /dev/zero, memfd, SysV shm: shmem, not RssAnon), and
 * file-backed pages (binaries, an mmap'd model). A KV cache can live in either of the first two.
 */
export type MappingKind = 'anon' | 'shmem' | 'file';

// Files that are really shmem. Kept in sync with native/lpg-measure.c (file_kind).
const SHMEM_FILES = ['/dev/zero', '/memfd:', '/SYSV'];

/** The kind of a mapping from its numa_maps file= (null: none). MAP_HUGETLB (/anon_hugepage) counts as anon. */
export function mappingKind(file: string | null): MappingKind {
  if (file === null || file.startsWith('/anon_hugepage')) return 'anon';
  return SHMEM_FILES.some((p) => file.startsWith(p)) ? 'shmem' : 'file';
}

export function isAnonymousFile(file: string | null): boolean {
  return mappingKind(file) !== 'file';
}

function unescapeOctal(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));
}

/** One numa_maps line; null for a line that is not one (blank, truncated). */
export function parseNumaMapsLine(line: string): NumaMapping | null {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || !/^[0-9a-f]+$/.test(tokens[0])) return null;
  const m: NumaMapping = {
    address: tokens[0],
    policy: '',
    file: null,
    region: null,
    huge: false,
    anonymous: true,
    kind: 'anon',
    pageKiB: 4,
    nodePages: {},
    counters: {},
  };
  // The policy may contain a space ("weighted interleave:0-3"): it runs until the first token that
  // is a flag or key=value.
  const policy: string[] = [];
  let i = 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.includes('=') || t === 'heap' || t === 'stack' || t === 'huge') break;
    policy.push(t);
  }
  m.policy = policy.join(' ');
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'heap' || t === 'stack') m.region = t;
    else if (t === 'huge') m.huge = true;
    else if (t.startsWith('file=')) m.file = unescapeOctal(t.slice(5));
    else {
      const kv = /^([A-Za-z_]+|N\d+)=(\d+)$/.exec(t);
      if (!kv) continue; // unknown flag from a newer kernel: ignore rather than fail
      const [, key, value] = kv;
      if (/^N\d+$/.test(key)) m.nodePages[key.slice(1)] = Number(value);
      else if (key === 'kernelpagesize_kB') m.pageKiB = Number(value);
      else m.counters[key] = Number(value);
    }
  }
  m.kind = mappingKind(m.file);
  m.anonymous = m.kind !== 'file';
  return m;
}

export function parseNumaMaps(text: string): NumaMapping[] {
  return text
    .split('\n')
    .map(parseNumaMapsLine)
    .filter((m): m is NumaMapping => m !== null);
}

/** Resident KiB per NUMA node, in total and by mapping kind (the kinds add up to the total). */
export interface NodeResidency {
  /** Every mapping (includes the model file's page-cache pages when it is mmap'd). */
  nodeKiB: Record<string, number>;
  /** Private anonymous mappings: heap, malloc'd or MAP_PRIVATE KV cache, compute buffers. */
  anonNodeKiB: Record<string, number>;
  /** Shared anonymous mappings (shmem): a MAP_SHARED|MAP_ANONYMOUS KV cache, memfd, SysV shm. */
  shmemNodeKiB: Record<string, number>;
  /** File-backed mappings only: binaries, libraries, an mmap'd model. */
  fileNodeKiB: Record<string, number>;
  totalKiB: number;
  anonKiB: number;
  shmemKiB: number;
  fileKiB: number;
}

function add(into: Record<string, number>, node: string, kib: number) {
  into[node] = (into[node] ?? 0) + kib;
}

export function residentByNode(mappings: readonly NumaMapping[]): NodeResidency {
  const r: NodeResidency = { nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, totalKiB: 0, anonKiB: 0, shmemKiB: 0, fileKiB: 0 };
  for (const m of mappings) {
    for (const [node, pages] of Object.entries(m.nodePages)) {
      const kib = pages * m.pageKiB;
      add(r.nodeKiB, node, kib);
      add(r[`${m.kind}NodeKiB`], node, kib);
      r.totalKiB += kib;
      r[`${m.kind}KiB`] += kib;
    }
  }
  return r;
}

/** Resident memory per node of a live process; null when its numa_maps cannot be read. */
export function readProcessResidency(pid: number): NodeResidency | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/numa_maps`, 'utf8');
  } catch {
    return null;
  }
  if (text.trim() === '') return null; // exited (zombie) or kernel thread
  return residentByNode(parseNumaMaps(text));
}

export interface Evenness {
  /** Each node's fraction of the total. */
  shares: Record<string, number>;
  /** Largest node share: 1/nodes when perfectly even, 1 when all on one node. */
  maxShare: number;
  /** Largest / smallest node figure; 1 is even; null when a node holds nothing (unbounded). */
  maxMinRatio: number | null;
}

/**
 * How evenly memory is split. `nodes` lists the host's nodes so a node holding nothing counts
 * (numa_maps omits it); without it only the nodes present are compared. Null when nothing is resident.
 */
export function nodeEvenness(nodeKiB: Record<string, number>, nodes?: readonly number[]): Evenness | null {
  const keys = nodes ? nodes.map(String) : Object.keys(nodeKiB);
  const values = keys.map((k) => nodeKiB[k] ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  if (keys.length === 0 || total <= 0) return null;
  const shares: Record<string, number> = {};
  keys.forEach((k, i) => (shares[k] = values[i] / total));
  const max = Math.max(...values);
  const min = Math.min(...values);
  return { shares, maxShare: max / total, maxMinRatio: min > 0 ? max / min : null };
}
