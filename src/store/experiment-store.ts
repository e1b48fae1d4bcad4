// The experiment store: one SQLite file (node:sqlite, built into Node 24) under the cache, holding
// every experiment with every launch as it completed, the block orders, the looks (what was decided
// when, with the design state of the decision engine), verdicts, and a llama_bench table in
// llama-bench's own `-o sql` layout (the tables: schema.ts). WAL journal and one transaction per
// launch (sqlite-file.ts): a kill -9 at any point loses at most the launch that was running, never a
// committed one, and never corrupts the file (synchronous=NORMAL: in WAL mode a commit survives the
// process dying; only a power cut may lose the last commits, never the file's consistency). Launch
// records are stored deflated (a 120-block × 5-workload experiment stays under 5 MB). results.json
// is an export of one experiment.
import { migratePlan } from './migrate.ts';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { UserError } from '../sys/errors.ts';
import type { Flavour } from '../parse/types.ts';
import type { Slot } from '../bench/schedule.ts';
import type { Analysis, DesignState } from '../stats/types.ts';
import { RESULTS_SCHEMA, type ExperimentSegment, type Results } from './results.ts';
import type { DepthLaunchRecord, LaunchRecord } from '../bench/types.ts';
import type { ExperimentIdentity } from './identity.ts';
import { createTableSql, insertSql, rowOf, variantLabel } from './llama-bench-table.ts';
import { SqliteFile, type OpenOptions } from './sqlite-file.ts';

export function defaultStorePath(cacheDir: string): string {
  return join(cacheDir, 'experiments.sqlite');
}

export interface ExperimentSummary {
  id: string;
  identityHash: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  hostKey: string | null;
  flavour: Flavour | null;
  labels: [string, string];
  header: Header;
  launches: number;
  countedBlocks: number;
  verdict: string | null;
}

/** The part of Results kept in the experiments row (launches, depth launches, block orders and looks have their own tables). */
type Header = Omit<Results, 'launches' | 'depthLaunches' | 'design'>;

export class ExperimentStore {
  readonly path: string;
  private file: SqliteFile;

  private constructor(file: SqliteFile) {
    this.file = file;
    this.path = file.path;
  }

  /** Opens (creating or migrating) the store; a store from a newer llama-perf-gate is refused. */
  static open(path: string, opts: OpenOptions = {}): ExperimentStore {
    return new ExperimentStore(SqliteFile.open(path, opts));
  }

  close(): void {
    this.file.close();
  }

  /** Several writes as one transaction (rebuilding an experiment: all of it or none). */
  batch<T>(fn: () => T, what: string): T {
    return this.file.tx(fn, what);
  }

  /** A new experiment (a fresh id, or the id of the results.json it is rebuilt from). */
  createExperiment(identity: ExperimentIdentity, identityHash: string, results: Results, segment: ExperimentSegment, id = randomBytes(6).toString('hex')): string {
    const labels = results.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
    const now = new Date().toISOString();
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO experiments (id, identity_hash, identity, created_at, updated_at, finished_at, host_key, flavour, label_a, label_b, header)
                 VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`).run(
        id, identityHash, JSON.stringify(identity), now, now, hostKey(identity), results.flavour, labels[0], labels[1], JSON.stringify(header(results)),
      );
      this.insertSegment(id, segment);
    }, 'creating an experiment');
    return id;
  }

  private insertSegment(id: string, s: ExperimentSegment): void {
    this.file.stmt(`INSERT INTO segments (experiment_id, at, kind, from_blocks, to_blocks) VALUES (?, ?, ?, ?, ?)`).run(id, s.at, s.kind, s.fromBlocks, s.toBlocks);
  }

  addSegment(id: string, s: ExperimentSegment): void {
    this.file.tx(() => {
      this.insertSegment(id, s);
      this.file.stmt(`UPDATE experiments SET finished_at = NULL, updated_at = ? WHERE id = ?`).run(s.at, id);
    }, 'starting more blocks');
  }

  /** The newest unfinished experiment with this identity: the one a rerun resumes. */
  findResumable(identityHash: string): string | null {
    const row = this.file.stmt(`SELECT id FROM experiments WHERE identity_hash = ? AND finished_at IS NULL ORDER BY created_at DESC LIMIT 1`).get(identityHash);
    return (row?.id as string | undefined) ?? null;
  }

  identity(id: string): ExperimentIdentity {
    const row = this.file.stmt(`SELECT identity FROM experiments WHERE id = ?`).get(id);
    if (!row) throw new UserError(`experiment ${id} is not in the store ${this.path}`);
    return JSON.parse(row.identity as string) as ExperimentIdentity;
  }

  /** An experiment by id or unique id prefix (as `experiments` prints it). */
  resolveId(prefix: string): string {
    if (!/^[0-9a-f]{1,12}$/.test(prefix)) throw new UserError(`--experiment ${JSON.stringify(prefix)} is not an experiment id`, 'example: --experiment 3f2a (see llama-perf-gate experiments)');
    const rows = this.file.stmt(`SELECT id FROM experiments WHERE id LIKE ? || '%' ORDER BY created_at`).all(prefix);
    if (rows.length === 0) throw new UserError(`no experiment ${prefix} in the store ${this.path}`, 'list them with: llama-perf-gate experiments');
    if (rows.length > 1) throw new UserError(`experiment id ${prefix} is ambiguous (${rows.map((r) => r.id).join(', ')})`, 'give more characters of the id');
    return rows[0].id as string;
  }

  /** The newest experiment whose A and B were built from these commits (full or abbreviated SHAs). */
  latestByCommits(a: string, b: string): string | null {
    const rows = this.file.stmt(`SELECT id, identity FROM experiments ORDER BY created_at DESC`).all();
    const same = (x: string | null, y: string) => x !== null && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
    for (const r of rows) {
      const v = (JSON.parse(r.identity as string) as ExperimentIdentity).variants;
      if (same(v[0]?.commit ?? null, a) && same(v[1]?.commit ?? null, b)) return r.id as string;
    }
    return null;
  }

  has(id: string): boolean {
    return this.file.stmt(`SELECT 1 FROM experiments WHERE id = ?`).get(id) !== undefined;
  }

  /** Header fields that change during a run: builds, flavour, analysis, stop reason, notes, curves. */
  saveHeader(id: string, results: Results): void {
    this.file.tx(() => {
      this.file.stmt(`UPDATE experiments SET header = ?, flavour = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(header(results)), results.flavour, new Date().toISOString(), id);
    }, 'saving the experiment');
  }

  saveBlockOrder(id: string, block: number, order: Slot[]): void {
    this.file.tx(() => {
      this.file.stmt(`INSERT OR REPLACE INTO blocks (experiment_id, block, block_order) VALUES (?, ?, ?)`).run(id, block, JSON.stringify(order));
    }, `recording the order of block ${block}`);
  }

  /** One launch, its observation and its llama_bench row: one transaction. */
  appendLaunch(id: string, l: LaunchRecord, value: number | null, flavour: Flavour | null, label: string | null): void {
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO launches (experiment_id, seq, block, slot, variant, workload, warmup, status, value, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id, l.seq, l.block, l.slot, l.variant, l.workload, l.warmup ? 1 : 0, l.status, value, packRecord(l),
      );
      const row = flavour && label && !l.warmup ? rowOf(flavour, l, label) : null;
      if (row && flavour) {
        this.file.exec(createTableSql(flavour));
        const r = this.file.stmt(insertSql(flavour)).run(...row);
        this.file.stmt(`INSERT INTO launch_rows (experiment_id, seq, table_name, row_id) VALUES (?, ?, ?, ?)`).run(id, l.seq, flavour === 'ik' ? 'test' : 'llama_bench', r.lastInsertRowid);
      }
    }, `recording launch ${l.seq}`);
  }

  /** One depth-sweep launch (bench/depth-sweep.ts): one transaction, like a llama-bench launch. */
  appendDepthLaunch(id: string, l: DepthLaunchRecord): void {
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO depth_launches (experiment_id, seq, block, slot, variant, warmup, status, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id, l.seq, l.block, l.slot, l.variant, l.warmup ? 1 : 0, l.status, packRecord(l),
      );
    }, `recording depth launch ${l.seq}`);
  }

  /** A look taken: what it decided, and the design state after it (the α spent is its last look's). */
  recordLook(id: string, nBlocks: number, analysis: Analysis, state: DesignState): void {
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO looks (experiment_id, at, n_blocks, verdict, alpha_spent, analysis, state) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        id, new Date().toISOString(), nBlocks, analysis.verdict, state.looks.at(-1)?.alpha_spent ?? null, JSON.stringify(analysis), JSON.stringify(state),
      );
    }, `recording the look at ${nBlocks} blocks`);
  }

  /** The design state of the newest look (the decision engine's), or null before the first look. */
  lastDesignState(id: string): DesignState | null {
    const row = this.file.stmt(`SELECT state FROM looks WHERE experiment_id = ? AND state IS NOT NULL ORDER BY rowid DESC LIMIT 1`).get(id);
    return row ? JSON.parse(row.state as string) : null;
  }

  /** The end of a run: header, verdict, finished. */
  finish(id: string, results: Results, countedBlocks: number): void {
    this.file.tx(() => {
      const now = results.finishedAt ?? new Date().toISOString();
      this.file.stmt(`UPDATE experiments SET header = ?, flavour = ?, updated_at = ?, finished_at = ? WHERE id = ?`).run(JSON.stringify(header(results)), results.flavour, now, now, id);
      this.file.stmt(`INSERT INTO verdicts (experiment_id, at, n_blocks, verdict, stop_reason) VALUES (?, ?, ?, ?, ?)`).run(
        id, now, countedBlocks, results.analysis?.verdict ?? 'none', results.stopReason,
      );
    }, 'finishing the experiment');
  }

  launches(id: string): LaunchRecord[] {
    return this.file.stmt(`SELECT record FROM launches WHERE experiment_id = ? ORDER BY seq`).all(id).map((r) => unpackRecord(r.record as Uint8Array));
  }

  /**
   * The depth-sweep launches: the stored rows, plus those a store from before version 2 kept in the
   * header (`legacy`), in run order.
   */
  depthLaunches(id: string, legacy: DepthLaunchRecord[] = []): DepthLaunchRecord[] {
    const rows = this.file.stmt(`SELECT record FROM depth_launches WHERE experiment_id = ? ORDER BY seq`).all(id).map((r) => unpackRecord<DepthLaunchRecord>(r.record as Uint8Array));
    const seqs = new Set(rows.map((l) => l.seq));
    return [...rows, ...legacy.filter((l) => !seqs.has(l.seq))].sort((a, b) => a.seq - b.seq);
  }

  schedule(id: string): { block: number; order: Slot[] }[] {
    return this.file.stmt(`SELECT block, block_order FROM blocks WHERE experiment_id = ? ORDER BY block`).all(id).map((r) => ({ block: r.block as number, order: JSON.parse(r.block_order as string) as Slot[] }));
  }

  segments(id: string): ExperimentSegment[] {
    return this.file.stmt(`SELECT at, kind, from_blocks, to_blocks FROM segments WHERE experiment_id = ? ORDER BY rowid`).all(id).map((r) => ({
      kind: r.kind as ExperimentSegment['kind'], at: r.at as string, fromBlocks: r.from_blocks as number, toBlocks: r.to_blocks as number,
    }));
  }

  /** The whole experiment as results.json (schema @2). */
  loadResults(id: string): Results {
    const row = this.file.stmt(`SELECT header FROM experiments WHERE id = ?`).get(id);
    if (!row) throw new UserError(`experiment ${id} is not in the store ${this.path}`);
    const { depthLaunches: legacy, ...h } = readHeader(row.header as string) as Header & { depthLaunches?: DepthLaunchRecord[] };
    const depthLaunches = this.depthLaunches(id, legacy);
    const design = this.lastDesignState(id);
    return {
      ...h,
      ...(h.plan.depthSweep || depthLaunches.length > 0 ? { depthLaunches } : {}),
      ...(design ? { design } : {}),
      schema: RESULTS_SCHEMA,
      schedule: { seed: h.schedule.seed, blocks: this.schedule(id) },
      launches: this.launches(id),
      experiment: { id, store: this.path, segments: this.segments(id) },
    };
  }

  list(): ExperimentSummary[] {
    const rows = this.file.stmt(`SELECT e.*,
        (SELECT COUNT(*) FROM launches l WHERE l.experiment_id = e.id) AS n_launches,
        (SELECT COUNT(DISTINCT block) FROM launches l WHERE l.experiment_id = e.id AND l.warmup = 0) AS n_blocks,
        (SELECT verdict FROM verdicts v WHERE v.experiment_id = e.id ORDER BY v.rowid DESC LIMIT 1) AS verdict
      FROM experiments e ORDER BY e.created_at, e.rowid`).all();
    return rows.map((r) => ({
      id: r.id as string, identityHash: r.identity_hash as string, createdAt: r.created_at as string, updatedAt: r.updated_at as string,
      finishedAt: (r.finished_at as string | null) ?? null, hostKey: (r.host_key as string | null) ?? null, flavour: (r.flavour as Flavour | null) ?? null,
      labels: [r.label_a as string, r.label_b as string], header: readHeader(r.header as string),
      launches: r.n_launches as number, countedBlocks: r.n_blocks as number, verdict: (r.verdict as string | null) ?? null,
    }));
  }

  /** Observations of one variant and workload per experiment (ok, counted launches), for history. */
  values(id: string, variant: string, workload: string): number[] {
    return this.file.stmt(`SELECT value FROM launches WHERE experiment_id = ? AND variant = ? AND workload = ? AND warmup = 0 AND status = 'ok' AND value IS NOT NULL ORDER BY seq`)
      .all(id, variant, workload).map((r) => r.value as number);
  }
}

/** A launch record as stored: deflated JSON (about a quarter of its text). */
export function packRecord(l: LaunchRecord | DepthLaunchRecord): Uint8Array {
  return deflateRawSync(JSON.stringify(l));
}

export function unpackRecord<T = LaunchRecord>(b: Uint8Array): T {
  return JSON.parse(inflateRawSync(b).toString('utf8')) as T;
}

/** A stored header, its plan in today's shape (experiments stored before plan.models). */
function readHeader(text: string): Header {
  const h = JSON.parse(text) as Header;
  return { ...h, plan: migratePlan(h.plan) };
}

function header(r: Results): Header {
  const { launches: _l, depthLaunches: _d, design: _s, experiment: _e, ...rest } = r;
  return { ...rest, schedule: { seed: r.schedule.seed, blocks: [] } };
}

/** Host identity as one comparable key (CPU, topology, kernel). */
function hostKey(identity: ExperimentIdentity): string | null {
  return identity.host ? JSON.stringify(identity.host) : null;
}
