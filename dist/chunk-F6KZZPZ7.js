import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  applyComparison,
  ensureWorktree,
  isExecutableFile,
  resolveRef,
  run,
  runLines,
  which,
  worktreePath
} from "./chunk-GTIMMOSP.js";
import {
  BATCHED_BENCH,
  DEPTH_FAMILY,
  FORMAT_HINT,
  Guest,
  PRESETS,
  RESULTS_SCHEMA,
  SWEEP_BENCH,
  SweepRowReader,
  TENSOR_TYPES,
  buildReportModel,
  checkPlacements,
  checkStorePath,
  childEnv,
  countedBlocksOf,
  decideAll,
  decideLook,
  depthPlacement,
  depthPointIds,
  depthRunArgs,
  depthToolArgs,
  describeOwner,
  describeSlowdown,
  detectFlavourFromHelp,
  encodeTensorData,
  findExecutable,
  finishFingerprint,
  flavourFromFields,
  guestNodes,
  guestShape,
  guestTools,
  labelWorkloads,
  launch,
  launchValue,
  lineAt,
  malformed,
  migratePlan,
  modelOf,
  numaPlacement,
  numberedLines,
  probeDepthTool,
  readFingerprint,
  readGgufHeader,
  readResultsFileSync,
  reclaimWarning,
  renderHtml,
  renderMarkdown,
  replaceAtomically,
  roundToF16,
  runDepthLaunch,
  scratchDir,
  sharedDepthTool,
  stopsAt,
  supportedFlags,
  tail,
  toBenchRecord,
  tryLock,
  typedValue,
  waitLine,
  withDepthMemory,
  withLock,
  wordAnalysis,
  writeFileAtomic
} from "./chunk-46G6KULT.js";
import {
  EnvironmentError,
  UserError,
  asEnvironmentError,
  interruptedBy,
  liveGroups,
  stopAll
} from "./chunk-APCGAE3R.js";

// src/store/experiment-store.ts
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";

// src/store/llama-bench-table.ts
import { createHash } from "node:crypto";
var cols = (spec) => spec.trim().split(/\s+/).map((c) => c.split(":"));
var MAINLINE_COLUMNS = cols(`build_commit:TEXT build_number:INTEGER cpu_info:TEXT gpu_info:TEXT backends:TEXT
  model_filename:TEXT model_type:TEXT model_size:INTEGER model_n_params:INTEGER n_batch:INTEGER n_ubatch:INTEGER
  n_threads:INTEGER cpu_mask:TEXT cpu_strict:INTEGER poll:INTEGER type_k:TEXT type_v:TEXT n_gpu_layers:INTEGER
  n_cpu_moe:INTEGER split_mode:TEXT main_gpu:INTEGER no_kv_offload:INTEGER flash_attn:INTEGER devices:TEXT
  tensor_split:TEXT tensor_buft_overrides:TEXT load_mode:TEXT lazy_mode:TEXT embeddings:INTEGER no_op_offload:INTEGER
  no_host:INTEGER fit_target:INTEGER fit_min_ctx:INTEGER n_prompt:INTEGER n_gen:INTEGER n_depth:INTEGER test_time:TEXT
  avg_ns:INTEGER stddev_ns:INTEGER avg_ts:REAL stddev_ts:REAL`);
var IK_COLUMNS = cols(`build_commit:TEXT build_number:INTEGER cuda:INTEGER vulkan:INTEGER kompute:INTEGER
  metal:INTEGER sycl:INTEGER rpc:TEXT gpu_blas:INTEGER blas:INTEGER cpu_info:TEXT gpu_info:TEXT model_filename:TEXT
  model_type:TEXT model_size:INTEGER model_n_params:INTEGER n_batch:INTEGER n_ubatch:INTEGER n_threads:INTEGER
  type_k:TEXT type_v:TEXT n_gpu_layers:INTEGER split_mode:TEXT main_gpu:INTEGER no_kv_offload:INTEGER flash_attn:INTEGER
  mla_attn:INTEGER attn_max_batch:INTEGER ser:TEXT reuse:INTEGER tensor_split:TEXT use_mmap:INTEGER embeddings:INTEGER
  repack:INTEGER mqkv:INTEGER muge:INTEGER defer_experts:INTEGER fused_moe:INTEGER grouped_er:INTEGER
  no_fused_up_gate:INTEGER use_thp:INTEGER no_ooae:INTEGER rcache:INTEGER sas:INTEGER max_gpu:INTEGER cuda_params:TEXT
  override_tensor:TEXT n_prompt:INTEGER n_gen:INTEGER test_time:TEXT avg_ns:INTEGER stddev_ns:INTEGER avg_ts:REAL
  stddev_ts:REAL test:TEXT`);
var TABLES = {
  mainline: { name: "llama_bench", columns: MAINLINE_COLUMNS },
  ik: { name: "test", columns: IK_COLUMNS }
};
function createTableSql(flavour) {
  const t = TABLES[flavour];
  return `CREATE TABLE IF NOT EXISTS ${t.name} (
${t.columns.map(([n, ty]) => `  ${n} ${ty}`).join(",\n")}
);`;
}
function insertSql(flavour) {
  const t = TABLES[flavour];
  return `INSERT INTO ${t.name} (${t.columns.map(([n]) => n).join(", ")}) VALUES (${t.columns.map(() => "?").join(", ")})`;
}
function variantLabel(commit, v) {
  const spec = createHash("sha256").update(JSON.stringify([v.cmakeArgs, v.runArgs, Object.entries(v.env).sort(), ...v.slowdown !== void 0 ? [v.slowdown] : []])).digest("hex");
  return `${(commit ?? "unknown").slice(0, 7).padEnd(7, "0")}-${spec.slice(0, 4)}`;
}
function rowOf(flavour, launch2, label) {
  const rec = launch2.records[0];
  if (launch2.status !== "ok" || !rec) return null;
  const raw = rec.raw;
  return TABLES[flavour].columns.map(([name, type]) => {
    if (name === "build_commit") return label;
    const v = raw[name];
    if (v === void 0 || v === null) return null;
    if (type === "TEXT") return typeof v === "string" ? v : JSON.stringify(v);
    if (typeof v === "boolean") return v ? 1 : 0;
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isFinite(n)) return null;
    return type === "INTEGER" ? Math.round(n) : n;
  });
}

// src/store/sqlite-file.ts
import { DatabaseSync } from "node:sqlite";
import { accessSync, constants, existsSync, mkdirSync, statfsSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

// src/store/schema.ts
var STORE_VERSION = 2;
var MIGRATIONS = [
  `CREATE TABLE experiments (
     id TEXT PRIMARY KEY,
     identity_hash TEXT NOT NULL,
     identity TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     finished_at TEXT,
     host_key TEXT,
     flavour TEXT,
     label_a TEXT,
     label_b TEXT,
     header TEXT NOT NULL
   );
   CREATE INDEX experiments_identity ON experiments(identity_hash, finished_at);
   CREATE TABLE launches (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     seq INTEGER NOT NULL,
     block INTEGER NOT NULL,
     slot INTEGER NOT NULL,
     variant TEXT NOT NULL,
     workload TEXT NOT NULL,
     warmup INTEGER NOT NULL,
     status TEXT NOT NULL,
     value REAL,
     record BLOB NOT NULL,
     UNIQUE (experiment_id, seq)
   );
   CREATE TABLE blocks (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     block INTEGER NOT NULL,
     block_order TEXT NOT NULL,
     PRIMARY KEY (experiment_id, block)
   ) WITHOUT ROWID;
   CREATE TABLE looks (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     at TEXT NOT NULL,
     n_blocks INTEGER NOT NULL,
     verdict TEXT NOT NULL,
     alpha_spent REAL,
     analysis TEXT NOT NULL,
     state TEXT
   );
   CREATE TABLE verdicts (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     at TEXT NOT NULL,
     n_blocks INTEGER NOT NULL,
     verdict TEXT NOT NULL,
     stop_reason TEXT NOT NULL
   );
   CREATE TABLE segments (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     at TEXT NOT NULL,
     kind TEXT NOT NULL,
     from_blocks INTEGER NOT NULL,
     to_blocks INTEGER NOT NULL
   );
   CREATE TABLE launch_rows (
     experiment_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     table_name TEXT NOT NULL,
     row_id INTEGER NOT NULL,
     PRIMARY KEY (experiment_id, seq)
   ) WITHOUT ROWID;`,
  // 2: the depth-sweep family's launches, one row per launch as it completes (they rode in the
  // header before, saved only at the end of a block). Old headers' depth launches are still read.
  `CREATE TABLE depth_launches (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     seq INTEGER NOT NULL,
     block INTEGER NOT NULL,
     slot INTEGER NOT NULL,
     variant TEXT NOT NULL,
     warmup INTEGER NOT NULL,
     status TEXT NOT NULL,
     record BLOB NOT NULL,
     UNIQUE (experiment_id, seq)
   );`
];

// src/store/sqlite-file.ts
var SQLITE_PERM = 3;
var SQLITE_BUSY = 5;
var SQLITE_LOCKED = 6;
var SQLITE_READONLY = 8;
var SQLITE_IOERR = 10;
var SQLITE_CORRUPT = 11;
var SQLITE_FULL = 13;
var SQLITE_CANTOPEN = 14;
var SQLITE_NOTADB = 26;
var DAMAGED_HINT = (path3) => `move it away (mv ${path3} ${path3}.damaged); the same command with --store-from-results rebuilds the experiment from its --out's results.json, or pass --store PATH to another store`;
function storeError(path3, what, e) {
  if (e instanceof UserError) return e;
  const code = (e.errcode ?? -1) & 255;
  const msg = e.message;
  if (code === SQLITE_FULL || e.code === "ENOSPC" || (code === SQLITE_IOERR || code === SQLITE_CANTOPEN) && diskFull(path3)) {
    return new EnvironmentError(
      `experiment store ${path3}: the disk is full while ${what}; every launch recorded before it is kept`,
      "free some space (or pass --store PATH on another disk) and run the same command again: it resumes"
    );
  }
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) {
    return new EnvironmentError(`experiment store ${path3} is locked by another process while ${what}`, "wait for the other process to finish (fuser shows which one), or pass --store PATH to another store");
  }
  if (code === SQLITE_READONLY || code === SQLITE_PERM || code === SQLITE_CANTOPEN && !writable(path3)) {
    return new EnvironmentError(`experiment store ${path3} is read-only while ${what} (${msg})`, "make the file and its directory writable for this user, or pass --store PATH to a writable place");
  }
  if (code === SQLITE_CORRUPT) return new EnvironmentError(`experiment store ${path3} is damaged (${msg})`, DAMAGED_HINT(path3));
  if (code === SQLITE_NOTADB) return new UserError(`${path3} is not a llama-perf-gate experiment store (${msg})`, "pass --store PATH to another file, or move this one away");
  if (code === SQLITE_IOERR || code === SQLITE_CANTOPEN) {
    return new EnvironmentError(`experiment store ${path3}: cannot read or write it while ${what} (${msg})`, "check the disk and the permissions of the file and its directory, or pass --store PATH elsewhere");
  }
  return e;
}
function diskFull(path3) {
  try {
    const fs = statfsSync(dirname(path3));
    return fs.bavail * fs.bsize < 64 * 1024;
  } catch {
    return false;
  }
}
function writable(path3) {
  try {
    accessSync(dirname(path3), constants.W_OK);
    if (existsSync(path3)) accessSync(path3, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
var SqliteFile = class _SqliteFile {
  path;
  db;
  stmts = /* @__PURE__ */ new Map();
  depth = 0;
  constructor(path3, db) {
    this.path = path3;
    this.db = db;
  }
  /**
   * Opens (creating or migrating) the store, checked end to end (a damaged page is found here, not
   * in the middle of a run); a store from a newer llama-perf-gate is refused.
   */
  static open(path3, opts = {}) {
    checkStorePath(path3);
    if (!opts.readOnly) {
      try {
        mkdirSync(dirname(path3), { recursive: true });
      } catch (e) {
        throw asEnvironmentError(e);
      }
    }
    try {
      return _SqliteFile.connect(path3, path3, opts);
    } catch (e) {
      if (opts.readOnly && ((e.errcode ?? -1) & 255) === SQLITE_CANTOPEN) {
        try {
          return _SqliteFile.connect(path3, new URL(`${pathToFileURL(path3).href}?immutable=1`), opts);
        } catch (again) {
          e = again;
        }
      }
      const err = storeError(path3, "opening it", e);
      if (err instanceof UserError) throw err;
      throw new EnvironmentError(`cannot open experiment store ${path3}: ${e.message}`, "pass --store PATH to a writable location");
    }
  }
  static connect(path3, target, opts) {
    const db = new DatabaseSync(target, { readOnly: opts.readOnly ?? false, timeout: opts.busyTimeoutMs ?? 3e4 });
    const store = new _SqliteFile(path3, db);
    try {
      if (!opts.readOnly) {
        db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        if (opts.maxPages) db.exec(`PRAGMA max_page_count = ${Math.floor(opts.maxPages)}`);
      }
      const check = db.prepare("PRAGMA quick_check(1)").get()?.quick_check;
      if (check !== "ok") throw new EnvironmentError(`experiment store ${path3} is damaged (${String(check)})`, DAMAGED_HINT(path3));
      store.migrate(opts.readOnly ?? false);
    } catch (e) {
      db.close();
      throw e;
    }
    return store;
  }
  migrate(readOnly) {
    const tables = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => r.name);
    let version = 0;
    if (tables.includes("meta")) {
      const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'store_version'`).get();
      version = Number(row?.value ?? 0);
    } else if (tables.length > 0) {
      throw new UserError(`${this.path} is an SQLite file but not a llama-perf-gate experiment store (tables: ${tables.slice(0, 5).join(", ")})`, "pass --store PATH to another file");
    }
    if (version > STORE_VERSION) {
      throw new UserError(
        `experiment store ${this.path} has version ${version}; this llama-perf-gate reads up to version ${STORE_VERSION}`,
        "upgrade llama-perf-gate, or pass --store PATH to use another store"
      );
    }
    if (version === STORE_VERSION) return;
    if (readOnly && tables.length === 0) throw new UserError(`experiment store ${this.path} is empty: no experiment was stored in it`, "run `llama-perf-gate run` (or npm start) first, or pass --store PATH");
    if (readOnly) throw new UserError(`experiment store ${this.path} has version ${version} and needs migrating to ${STORE_VERSION}`, "run any llama-perf-gate run once on it");
    this.tx(() => {
      if (version === 0) this.db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      for (let v = version; v < STORE_VERSION; v++) this.db.exec(MIGRATIONS[v]);
      this.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('store_version', ?)`).run(String(STORE_VERSION));
    }, "migrating it");
  }
  close() {
    this.db.close();
  }
  /** SQL run as is (a table created on first use). */
  exec(sql) {
    this.db.exec(sql);
  }
  /** A prepared statement, prepared once per SQL text. */
  stmt(sql) {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, s = this.db.prepare(sql));
    return s;
  }
  /** One write transaction: all of it reaches the file or none of it does. Nested calls join the outer one. */
  tx(fn, what) {
    if (this.depth > 0) return fn();
    try {
      this.db.exec("BEGIN IMMEDIATE");
    } catch (e) {
      throw storeError(this.path, what, e);
    }
    this.depth++;
    try {
      const out = fn();
      this.db.exec("COMMIT");
      return out;
    } catch (e) {
      try {
        this.db.exec("ROLLBACK");
      } catch {
      }
      throw storeError(this.path, what, e);
    } finally {
      this.depth--;
    }
  }
};

// src/store/experiment-store.ts
function defaultStorePath(cacheDir) {
  return join(cacheDir, "experiments.sqlite");
}
var ExperimentStore = class _ExperimentStore {
  path;
  file;
  constructor(file) {
    this.file = file;
    this.path = file.path;
  }
  /** Opens (creating or migrating) the store; a store from a newer llama-perf-gate is refused. */
  static open(path3, opts = {}) {
    return new _ExperimentStore(SqliteFile.open(path3, opts));
  }
  close() {
    this.file.close();
  }
  /** Several writes as one transaction (rebuilding an experiment: all of it or none). */
  batch(fn, what) {
    return this.file.tx(fn, what);
  }
  /** A new experiment (a fresh id, or the id of the results.json it is rebuilt from). */
  createExperiment(identity, identityHash2, results, segment, id = randomBytes(6).toString("hex")) {
    const labels = results.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
    const now = (/* @__PURE__ */ new Date()).toISOString();
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO experiments (id, identity_hash, identity, created_at, updated_at, finished_at, host_key, flavour, label_a, label_b, header)
                 VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`).run(
        id,
        identityHash2,
        JSON.stringify(identity),
        now,
        now,
        hostKey(identity),
        results.flavour,
        labels[0],
        labels[1],
        JSON.stringify(header(results))
      );
      this.insertSegment(id, segment);
    }, "creating an experiment");
    return id;
  }
  insertSegment(id, s) {
    this.file.stmt(`INSERT INTO segments (experiment_id, at, kind, from_blocks, to_blocks) VALUES (?, ?, ?, ?, ?)`).run(id, s.at, s.kind, s.fromBlocks, s.toBlocks);
  }
  addSegment(id, s) {
    this.file.tx(() => {
      this.insertSegment(id, s);
      this.file.stmt(`UPDATE experiments SET finished_at = NULL, updated_at = ? WHERE id = ?`).run(s.at, id);
    }, "starting more blocks");
  }
  /** The newest unfinished experiment with this identity: the one a rerun resumes. */
  findResumable(identityHash2) {
    const row = this.file.stmt(`SELECT id FROM experiments WHERE identity_hash = ? AND finished_at IS NULL ORDER BY created_at DESC LIMIT 1`).get(identityHash2);
    return row?.id ?? null;
  }
  identity(id) {
    const row = this.file.stmt(`SELECT identity FROM experiments WHERE id = ?`).get(id);
    if (!row) throw new UserError(`experiment ${id} is not in the store ${this.path}`);
    return JSON.parse(row.identity);
  }
  /** An experiment by id or unique id prefix (as `experiments` prints it). */
  resolveId(prefix) {
    if (!/^[0-9a-f]{1,12}$/.test(prefix)) throw new UserError(`--experiment ${JSON.stringify(prefix)} is not an experiment id`, "example: --experiment 3f2a (see llama-perf-gate experiments)");
    const rows = this.file.stmt(`SELECT id FROM experiments WHERE id LIKE ? || '%' ORDER BY created_at`).all(prefix);
    if (rows.length === 0) throw new UserError(`no experiment ${prefix} in the store ${this.path}`, "list them with: llama-perf-gate experiments");
    if (rows.length > 1) throw new UserError(`experiment id ${prefix} is ambiguous (${rows.map((r) => r.id).join(", ")})`, "give more characters of the id");
    return rows[0].id;
  }
  /** The newest experiment whose A and B were built from these commits (full or abbreviated SHAs). */
  latestByCommits(a, b) {
    const rows = this.file.stmt(`SELECT id, identity FROM experiments ORDER BY created_at DESC`).all();
    const same = (x, y) => x !== null && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
    for (const r of rows) {
      const v = JSON.parse(r.identity).variants;
      if (same(v[0]?.commit ?? null, a) && same(v[1]?.commit ?? null, b)) return r.id;
    }
    return null;
  }
  has(id) {
    return this.file.stmt(`SELECT 1 FROM experiments WHERE id = ?`).get(id) !== void 0;
  }
  /** Header fields that change during a run: builds, flavour, analysis, stop reason, notes, curves. */
  saveHeader(id, results) {
    this.file.tx(() => {
      this.file.stmt(`UPDATE experiments SET header = ?, flavour = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(header(results)), results.flavour, (/* @__PURE__ */ new Date()).toISOString(), id);
    }, "saving the experiment");
  }
  saveBlockOrder(id, block, order) {
    this.file.tx(() => {
      this.file.stmt(`INSERT OR REPLACE INTO blocks (experiment_id, block, block_order) VALUES (?, ?, ?)`).run(id, block, JSON.stringify(order));
    }, `recording the order of block ${block}`);
  }
  /** One launch, its observation and its llama_bench row: one transaction. */
  appendLaunch(id, l, value, flavour, label) {
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO launches (experiment_id, seq, block, slot, variant, workload, warmup, status, value, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        l.seq,
        l.block,
        l.slot,
        l.variant,
        l.workload,
        l.warmup ? 1 : 0,
        l.status,
        value,
        packRecord(l)
      );
      const row = flavour && label && !l.warmup ? rowOf(flavour, l, label) : null;
      if (row && flavour) {
        this.file.exec(createTableSql(flavour));
        const r = this.file.stmt(insertSql(flavour)).run(...row);
        this.file.stmt(`INSERT INTO launch_rows (experiment_id, seq, table_name, row_id) VALUES (?, ?, ?, ?)`).run(id, l.seq, flavour === "ik" ? "test" : "llama_bench", r.lastInsertRowid);
      }
    }, `recording launch ${l.seq}`);
  }
  /** One depth-sweep launch (bench/depth-sweep.ts): one transaction, like a llama-bench launch. */
  appendDepthLaunch(id, l) {
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO depth_launches (experiment_id, seq, block, slot, variant, warmup, status, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        l.seq,
        l.block,
        l.slot,
        l.variant,
        l.warmup ? 1 : 0,
        l.status,
        packRecord(l)
      );
    }, `recording depth launch ${l.seq}`);
  }
  /** A look taken: what it decided, and the design state after it (the α spent is its last look's). */
  recordLook(id, nBlocks, analysis, state) {
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO looks (experiment_id, at, n_blocks, verdict, alpha_spent, analysis, state) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        (/* @__PURE__ */ new Date()).toISOString(),
        nBlocks,
        analysis.verdict,
        state.looks.at(-1)?.alpha_spent ?? null,
        JSON.stringify(analysis),
        JSON.stringify(state)
      );
    }, `recording the look at ${nBlocks} blocks`);
  }
  /** The design state of the newest look (the decision engine's), or null before the first look. */
  lastDesignState(id) {
    const row = this.file.stmt(`SELECT state FROM looks WHERE experiment_id = ? AND state IS NOT NULL ORDER BY rowid DESC LIMIT 1`).get(id);
    return row ? JSON.parse(row.state) : null;
  }
  /** The end of a run: header, verdict, finished. */
  finish(id, results, countedBlocks) {
    this.file.tx(() => {
      const now = results.finishedAt ?? (/* @__PURE__ */ new Date()).toISOString();
      this.file.stmt(`UPDATE experiments SET header = ?, flavour = ?, updated_at = ?, finished_at = ? WHERE id = ?`).run(JSON.stringify(header(results)), results.flavour, now, now, id);
      this.file.stmt(`INSERT INTO verdicts (experiment_id, at, n_blocks, verdict, stop_reason) VALUES (?, ?, ?, ?, ?)`).run(
        id,
        now,
        countedBlocks,
        results.analysis?.verdict ?? "none",
        results.stopReason
      );
    }, "finishing the experiment");
  }
  launches(id) {
    return this.file.stmt(`SELECT record FROM launches WHERE experiment_id = ? ORDER BY seq`).all(id).map((r) => unpackRecord(r.record));
  }
  /**
   * The depth-sweep launches: the stored rows, plus those a store from before version 2 kept in the
   * header (`legacy`), in run order.
   */
  depthLaunches(id, legacy = []) {
    const rows = this.file.stmt(`SELECT record FROM depth_launches WHERE experiment_id = ? ORDER BY seq`).all(id).map((r) => unpackRecord(r.record));
    const seqs = new Set(rows.map((l) => l.seq));
    return [...rows, ...legacy.filter((l) => !seqs.has(l.seq))].sort((a, b) => a.seq - b.seq);
  }
  schedule(id) {
    return this.file.stmt(`SELECT block, block_order FROM blocks WHERE experiment_id = ? ORDER BY block`).all(id).map((r) => ({ block: r.block, order: JSON.parse(r.block_order) }));
  }
  segments(id) {
    return this.file.stmt(`SELECT at, kind, from_blocks, to_blocks FROM segments WHERE experiment_id = ? ORDER BY rowid`).all(id).map((r) => ({
      kind: r.kind,
      at: r.at,
      fromBlocks: r.from_blocks,
      toBlocks: r.to_blocks
    }));
  }
  /** The whole experiment as results.json (schema @2). */
  loadResults(id) {
    const row = this.file.stmt(`SELECT header FROM experiments WHERE id = ?`).get(id);
    if (!row) throw new UserError(`experiment ${id} is not in the store ${this.path}`);
    const { depthLaunches: legacy, ...h } = readHeader(row.header);
    const depthLaunches = this.depthLaunches(id, legacy);
    const design = this.lastDesignState(id);
    return {
      ...h,
      ...h.plan.depthSweep || depthLaunches.length > 0 ? { depthLaunches } : {},
      ...design ? { design } : {},
      schema: RESULTS_SCHEMA,
      schedule: { seed: h.schedule.seed, blocks: this.schedule(id) },
      launches: this.launches(id),
      experiment: { id, store: this.path, segments: this.segments(id) }
    };
  }
  list() {
    const rows = this.file.stmt(`SELECT e.*,
        (SELECT COUNT(*) FROM launches l WHERE l.experiment_id = e.id) AS n_launches,
        (SELECT COUNT(DISTINCT block) FROM launches l WHERE l.experiment_id = e.id AND l.warmup = 0) AS n_blocks,
        (SELECT verdict FROM verdicts v WHERE v.experiment_id = e.id ORDER BY v.rowid DESC LIMIT 1) AS verdict
      FROM experiments e ORDER BY e.created_at, e.rowid`).all();
    return rows.map((r) => ({
      id: r.id,
      identityHash: r.identity_hash,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      finishedAt: r.finished_at ?? null,
      hostKey: r.host_key ?? null,
      flavour: r.flavour ?? null,
      labels: [r.label_a, r.label_b],
      header: readHeader(r.header),
      launches: r.n_launches,
      countedBlocks: r.n_blocks,
      verdict: r.verdict ?? null
    }));
  }
  /** Observations of one variant and workload per experiment (ok, counted launches), for history. */
  values(id, variant, workload) {
    return this.file.stmt(`SELECT value FROM launches WHERE experiment_id = ? AND variant = ? AND workload = ? AND warmup = 0 AND status = 'ok' AND value IS NOT NULL ORDER BY seq`).all(id, variant, workload).map((r) => r.value);
  }
};
function packRecord(l) {
  return deflateRawSync(JSON.stringify(l));
}
function unpackRecord(b) {
  return JSON.parse(inflateRawSync(b).toString("utf8"));
}
function readHeader(text) {
  const h = JSON.parse(text);
  return { ...h, plan: migratePlan(h.plan) };
}
function header(r) {
  const { launches: _l, depthLaunches: _d, design: _s, experiment: _e, ...rest } = r;
  return { ...rest, schedule: { seed: r.schedule.seed, blocks: [] } };
}
function hostKey(identity) {
  return identity.host ? JSON.stringify(identity.host) : null;
}

// src/store/qualification.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/store/calibration.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/store/write.ts
import { join as join2 } from "node:path";
function writeJsonAtomic(path3, value) {
  writeFileAtomic(path3, JSON.stringify(value, null, 1) + "\n");
}
function writeResults(outDir, results) {
  const path3 = join2(outDir, "results.json");
  writeJsonAtomic(path3, results);
  return path3;
}

// src/store/calibration.ts
var CALIBRATION_SCHEMA = "llama-perf-gate/calibration@1";
function hostKey2(fp) {
  const id = [fp.hostname, fp.cpuModel, fp.sockets, fp.coresPerSocket, fp.threadsPerCore, fp.logicalCpus, fp.numaNodes.length];
  return createHash2("sha256").update(JSON.stringify(id)).digest("hex").slice(0, 16);
}
function calibrationPath(cacheDir, fp) {
  return join3(cacheDir, "calibration", `${hostKey2(fp)}.json`);
}
function readCalibration(cacheDir, fp) {
  try {
    const c = JSON.parse(readFileSync(calibrationPath(cacheDir, fp), "utf8"));
    if (c?.schema !== CALIBRATION_SCHEMA || c.hostKey !== hostKey2(fp) || !Array.isArray(c.workloads)) return null;
    const ok = c.workloads.every((w) => typeof w.label === "string" && Number.isFinite(w.spread) && Number.isFinite(w.blocksFor2pct) && Number.isFinite(w.falseCallRate));
    return ok ? c : null;
  } catch {
    return null;
  }
}
var pct = (x, digits = 1) => `${(100 * x).toFixed(digits)}%`;
function calibrationNote(cal, labels) {
  const mine = cal.workloads.filter((w) => labels.includes(w.label));
  if (mine.length === 0) return null;
  const parts = mine.map((w) => `${w.workload} ${pct(w.spread)} (a \xB12% call needs ~${w.blocksFor2pct} blocks; A/A B/A ${w.ratio?.toFixed(3) ?? "\u2013"}, implied false-call rate ${pct(w.falseCallRate, 0)} at ${w.blocks} blocks)`);
  return `This host's A/A spread (calibrated ${cal.createdAt.slice(0, 10)} on ${cal.ref.slice(0, 12)}, identical binaries): ${parts.join("; ")}. A change smaller than this spread is within what the host produces by itself.`;
}

// src/store/qualification.ts
var QUALIFICATION_SCHEMA = "llama-perf-gate/qualifications@1";
function qualificationPath(cacheDir, fp) {
  return join4(cacheDir, "calibration", `${hostKey2(fp)}.qualifications.json`);
}
function readQualifications(cacheDir, fp) {
  try {
    const f = JSON.parse(readFileSync2(qualificationPath(cacheDir, fp), "utf8"));
    if (f?.schema !== QUALIFICATION_SCHEMA || f.hostKey !== hostKey2(fp) || !Array.isArray(f.records)) return [];
    return f.records.filter(isRecord);
  } catch {
    return [];
  }
}
function isRecord(r) {
  return typeof r?.createdAt === "string" && ["qualified", "short", "failed"].includes(r.status) && Number.isFinite(r.k) && Array.isArray(r.workloads) && r.workloads.every((w) => typeof w?.workload === "string" && w.aaPrime && w.injected);
}
function appendQualification(cacheDir, fp, rec) {
  const path3 = qualificationPath(cacheDir, fp);
  const file = { schema: QUALIFICATION_SCHEMA, hostKey: hostKey2(fp), records: [...readQualifications(cacheDir, fp), rec] };
  writeJsonAtomic(path3, file);
  return path3;
}
function runnerShown(records, workloads, now) {
  const measured2 = records.filter((r) => r.status !== "failed");
  const last = measured2[measured2.length - 1];
  if (!last) return null;
  const mine = last.workloads.filter((w) => workloads.includes(w.workload));
  const newest = records[records.length - 1];
  return {
    at: last.createdAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(last.createdAt)) / 864e5)),
    k: last.k,
    status: last.status,
    workloads: mine.length > 0 ? mine : last.workloads,
    laterFailure: newest !== last && newest.status === "failed" ? { at: newest.createdAt, reason: newest.reasons[0] ?? "failed" } : null
  };
}

// src/bench/elf.ts
import { closeSync, openSync, readSync, statSync as statSync2 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
var SHT_DYNAMIC = 6;
var SHT_DYNSYM = 11;
var SHT_PROGBITS = 1;
var SHF_EXECINSTR = 4;
var DT_NEEDED = 1;
var DT_RPATH = 15;
var DT_RUNPATH = 29;
var MAX_BYTES = 1 << 30;
function readElfDynamic(path3) {
  let buf;
  try {
    const size = statSync2(path3).size;
    if (size < 64 || size > MAX_BYTES) return null;
    buf = Buffer.alloc(size);
    const fd = openSync(path3, "r");
    try {
      readSync(fd, buf, 0, size, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (buf.readUInt32BE(0) !== 2135247942) return null;
  const is64 = buf[4] === 2;
  const le = buf[5] === 1;
  const u16 = (o) => le ? buf.readUInt16LE(o) : buf.readUInt16BE(o);
  const u32 = (o) => le ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
  const addr = (o) => is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o);
  const word = is64 ? 8 : 4;
  try {
    const shoff = addr(is64 ? 40 : 32);
    const shentsize = u16(is64 ? 58 : 46);
    const shnum = u16(is64 ? 60 : 48);
    if (shoff === 0 || shnum === 0) return null;
    const sections = Array.from({ length: shnum }, (_, i) => {
      const o = shoff + i * shentsize;
      return { type: u32(o + 4), flags: addr(o + 8), offset: addr(o + (is64 ? 24 : 16)), size: addr(o + (is64 ? 32 : 20)), link: u32(o + (is64 ? 40 : 24)) };
    });
    const cstr = (table, at) => {
      const start = sections[table].offset + at;
      return buf.toString("latin1", start, buf.indexOf(0, start));
    };
    const out = { needed: [], runpath: [], imports: /* @__PURE__ */ new Set(), defines: /* @__PURE__ */ new Set(), code: "" };
    const code = createHash3("sha256");
    for (const s of sections) {
      if (s.type === SHT_PROGBITS && (s.flags & SHF_EXECINSTR) !== 0) code.update(buf.subarray(s.offset, s.offset + s.size));
      if (s.type === SHT_DYNAMIC) {
        for (let o = s.offset; o + 2 * word <= s.offset + s.size; o += 2 * word) {
          const tag = addr(o);
          if (tag === 0) break;
          if (tag === DT_NEEDED) out.needed.push(cstr(s.link, addr(o + word)));
          if (tag === DT_RUNPATH || tag === DT_RPATH) out.runpath.push(...cstr(s.link, addr(o + word)).split(":").filter(Boolean));
        }
      } else if (s.type === SHT_DYNSYM) {
        const entsize = is64 ? 24 : 16;
        for (let o = s.offset + entsize; o + entsize <= s.offset + s.size; o += entsize) {
          const name = cstr(s.link, u32(o));
          const shndx = u16(o + (is64 ? 6 : 14));
          if (name) (shndx === 0 ? out.imports : out.defines).add(name);
        }
      }
    }
    out.code = code.digest("hex");
    return out;
  } catch {
    return null;
  }
}

// src/pipeline/run.ts
import { rmSync as rmSync3 } from "node:fs";
import { join as join12 } from "node:path";

// src/build/index.ts
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/build/cmake.ts
import { readdir } from "node:fs/promises";
import path from "node:path";
var BENCH_TARGET = "llama-bench";
var SWEEP_TARGET = SWEEP_BENCH;
var BATCHED_TARGET = BATCHED_BENCH;
function depthToolFor(available) {
  if (!available) return null;
  if (available.has(SWEEP_TARGET)) return SWEEP_TARGET;
  if (available.has(BATCHED_TARGET)) return BATCHED_TARGET;
  return null;
}
var FIXED_CMAKE_ARGS = [
  "-DCMAKE_BUILD_TYPE=Release",
  "-DLLAMA_CURL=OFF",
  "-DLLAMA_BUILD_TESTS=OFF",
  "-DLLAMA_BUILD_SERVER=OFF"
];
function configureArgs(req) {
  const tc = req.toolchain;
  const launcher = tc.ccache ? [`-DCMAKE_C_COMPILER_LAUNCHER=${tc.ccache}`, `-DCMAKE_CXX_COMPILER_LAUNCHER=${tc.ccache}`] : [];
  return [
    "--no-warn-unused-cli",
    // the fixed -DLLAMA_* and compiler args are not used by every project
    "-S",
    req.srcDir,
    "-B",
    req.buildDir,
    ...FIXED_CMAKE_ARGS,
    // Named explicitly so the compiler in the build key is the one CMake uses.
    `-DCMAKE_C_COMPILER=${tc.cc.path}`,
    `-DCMAKE_CXX_COMPILER=${tc.cxx.path}`,
    ...launcher,
    ...req.cmakeArgs
  ];
}
async function cmakeBuild(req) {
  const { cmake } = req.toolchain;
  const step = async (phase, args) => {
    writeLine(req.log, `$ ${cmake} ${args.join(" ")}`);
    const r = await runLines(cmake, args, {
      env: req.env,
      onSpawn: req.onGroup,
      onLine: (line) => {
        writeLine(req.log, line);
        req.onLine(phase, line);
      }
    });
    return r.code === 0 ? null : `exit ${r.code ?? r.signal}`;
  };
  const cfgErr = await step("configure", configureArgs(req));
  if (cfgErr) return { ok: false, phase: "configure", error: `CMake configure failed (${cfgErr})` };
  const available = await listTargets(cmake, req.buildDir, req.env);
  if (available && !available.has(BENCH_TARGET)) {
    return { ok: false, phase: "configure", error: `the source tree has no ${BENCH_TARGET} target (is this a llama.cpp checkout?)` };
  }
  const depthTool = depthToolFor(available);
  const targets = depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET];
  const buildErr = await step("build", ["--build", req.buildDir, "--target", ...targets, "-j", String(req.jobs)]);
  if (buildErr) return { ok: false, phase: "build", error: `build of ${targets.join(", ")} failed (${buildErr})` };
  const bin = await findExecutable2(req.buildDir, BENCH_TARGET);
  if (!bin) return { ok: false, phase: "build", error: `the build succeeded but no ${BENCH_TARGET} executable was found under ${req.buildDir}` };
  writeLine(req.log, `built ${bin}`);
  const binDir = path.dirname(bin);
  const depthOk = depthTool !== null && await isExecutableFile(path.join(binDir, depthTool));
  return { ok: true, binDir, targets, depthTool: depthOk ? depthTool : null };
}
async function addDepthTool(req) {
  const { cmake } = req.toolchain;
  const tool = depthToolFor(await listTargets(cmake, req.buildDir, req.env));
  if (!tool) return null;
  const args = ["--build", req.buildDir, "--target", tool, "-j", String(req.jobs)];
  writeLine(req.log, `$ ${cmake} ${args.join(" ")}`);
  const r = await runLines(cmake, args, {
    env: req.env,
    onSpawn: req.onGroup,
    onLine: (line) => {
      writeLine(req.log, line);
      req.onLine("build", line);
    }
  });
  if (r.code !== 0) {
    writeLine(req.log, `building ${tool} failed (exit ${r.code ?? r.signal}); memory at depth will be skipped`);
    return null;
  }
  return await isExecutableFile(path.join(req.binDir, tool)) ? tool : null;
}
async function listTargets(cmake, buildDir, env) {
  const r = await run(cmake, ["--build", buildDir, "--target", "help"], { env }).catch(() => null);
  if (!r || r.code !== 0) return null;
  const names = /* @__PURE__ */ new Set();
  for (const line of r.stdout.split("\n")) {
    const m = /^\.\.\.\s+(\S+)/.exec(line.trim());
    if (m) names.add(m[1]);
    const n = /^([^\s:]+):\s/.exec(line.trim());
    if (n) names.add(n[1]);
  }
  return names.size > 0 ? names : null;
}
async function findExecutable2(buildDir, name) {
  for (const p of [path.join(buildDir, "bin", name), path.join(buildDir, name)]) {
    if (await isExecutableFile(p)) return p;
  }
  const walk = async (dir, depth) => {
    if (depth > 4) return null;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isFile() && e.name === name && await isExecutableFile(p)) return p;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== "CMakeFiles") {
        const hit = await walk(path.join(dir, e.name), depth + 1);
        if (hit) return hit;
      }
    }
    return null;
  };
  return walk(buildDir, 0);
}
function writeLine(log, line) {
  log.write(line + "\n");
}

// src/build/key.ts
import { createHash as createHash4 } from "node:crypto";
var BUILD_RECIPE_VERSION = 1;
var FLAG_ENV_VARS = ["CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS"];
function envFlags(env) {
  const out = {};
  for (const k of FLAG_ENV_VARS) if (env[k]) out[k] = env[k];
  return out;
}
function buildKey(inp) {
  const canonical2 = JSON.stringify([
    "llama-perf-gate/build",
    inp.recipe ?? BUILD_RECIPE_VERSION,
    inp.commit,
    inp.cmakeArgs,
    [inp.cc.path, inp.cc.version],
    [inp.cxx.path, inp.cxx.version],
    inp.cmakeVersion,
    Object.keys(inp.envFlags).sort().map((k) => [k, inp.envFlags[k]]),
    ...inp.replica ? [["replica", inp.replica]] : []
  ]);
  return createHash4("sha256").update(canonical2).digest("hex").slice(0, 16);
}

// src/build/progress.ts
function parsePercent(line) {
  const mk = /^\[\s*(\d{1,3})%\]/.exec(line);
  if (mk) return Math.min(100, Number(mk[1]));
  const nj = /^\[(\d+)\/(\d+)\]/.exec(line);
  if (nj && Number(nj[2]) > 0) return Math.min(100, Math.floor(100 * Number(nj[1]) / Number(nj[2])));
  return void 0;
}
function forwardProgress() {
  let best = 0;
  return (line) => {
    const p = parsePercent(line);
    if (p === void 0) return void 0;
    best = Math.max(best, p);
    return best;
  };
}

// src/build/toolchain.ts
import { realpath } from "node:fs/promises";
var INSTALL_HINT = "install the build tools: apt-get install cmake make g++";
function cmakeDefine(args, name) {
  let found;
  const re = new RegExp(`^-D${name}(?::[A-Za-z]+)?=(.*)$`);
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (a === "-D" && i + 1 < args.length) a = "-D" + args[++i];
    const m = re.exec(a);
    if (m) found = m[1];
  }
  return found;
}
async function firstOnPath(names, env) {
  for (const n of names) {
    if (!n) continue;
    const p = await which(n, env);
    if (p) return p;
  }
  return null;
}
async function compilerId(path3) {
  const r = await run(path3, ["--version"]).catch(() => null);
  if (!r || r.code !== 0) throw new UserError(`the compiler ${path3} does not run (\`${path3} --version\` failed)`, INSTALL_HINT);
  const real = await realpath(path3).catch(() => path3);
  return { path: real, version: r.stdout.split("\n")[0].trim() };
}
async function detectToolchain(cmakeArgs = [], env = process.env) {
  const cmake = await which("cmake", env);
  if (!cmake) throw new UserError("cmake was not found on PATH", INSTALL_HINT);
  const make = await which("make", env);
  const generator = cmakeArgs.some((a) => a === "-G" || a.startsWith("-G"));
  if (!make && !generator) throw new UserError("make was not found on PATH (CMake generates Makefiles)", INSTALL_HINT);
  const ccName = cmakeDefine(cmakeArgs, "CMAKE_C_COMPILER") ?? env.CC;
  const cxxName = cmakeDefine(cmakeArgs, "CMAKE_CXX_COMPILER") ?? env.CXX;
  const ccPath = ccName ? await which(ccName, env) : await firstOnPath(["cc", "gcc", "clang"], env);
  const cxxPath = cxxName ? await which(cxxName, env) : await firstOnPath(["c++", "g++", "clang++"], env);
  if (!ccPath) throw new UserError(`no C compiler found${ccName ? ` (looked for "${ccName}")` : " (cc, gcc, clang)"}`, INSTALL_HINT);
  if (!cxxPath) throw new UserError(`no C++ compiler found${cxxName ? ` (looked for "${cxxName}")` : " (c++, g++, clang++)"}`, INSTALL_HINT);
  const v = await run(cmake, ["--version"]);
  const cmakeVersion = v.stdout.split("\n")[0].replace(/^cmake version\s*/, "").trim();
  const useCcache = env.LLAMA_PERF_GATE_CCACHE !== "0";
  return {
    cmake,
    cmakeVersion,
    cc: await compilerId(ccPath),
    cxx: await compilerId(cxxPath),
    ccache: useCcache ? await which("ccache", env) : null
  };
}

// src/build/index.ts
var LOG_TAIL_LINES = 30;
var STAMP = "llama-perf-gate-build.json";
function buildDirFor(cacheDir, commit, key) {
  return path2.join(worktreePath(cacheDir, commit), ".lpg-build", key);
}
async function buildVariants(plan, opts) {
  const env = opts.env ?? process.env;
  const repo = path2.resolve(plan.repo);
  const commits = [];
  const toolchains = [];
  for (const v of plan.variants) {
    commits.push(await resolveRef(repo, v.ref));
    toolchains.push(await detectToolchain(v.cmakeArgs, env));
  }
  await mkdir(opts.logDir, { recursive: true });
  const outcomes = [];
  for (let i = 0; i < plan.variants.length; i++) {
    outcomes.push(await buildVariant(plan.variants[i], repo, commits[i], toolchains[i], opts, env));
  }
  return outcomes;
}
async function buildVariant(v, repo, commit, toolchain, opts, env = process.env) {
  const t0 = performance.now();
  const logPath = path2.join(opts.logDir, `build-${v.id}.log`);
  await mkdir(opts.logDir, { recursive: true });
  const log = createWriteStream(logPath);
  const tail2 = [];
  const progress = forwardProgress();
  const note = (phase, line) => {
    tail2.push(line);
    if (tail2.length > LOG_TAIL_LINES) tail2.shift();
    opts.onProgress?.({ variant: v.id, phase, percent: phase === "build" ? progress(line) : void 0, line });
  };
  const outcome = (o) => ({
    variant: v.id,
    ok: false,
    ref: v.ref,
    commit,
    cmakeArgs: v.cmakeArgs,
    binDir: null,
    depthTool: null,
    reused: false,
    seconds: (performance.now() - t0) / 1e3,
    logPath,
    logTail: null,
    error: null,
    ...o
  });
  const locked = async (lock) => {
    const onGroup = (pgid) => lock.addGroup(pgid);
    const inputs = {
      commit,
      cmakeArgs: v.cmakeArgs,
      cc: toolchain.cc,
      cxx: toolchain.cxx,
      cmakeVersion: toolchain.cmakeVersion,
      envFlags: envFlags(env),
      ...v.replica && { replica: v.replica }
    };
    const key = buildKey(inputs);
    writeLine(log, `variant ${v.id} (${v.name}) ref ${v.ref} = ${commit}, build key ${key}`);
    const wt = await ensureWorktree(repo, commit, opts.cacheDir);
    writeLine(log, `worktree ${wt.path} (${wt.reused ? "reused" : "created"})`);
    const buildDir = buildDirFor(opts.cacheDir, commit, key);
    const childEnv2 = childEnv(env);
    if (toolchain.ccache && !coversPath(env.CCACHE_BASEDIR, opts.cacheDir)) childEnv2.CCACHE_BASEDIR = path2.resolve(opts.cacheDir);
    const previous = await readStamp(buildDir, key);
    if (previous) {
      writeLine(log, `reusing finished build ${buildDir} (same key)`);
      note("build", `reusing ${previous.binDir}`);
      let depthTool = previous.depthTool;
      if (depthTool === void 0) {
        depthTool = await addDepthTool({ buildDir, binDir: previous.binDir, toolchain, jobs: opts.jobs ?? os.availableParallelism(), env: childEnv2, log, onLine: note, onGroup });
        await writeStamp(buildDir, { ...previous.stamp, targets: depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET], depthTool });
      }
      return outcome({ ok: true, binDir: previous.binDir, depthTool, reused: true });
    }
    if (v.replica) writeLine(log, `build replica ${v.replica}: a separate build of the same commit and flags${toolchain.ccache ? " (ccache off)" : ""}`);
    const r = await cmakeBuild({
      srcDir: wt.path,
      buildDir,
      cmakeArgs: v.cmakeArgs,
      toolchain: v.replica ? { ...toolchain, ccache: null } : toolchain,
      jobs: opts.jobs ?? os.availableParallelism(),
      env: childEnv2,
      log,
      onLine: note,
      onGroup
    });
    if (!r.ok) {
      writeLine(log, `FAILED: ${r.error}`);
      return outcome({ error: r.error, logTail: tail2.join("\n") });
    }
    await writeStamp(buildDir, { key, inputs, targets: r.targets, depthTool: r.depthTool, binDir: r.binDir, finishedAt: (/* @__PURE__ */ new Date()).toISOString() });
    return outcome({ ok: true, binDir: r.binDir, depthTool: r.depthTool });
  };
  try {
    const lockPath = path2.join(opts.cacheDir, "locks", `${commit.slice(0, 12)}.lock`);
    const said = (line) => {
      note("configure", line);
      opts.log?.(line);
    };
    const onStale = (prev, leftovers) => {
      if (leftovers > 0) said(`stopped ${leftovers} leftover build process${leftovers === 1 ? "" : "es"} of ${describeOwner(prev)}, which is gone`);
    };
    return await withLock(lockPath, locked, said, `the build of ${commit.slice(0, 12)}`, onStale);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    tail2.push(msg);
    return outcome({ error: msg, logTail: tail2.slice(-LOG_TAIL_LINES).join("\n") });
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
}
async function writeStamp(buildDir, stamp) {
  writeFileAtomic(path2.join(buildDir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
}
async function readStamp(buildDir, key) {
  try {
    const s = JSON.parse(await readFile(path2.join(buildDir, STAMP), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string") return null;
    if (!await isExecutableFile(path2.join(s.binDir, BENCH_TARGET))) return null;
    let depthTool = typeof s.depthTool === "string" || s.depthTool === null ? s.depthTool : void 0;
    if (typeof depthTool === "string" && !await isExecutableFile(path2.join(s.binDir, depthTool))) depthTool = void 0;
    return { stamp: s, binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
function coversPath(base, p) {
  if (!base) return false;
  const rel = path2.relative(path2.resolve(base), path2.resolve(p));
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}

// src/pipeline/guest.ts
import { hostname } from "node:os";
function planGuest(plan) {
  const n = plan.levers.numaGuest;
  return n ? new Guest({ nodes: n, threads: plan.threads, files: plan.models.map((m) => m.path) }) : null;
}
function emulationWarning(nodes) {
  return `emulated ${nodes}-node guest (qemu TCG): throughput is not this machine's and is never gated; where memory and threads went is the finding`;
}
function guestCostNote(timings) {
  const med = (xs) => xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN;
  const ran = timings.filter((t) => t.upS !== null && t.ranS !== null);
  const overhead = med(ran.map((t) => t.wallMs / 1e3 - (t.ranS - t.upS)));
  const kernel = med(ran.map((t) => t.upS));
  return `emulated guest: ${timings.length} boots; per launch a median ${overhead.toFixed(1)} s of qemu's wall time beyond the command (kernel to init ${kernel.toFixed(1)} s of guest uptime)`;
}
async function experimentHost(plan, log) {
  const guest = planGuest(plan);
  if (!guest) return readFingerprint("/", { modelMapped: !plan.levers.noMmap });
  try {
    const fp = await guest.fingerprint().catch((e) => {
      throw new EnvironmentError(e.message, "see that qemu-system-x86_64 runs here (it needs no KVM) and that memory is free for the guest");
    });
    const s = guest.shape;
    const t = guest.timings[0];
    log(`emulated guest: ${s.nodes} nodes \xD7 ${s.cpusPerNode} CPU${s.cpusPerNode > 1 ? "s" : ""}, ${s.memMiBPerNode} MiB each; one boot per launch (this one: ${(t.wallMs / 1e3).toFixed(1)} s, kernel to init ${t.upS ?? "?"} s)`);
    return { ...fp, hostname: `guest of ${hostname()}`, warnings: [emulationWarning(s.nodes), ...fp.warnings] };
  } finally {
    guest.close();
  }
}

// src/pipeline/signals.ts
import { constants as osConstants } from "node:os";
function onInterrupt(log) {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  let count = 0;
  const handler = (sig) => {
    count++;
    if (count === 1) {
      log(`${sig}: stopping ${liveGroups().length} running process group(s); what was measured is kept (again to quit at once)`);
      void stopAll(sig);
    } else {
      void stopAll(sig, 0).finally(() => process.exit(128 + (osConstants.signals[sig] ?? 0)));
    }
  };
  for (const s of signals) process.on(s, handler);
  return { remove: () => signals.forEach((s) => process.off(s, handler)) };
}

// src/pipeline/out-dir.ts
import { existsSync as existsSync2, mkdirSync as mkdirSync2, readFileSync as readFileSync3 } from "node:fs";
import { join as join5 } from "node:path";
var OUT_LOCK = ".llama-perf-gate.lock";
function experimentIdentity(plan, commits) {
  return {
    repo: plan.repo,
    model: (plan.models ?? [{ path: plan.model ?? "" }]).map((m) => m.path).join(","),
    variants: plan.variants.map((v, i) => ({ id: v.id, ref: v.ref, commit: commits[i] ?? null, cmakeArgs: v.cmakeArgs, runArgs: v.runArgs, env: v.env, slowdown: v.slowdown })),
    workloads: plan.workloads.map((w) => w.id)
  };
}
function identityOfResults(r) {
  const plan = r.plan;
  if (!plan || !Array.isArray(plan.variants) || !Array.isArray(plan.workloads)) return null;
  const commits = plan.variants.map((v) => r.builds?.find((b) => b.variant === v.id)?.commit ?? null);
  try {
    return experimentIdentity(plan, commits);
  } catch {
    return null;
  }
}
function identityDifference(had, now) {
  if (had.repo !== now.repo) return `repo ${had.repo}, not ${now.repo}`;
  if (had.model !== now.model) return `model ${had.model}, not ${now.model}`;
  for (const [i, v] of now.variants.entries()) {
    const h = had.variants[i];
    if (!h) return "fewer variants";
    if (h.commit && v.commit && h.commit !== v.commit) return `variant ${v.id} at ${h.ref} (${h.commit.slice(0, 12)}), not ${v.ref} (${v.commit.slice(0, 12)})`;
    if (!(h.commit && v.commit) && h.ref !== v.ref) return `variant ${v.id} at ${h.ref}, not ${v.ref}`;
    if (JSON.stringify([h.cmakeArgs, h.runArgs, h.env, h.slowdown]) !== JSON.stringify([v.cmakeArgs, v.runArgs, v.env, v.slowdown])) return `variant ${v.id} with other CMake args, run args, env or slowdown`;
  }
  if (JSON.stringify(had.workloads) !== JSON.stringify(now.workloads)) return `workloads ${had.workloads.join(",")}, not ${now.workloads.join(",")}`;
  return null;
}
async function claimOut(out, identity, opts = {}) {
  const got = await lockOut(out, opts.log);
  try {
    const previous = checkPrevious(out, identity, opts);
    return { lock: got, previous, held: previous === "same" ? heldExperiment(out) : null, release: () => got.release() };
  } catch (e) {
    await got.release();
    throw e;
  }
}
async function claimOutFor(out, id, opts = {}) {
  const got = await lockOut(out, opts.log);
  const path3 = join5(out, "results.json");
  if (!opts.force && existsSync2(path3)) {
    const held = heldExperiment(out);
    if (held?.id !== id) {
      await got.release();
      throw new UserError(
        `--out ${out} holds ${held ? `the results of experiment ${held.id.slice(0, 4)}\u2026` : "a results.json of no experiment"}, not of experiment ${id.slice(0, 4)}\u2026; refusing to overwrite them`,
        "give that experiment's own --out, or another directory, e.g. --out perf-out-more"
      );
    }
  }
  return got;
}
async function lockOut(out, log) {
  mkdirSync2(out, { recursive: true });
  const lockPath = join5(out, OUT_LOCK);
  const got = await tryLock(lockPath, `writing ${out}`, (prev) => log?.(`took over the lock of ${out} left by pid ${prev?.pid ?? "?"} (that process is gone)`));
  if (!("release" in got)) {
    throw new UserError(`--out ${out} is in use: ${waitLine(got.heldBy, lockPath).replace(/^waiting for /, "")}`, "wait for that run to finish, or write elsewhere, e.g. --out perf-out-2");
  }
  return got;
}
function heldExperiment(out) {
  const path3 = join5(out, "results.json");
  try {
    const r = JSON.parse(readFileSync3(path3, "utf8"));
    const id = r.experiment?.id;
    if (typeof id !== "string") return null;
    const measured2 = [...Array.isArray(r.launches) ? r.launches : [], ...Array.isArray(r.depthLaunches) ? r.depthLaunches : []].filter((l) => l?.status !== "skipped");
    return { path: path3, id, launches: measured2.length };
  } catch {
    return null;
  }
}
function checkPrevious(out, identity, opts) {
  const path3 = join5(out, "results.json");
  let text;
  try {
    text = readFileSync3(path3, "utf8");
  } catch {
    return "none";
  }
  let had = null;
  try {
    had = identityOfResults(JSON.parse(text));
  } catch {
    had = null;
  }
  const why = had ? identityDifference(had, identity) : "a results.json this version cannot read";
  if (why === null) return "same";
  if (!opts.force) {
    throw new UserError(
      `--out ${out} holds the results of another experiment (${why}); refusing to overwrite them`,
      "give another directory, e.g. --out perf-out-2, or add --force to overwrite them"
    );
  }
  opts.log?.(`--force: overwriting the results of another experiment in ${out} (${why})`);
  return "forced";
}

// src/pipeline/preflight.ts
var FLAG = { A: "--base", B: "--head" };
function checkPlanPlacements(plan) {
  const guest = plan.levers.numaGuest;
  if (guest) guestTools();
  checkPlacements(plan.workloads.map((w) => w.numa), guest ? guestNodes(guestShape(guest, plan.threads)) : void 0);
}
async function preflight(plan) {
  checkPlanPlacements(plan);
  if (!await which("git")) throw new EnvironmentError("cannot run git: not found on PATH", "install it (apt-get install git) or put it on PATH");
  for (const v of plan.variants) {
    await detectToolchain(v.cmakeArgs).catch((e) => {
      throw e instanceof UserError ? new EnvironmentError(e.message, e.hint) : e;
    });
  }
  const commits = [];
  for (const v of plan.variants) {
    try {
      commits.push(await resolveRef(plan.repo, v.ref));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const flag = FLAG[v.id];
      throw new UserError(`${flag} ${v.ref}: ${e.message}`, `${e.hint ? `${e.hint}; ` : ""}example: ${flag} main`);
    }
  }
  return { commits, warnings: await dirtyHeadWarnings(plan, commits) };
}
async function dirtyHeadWarnings(plan, commits) {
  const head = await run("git", ["-C", plan.repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code !== 0) return [];
  const headCommit = head.stdout.trim();
  const onHead = plan.variants.filter((_, i) => commits[i] === headCommit);
  if (onHead.length === 0) return [];
  const st = await run("git", ["-C", plan.repo, "status", "--porcelain=v1", "--untracked-files=normal"]);
  const files = st.stdout.split("\n").filter((l) => l.trim()).map((l) => l.slice(3));
  if (st.code !== 0 || files.length === 0) return [];
  const shown = files.slice(0, 10).join(", ") + (files.length > 10 ? ` and ${files.length - 10} more` : "");
  return onHead.map(
    (v) => `${FLAG[v.id]} ${v.ref} is the HEAD of ${plan.repo} (${headCommit.slice(0, 12)}), which has uncommitted changes (${shown}): only committed code is built, so these changes are NOT measured; commit them (or stash them) to benchmark them`
  );
}

// src/pipeline/models.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync3, renameSync, rmSync } from "node:fs";
import { dirname as dirname2 } from "node:path";

// src/model/gguf-writer.ts
import { openSync as openSync2, writeSync, closeSync as closeSync2 } from "node:fs";
var GGUF_MAGIC = 1179993927;
var GGUF_VERSION = 3;
var GGUF_ALIGNMENT = 32;
var T_UINT32 = 4;
var T_FLOAT32 = 6;
var T_STRING = 8;
var ByteSink = class {
  chunks = [];
  length = 0;
  push(b) {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  u64(v) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s) {
    const bytes = Buffer.from(s, "utf8");
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(to) {
    const rem = this.length % to;
    if (rem !== 0) this.push(Buffer.alloc(to - rem));
  }
  bytes() {
    return Buffer.concat(this.chunks);
  }
};
function tensorBytes(t) {
  const { block, bytes } = TENSOR_TYPES[t.type];
  if (t.dims[0] % block !== 0) throw new Error(`${t.type} tensor rows must be a multiple of ${block} weights (got ${t.dims[0]})`);
  return t.dims.reduce((a, b) => a * b, 1) / block * bytes;
}
var alignUp = (n, a) => Math.ceil(n / a) * a;
function writeGguf(path3, meta, tensors) {
  const head = new ByteSink();
  head.u32(GGUF_MAGIC);
  head.u32(GGUF_VERSION);
  head.u64(tensors.length);
  head.u64(meta.length);
  for (const [key, v] of meta) {
    head.str(key);
    if ("u32" in v) {
      head.u32(T_UINT32);
      head.u32(v.u32);
    } else if ("f32" in v) {
      head.u32(T_FLOAT32);
      head.f32(v.f32);
    } else {
      head.u32(T_STRING);
      head.str(v.str);
    }
  }
  let offset = 0;
  const offsets = [];
  for (const t of tensors) {
    head.str(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(TENSOR_TYPES[t.type].ggml);
    head.u64(offset);
    offsets.push(offset);
    offset = alignUp(offset + tensorBytes(t), GGUF_ALIGNMENT);
  }
  head.pad(GGUF_ALIGNMENT);
  return replaceAtomically(path3, (tmp) => writeData(tmp, head.bytes(), tensors, offsets));
}
function writeData(path3, h, tensors, offsets) {
  const fd = openSync2(path3, "w");
  try {
    writeAll(fd, h);
    let written = h.length;
    const CHUNK = 1 << 20;
    const vals = new Float32Array(CHUNK);
    tensors.forEach((t, i) => {
      const start = h.length + offsets[i];
      if (written < start) written += writeAll(fd, Buffer.alloc(start - written));
      const n = t.dims.reduce((a, b) => a * b, 1);
      for (let done = 0; done < n; done += CHUNK) {
        const m = Math.min(CHUNK, n - done);
        const view = vals.subarray(0, m);
        t.fill(view, done);
        written += writeAll(fd, encodeTensorData(t.type, view));
      }
    });
    return written;
  } finally {
    closeSync2(fd);
  }
}
function writeAll(fd, b) {
  for (let off = 0; off < b.length; ) off += writeSync(fd, b, off);
  return b.length;
}

// src/model/synthetic.ts
function outputType(t) {
  return t === "q4_0" ? "q8_0" : t;
}
var FILE_TYPE = { f32: 0, f16: 1, q4_0: 2, q8_0: 7 };
function checkShape(s) {
  for (const k of ["embd", "layers", "ff", "vocab", "heads", "kvHeads", "ctx"]) {
    if (!Number.isInteger(s[k]) || s[k] <= 0) {
      throw new UserError(`model shape: ${k} must be a positive integer (got ${s[k]})`, "example: --embd 384 --layers 6");
    }
  }
  if (s.embd % s.heads !== 0) throw new UserError(`model shape: embd ${s.embd} is not divisible by heads ${s.heads}`);
  if (s.heads % s.kvHeads !== 0) throw new UserError(`model shape: heads ${s.heads} is not divisible by kv-heads ${s.kvHeads}`);
  if (s.embd / s.heads % 2 !== 0) throw new UserError(`model shape: head size ${s.embd / s.heads} must be even (RoPE)`);
  const block = TENSOR_TYPES[s.type].block;
  for (const [k, flag] of [["embd", "--embd"], ["ff", "--ff"]]) {
    if (s[k] % block !== 0) {
      throw new UserError(
        `model shape: --type ${s.type} stores rows in blocks of ${block} weights, and ${flag} ${s[k]} is not a multiple of ${block}`,
        `example: --type ${s.type} --embd 384 --ff 1024 (or --type f16)`
      );
    }
  }
}
function parameterCount(s) {
  const kv = s.embd / s.heads * s.kvHeads;
  const perLayer = 2 * s.embd + 2 * s.embd * s.embd + 2 * s.embd * kv + 3 * s.embd * s.ff;
  return s.vocab * s.embd * (s.tied === false ? 2 : 1) + s.embd + s.layers * perLayer;
}
function uniformFill(seed, scale) {
  return (out, offset) => {
    let a = (seed ^ Math.imul(offset, 2654435761)) >>> 0;
    for (let i = 0; i < out.length; i++) {
      a = a + 1831565813 >>> 0;
      let t = a;
      t = Math.imul(t ^ t >>> 15, t | 1);
      t ^= t + Math.imul(t ^ t >>> 7, t | 61);
      out[i] = (((t ^ t >>> 14) >>> 0) / 4294967296 * 2 - 1) * scale;
    }
  };
}
var ones = (out) => out.fill(1);
function viaF16(fill) {
  return (out, offset) => {
    fill(out, offset);
    roundToF16(out);
  };
}
function writeSyntheticModel(path3, s) {
  checkShape(s);
  const headDim = s.embd / s.heads;
  const kv = headDim * s.kvHeads;
  const tied = s.tied !== false;
  const a = 0.02 * Math.sqrt(3);
  let n = 0;
  const w = (name, dims, type = s.type) => {
    const fill = uniformFill(s.seed + n++, a);
    return { name, dims, type, fill: type === "f32" || type === "f16" ? fill : viaF16(fill) };
  };
  const norm = (name) => ({ name, dims: [s.embd], type: "f32", fill: ones });
  const tensors = [w("token_embd.weight", [s.embd, s.vocab], tied ? outputType(s.type) : s.type), norm("output_norm.weight")];
  if (!tied) tensors.push(w("output.weight", [s.embd, s.vocab], outputType(s.type)));
  for (let i = 0; i < s.layers; i++) {
    const p = `blk.${i}.`;
    tensors.push(
      norm(`${p}attn_norm.weight`),
      w(`${p}attn_q.weight`, [s.embd, s.embd]),
      w(`${p}attn_k.weight`, [s.embd, kv]),
      w(`${p}attn_v.weight`, [s.embd, kv]),
      w(`${p}attn_output.weight`, [s.embd, s.embd]),
      norm(`${p}ffn_norm.weight`),
      w(`${p}ffn_gate.weight`, [s.embd, s.ff]),
      w(`${p}ffn_up.weight`, [s.embd, s.ff]),
      w(`${p}ffn_down.weight`, [s.ff, s.embd])
    );
  }
  const params = parameterCount(s);
  const meta = [
    ["general.architecture", { str: "llama" }],
    ["general.name", { str: `llama-perf-gate synthetic ${(params / 1e6).toFixed(0)}M ${s.type}` }],
    ["general.file_type", { u32: FILE_TYPE[s.type] }],
    ["llama.context_length", { u32: s.ctx }],
    ["llama.embedding_length", { u32: s.embd }],
    ["llama.block_count", { u32: s.layers }],
    ["llama.feed_forward_length", { u32: s.ff }],
    ["llama.attention.head_count", { u32: s.heads }],
    ["llama.attention.head_count_kv", { u32: s.kvHeads }],
    ["llama.attention.layer_norm_rms_epsilon", { f32: 1e-5 }],
    ["llama.rope.dimension_count", { u32: headDim }],
    ["llama.rope.freq_base", { f32: s.ropeTheta ?? 1e4 }],
    ["llama.vocab_size", { u32: s.vocab }],
    ["tokenizer.ggml.model", { str: "no_vocab" }]
  ];
  return { bytes: writeGguf(path3, meta, tensors), params };
}

// src/pipeline/models.ts
function ensureModels(plan, log = () => {
}) {
  for (const m of plan.models) {
    if (!m.preset || existsSync3(m.path)) continue;
    mkdirSync3(dirname2(m.path), { recursive: true });
    const tmp = `${m.path}.${process.pid}.tmp`;
    try {
      const { params, bytes } = writeSyntheticModel(tmp, { ...PRESETS[m.preset.preset], type: m.preset.type, seed: 1 });
      renameSync(tmp, m.path);
      log(`wrote model ${m.name}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB (${m.path})`);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  for (const m of plan.models) readGgufHeader(m.path);
}

// src/pipeline/version.ts
var TOOL = { "name": "llama-perf-gate", "version": "0.1.0" };

// src/pipeline/experiment.ts
import { statSync as statSync4 } from "node:fs";

// src/store/identity.ts
import { createHash as createHash5 } from "node:crypto";
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync2, statSync as statSync3 } from "node:fs";
var MODEL_HEAD_BYTES = 4 * 1024 * 1024;
function modelIdentity(path3) {
  let fd;
  try {
    fd = openSync3(path3, "r");
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(Math.min(Math.max(MODEL_HEAD_BYTES, headerBytes(path3)), statSync3(path3).size));
    const n = readSync2(fd, buf, 0, buf.length, 0);
    return { size: statSync3(path3).size, headSha256: createHash5("sha256").update(buf.subarray(0, n)).digest("hex") };
  } finally {
    closeSync3(fd);
  }
}
function headerBytes(path3) {
  try {
    return readGgufHeader(path3).headerBytes;
  } catch {
    return 0;
  }
}
function modelsIdentity(models) {
  if (models.length === 1) return modelIdentity(models[0].path);
  return models.map((m) => ({ name: m.name, file: modelIdentity(m.path) }));
}
function modelChanges(a, b) {
  if (canonical(a) === canonical(b)) return [];
  const named = (x) => Array.isArray(x) ? x : null;
  const [na, nb] = [named(a), named(b)];
  if (!na || !nb) return [na || nb ? "models (one model, not several)" : "model (another file: size or header hash)"];
  const out = [];
  for (const m of nb) {
    const was = na.find((x) => x.name === m.name);
    if (!was) out.push(`model ${m.name} added`);
    else if (canonical(was.file) !== canonical(m.file)) out.push(`model ${m.name} (another file: size or header hash)`);
  }
  for (const m of na) if (!nb.some((x) => x.name === m.name)) out.push(`model ${m.name} removed`);
  if (out.length === 0) out.push("models (order)");
  return out;
}
function hostIdentity(h) {
  if (!h) return null;
  return {
    cpuModel: h.cpuModel,
    sockets: h.sockets,
    coresPerSocket: h.coresPerSocket,
    threadsPerCore: h.threadsPerCore,
    logicalCpus: h.logicalCpus,
    numaNodes: h.numaNodes.length,
    kernel: h.kernel
  };
}
function experimentIdentity2(plan, builds, host) {
  return {
    variants: plan.variants.map((v) => ({
      id: v.id,
      commit: builds.find((b) => b.variant === v.id)?.commit ?? v.ref,
      cmakeArgs: v.cmakeArgs,
      runArgs: v.runArgs,
      env: Object.fromEntries(Object.entries(v.env).sort()),
      ...v.slowdown !== void 0 && { slowdown: v.slowdown },
      ...v.replica && { replica: v.replica }
    })),
    model: modelsIdentity(plan.models),
    workloads: plan.workloads,
    threads: plan.threads,
    levers: Object.fromEntries(Object.entries(plan.levers).sort()),
    decision: { warmupBlocks: plan.warmupBlocks, margin: plan.margin, alpha: plan.alpha, method: plan.method },
    host: hostIdentity(host)
  };
}
function identityHash(id) {
  return createHash5("sha256").update(canonical(id)).digest("hex");
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}
function identityChanges(a, b) {
  const out = [];
  for (const i of [0, 1]) {
    const [x, y] = [a.variants[i], b.variants[i]];
    const name = i === 0 ? "A" : "B";
    if (!x || !y) continue;
    if (x.commit !== y.commit) out.push(`${name} commit`);
    if (canonical(x.cmakeArgs) !== canonical(y.cmakeArgs)) out.push(`${name} CMake args`);
    if (canonical(x.runArgs) !== canonical(y.runArgs)) out.push(`${name} run args`);
    if (canonical(x.env) !== canonical(y.env)) out.push(`${name} env`);
    if (x.slowdown !== y.slowdown) out.push(`${name} slowdown`);
    if ((x.replica ?? 0) !== (y.replica ?? 0)) out.push(`${name} build replica`);
  }
  out.push(...modelChanges(a.model, b.model));
  const parts = ["workloads", "threads", "levers", "decision", "host"];
  for (const k of parts) if (canonical(a[k]) !== canonical(b[k])) out.push(k);
  return out;
}

// src/store/rebuild.ts
function rebuildExperiment(store, r, value) {
  const id = r.experiment?.id;
  if (!id) throw new UserError("this results.json names no experiment: it cannot rebuild a store", "it was written by a llama-perf-gate without experiments; start a new experiment instead");
  const identity = experimentIdentity2(r.plan, r.builds, r.host);
  const labels = r.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
  const [first, ...rest] = r.experiment.segments;
  const run2 = first ?? { kind: "run", at: r.startedAt, fromBlocks: 0, toBlocks: r.plan.maxBlocks };
  store.batch(() => {
    store.createExperiment(identity, identityHash(identity), { ...r, finishedAt: null }, run2, id);
    for (const s of rest) store.addSegment(id, s);
    for (const b of r.schedule.blocks) store.saveBlockOrder(id, b.block, b.order);
    for (const l of r.launches.filter((x) => x.status !== "skipped")) {
      store.appendLaunch(id, l, value(l), r.flavour, labels[l.variant === "A" ? 0 : 1] ?? null);
    }
    for (const l of (r.depthLaunches ?? []).filter((x) => x.status !== "skipped")) store.appendDepthLaunch(id, l);
    const look = r.design?.looks.at(-1);
    if (r.design && look && r.analysis) store.recordLook(id, look.blocks, r.analysis, r.design);
  }, `rebuilding experiment ${id} from results.json`);
  return id;
}

// src/pipeline/experiment.ts
function withStoreLock(storePath, log, fn) {
  return withLock(`${storePath}.lock`, fn, (line) => log(line), `the experiment store ${storePath} (writing)`);
}
var REBUILD_HINT = "add --store-from-results to rebuild it from that file (the run then resumes it), pass --store PATH to the store that has it, or add --force to start a new experiment over these results";
function checkStore(storePath, held, fromResults, log) {
  if (!held) {
    if (fromResults) throw new UserError("--store-from-results: --out holds no results.json of this experiment to rebuild the store from", "drop --store-from-results, or give the --out of the run whose store was lost");
    ExperimentStore.open(storePath).close();
    return;
  }
  const what = `${held.path} holds experiment ${held.id.slice(0, 4)}\u2026 (${held.launches} launches)`;
  checkStorePath(storePath);
  const st = statSync4(storePath, { throwIfNoEntry: false });
  const missing = !st ? "does not exist" : st.isFile() && st.size === 0 ? "is empty" : null;
  if (missing && !fromResults) throw new UserError(`${what}, but the experiment store ${storePath} ${missing}`, REBUILD_HINT);
  const store = ExperimentStore.open(storePath);
  try {
    const has = store.has(held.id) ? measured(store.loadResults(held.id)) : null;
    if (has !== null && has >= held.launches) {
      if (fromResults) log(`the experiment store ${storePath} already holds experiment ${held.id.slice(0, 4)}\u2026: --store-from-results has nothing to do`);
      return;
    }
    const lacks = has === null ? "does not have it" : `has only ${has} of its launches (an older copy?)`;
    if (!fromResults) throw new UserError(`${what}, but the experiment store ${storePath} ${lacks}`, REBUILD_HINT);
    if (has !== null) throw new UserError(`${what}, but the experiment store ${storePath} ${lacks}; --store-from-results does not merge`, `move that store away (mv ${storePath} ${storePath}.old) and run the same command again`);
    rebuildExperiment(store, readResultsFileSync(held.path), storedValue);
    log(`rebuilt experiment ${held.id.slice(0, 4)}\u2026 in the experiment store ${storePath} from ${held.path} (${held.launches} launches)`);
  } finally {
    store.close();
  }
}
function measured(r) {
  return [...r.launches, ...r.depthLaunches ?? []].filter((l) => l.status !== "skipped").length;
}
function completeCountedBlocks(r) {
  const byBlock = /* @__PURE__ */ new Map();
  for (const l of [...r.launches, ...r.depthLaunches ?? []]) byBlock.set(l.block, (byBlock.get(l.block) ?? 0) + 1);
  let complete = 0;
  for (const b of r.schedule.blocks) {
    if (b.block < r.plan.warmupBlocks) continue;
    if ((byBlock.get(b.block) ?? 0) >= b.order.length) complete = Math.max(complete, b.block + 1 - r.plan.warmupBlocks);
  }
  return complete;
}
function standing(store, id, r, counted, state, log) {
  if (counted === 0 || r.launches.length === 0) return { pending: r.plan.workloads.map((w) => w.id), design: state };
  const done = new Set(r.schedule.blocks.filter((b) => b.block < counted + r.plan.warmupBlocks).map((b) => b.block));
  const complete = { ...r, launches: r.launches.filter((l) => done.has(l.block)), depthLaunches: r.depthLaunches?.filter((l) => done.has(l.block)) };
  const d = decideLook(complete, counted, state);
  if (!d.atLook || state?.looks.some((l) => l.blocks === counted)) return { pending: d.pending, design: state };
  keepLook(store, id, counted, d, log, " (not recorded before the interrupt)");
  return { pending: d.pending, design: d.state };
}
function keepLook(store, id, counted, d, log, note = "") {
  store.recordLook(id, counted, wordAnalysis(d.analysis), d.state);
  log(`look at ${counted} blocks${note}: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(", ")}`);
}
function storedDepthLaunches(stored) {
  const blocks = new Set(stored.schedule.blocks.map((b) => b.block));
  return (stored.depthLaunches ?? []).filter((l) => blocks.has(l.block));
}
function beginExperiment(results, storePath, log, previousInOut) {
  const store = ExperimentStore.open(storePath);
  const identity = experimentIdentity2(results.plan, results.builds, results.host);
  const hash = identityHash(identity);
  const labels = {
    A: variantLabel(identity.variants[0].commit, results.plan.variants[0]),
    B: variantLabel(identity.variants[1].commit, results.plan.variants[1])
  };
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const resumeId = store.findResumable(hash);
  if (resumeId) {
    const stored = store.loadResults(resumeId);
    const counted = completeCountedBlocks(stored);
    const out = results.plan.out;
    if (results.plan.maxBlocks !== stored.plan.maxBlocks) {
      log(`keeping the experiment's ${stored.plan.maxBlocks} blocks (this command asked for ${results.plan.maxBlocks}); to add blocks: llama-perf-gate more --experiment ${resumeId.slice(0, 4)}`);
    }
    const depthLaunches = storedDepthLaunches(stored);
    Object.assign(results, {
      plan: { ...stored.plan, out },
      startedAt: stored.startedAt,
      schedule: { seed: stored.plan.seed, blocks: stored.schedule.blocks },
      launches: stored.launches,
      ...stored.plan.depthSweep ? { depthLaunches } : {},
      analysis: stored.analysis,
      notes: stored.notes
    });
    store.addSegment(resumeId, { kind: "resume", at: now, fromBlocks: counted, toBlocks: stored.plan.maxBlocks });
    results.experiment = { id: resumeId, store: storePath, segments: store.segments(resumeId) };
    log(`resuming experiment ${resumeId.slice(0, 4)}\u2026 at block ${counted + 1} of ${stored.plan.maxBlocks} (${stored.launches.length + depthLaunches.length} launches stored; builds reused)`);
    const { pending, design } = standing(store, resumeId, stored, counted, store.lastDesignState(resumeId), log);
    if (design) results.design = design;
    return {
      store,
      id: resumeId,
      labels,
      design,
      resume: { launches: stored.launches, depthLaunches, schedule: stored.schedule.blocks, active: counted === 0 ? null : pending }
    };
  }
  const id = store.createExperiment(identity, hash, results, { kind: "run", at: now, fromBlocks: 0, toBlocks: results.plan.maxBlocks });
  results.experiment = { id, store: storePath, segments: store.segments(id) };
  if (previousInOut && store.has(previousInOut)) {
    const changes = identityChanges(store.identity(previousInOut), identity);
    const what = changes.length > 0 ? `the plan changed (${changes.join(", ")})` : `experiment ${previousInOut.slice(0, 4)}\u2026 is finished`;
    log(`${results.plan.out} held experiment ${previousInOut.slice(0, 4)}\u2026; ${what}: this is a new experiment ${id.slice(0, 4)}\u2026 (the earlier one stays in the store)`);
  } else {
    log(`experiment ${id.slice(0, 4)}\u2026 (store ${storePath})`);
  }
  return { store, id, labels, resume: null, design: null };
}
function storedValue(l) {
  return l.status === "ok" && l.records.length > 0 ? launchValue(l.records[0]) : null;
}

// src/pipeline/benchmark.ts
import { join as join11 } from "node:path";

// src/host/measure.ts
import { readFileSync as readFileSync5 } from "node:fs";

// src/host/native.ts
import { createHash as createHash6 } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync as existsSync4, mkdirSync as mkdirSync4, readFileSync as readFileSync4, readdirSync, renameSync as renameSync2, rmSync as rmSync2 } from "node:fs";
import { homedir } from "node:os";
import { join as join6 } from "node:path";
import { fileURLToPath } from "node:url";
var FLAGS = {
  "lpg-measure": { args: ["-O2", "-Wall"], ext: "" },
  "lpg-probe": { args: ["-O2", "-Wall", "-fPIC", "-shared", "-pthread"], ext: ".so" },
  // LD_PRELOADed into benchmark processes (src/bench/slowdown.ts); dlsym needs -ldl before glibc 2.34.
  "lpg-slowdown": { args: ["-O2", "-Wall", "-fPIC", "-shared"], ext: ".so", libs: ["-ldl"] }
};
function nativeSourceDir() {
  const candidates = ["../../native/", "../native/"].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((d) => existsSync4(join6(d, "lpg-measure.c"))) ?? candidates[0];
}
function nativeCacheDir(env = process.env) {
  const base = env.LLAMA_PERF_GATE_CACHE || join6(homedir(), ".cache", "llama-perf-gate");
  return join6(base, "native");
}
function compiler(env) {
  const cc = env.CC || "cc";
  try {
    execFileSync(cc, ["--version"], { stdio: "ignore" });
  } catch {
    throw new UserError(
      `no C compiler found (tried "${cc}"): llama-perf-gate compiles its small native helpers (native/*.c) at first use`,
      "install one: apt-get install gcc (Debian/Ubuntu) or dnf install gcc; or set CC to a compiler"
    );
  }
  return cc;
}
var built = /* @__PURE__ */ new Map();
function nativeArtifact(name, env = process.env) {
  const src = join6(nativeSourceDir(), `${name}.c`);
  let source;
  try {
    source = readFileSync4(src);
  } catch {
    throw new UserError(`native source ${src} is missing`, "reinstall llama-perf-gate: the native/ folder ships with it");
  }
  const { args, ext, libs = [] } = FLAGS[name];
  const headers = readdirSync(nativeSourceDir()).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".h")).sort();
  const h = createHash6("sha256").update(source);
  for (const f of headers) h.update(f).update(readFileSync4(join6(nativeSourceDir(), f)));
  const hash = h.update([...args, ...libs].join(" ")).digest("hex").slice(0, 16);
  const dir = nativeCacheDir(env);
  const out = join6(dir, `${name}-${hash}${ext}`);
  if (built.get(name) === out || existsSync4(out)) {
    built.set(name, out);
    return out;
  }
  const cc = compiler(env);
  mkdirSync4(dir, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync(cc, [...args, "-o", tmp, src, ...libs], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    rmSync2(tmp, { force: true });
    const stderr = e.stderr?.toString().trim() ?? String(e);
    throw new UserError(`compiling ${src} with ${cc} failed:
${stderr}`, "check that the compiler works (cc --version) and gcc/libc headers are installed (apt-get install gcc libc6-dev)");
  }
  renameSync2(tmp, out);
  built.set(name, out);
  return out;
}

// src/host/measure.ts
function wrapMeasured(argv, outFile, opts = {}) {
  const interval = opts.intervalMs ?? 100;
  return [nativeArtifact("lpg-measure"), "--out", outFile, "--interval-ms", String(Math.max(1, Math.round(interval))), "--", ...argv];
}
function readMeasureReport(outFile) {
  try {
    const r = JSON.parse(readFileSync5(outFile, "utf8"));
    return r && r.version === 1 ? r : null;
  } catch {
    return null;
  }
}
function toLaunchMemory(r) {
  const s = r.peak ?? r.last;
  return {
    peakRssKiB: r.peak_rss_kib,
    minorFaults: r.minor_faults,
    majorFaults: r.major_faults,
    nodeKiB: s ? s.nodes_kib : null,
    anonNodeKiB: s ? s.anon_nodes_kib : null,
    shmemNodeKiB: s ? s.shmem_nodes_kib ?? null : null,
    sampleRssKiB: s ? s.vmrss_kib : null,
    sampleAtMs: s ? s.t_ms : null,
    lastNodeKiB: r.last ? r.last.nodes_kib : null,
    samples: r.samples,
    sampleCostMs: r.sample_cost_ms,
    userMs: r.user_ms,
    sysMs: r.sys_ms
  };
}
function readMeasurement(outFile) {
  const r = readMeasureReport(outFile);
  return r ? toLaunchMemory(r) : null;
}
function measureHooks(opts = {}) {
  return { wrap: (argv, outFile) => wrapMeasured(argv, outFile, opts), read: readMeasurement };
}

// src/parse/detect.ts
function detectFormat(text) {
  const first = text.split("\n").map((l) => l.trim()).find((l) => l !== "");
  if (first === void 0) return null;
  if (first.startsWith("[")) return "json";
  if (first.startsWith("{")) return "jsonl";
  if (/^(CREATE TABLE|INSERT INTO)\b/i.test(first)) return "sql";
  if (first.startsWith("|")) return "md";
  if (/(^|,)"?n_prompt"?(,|$)/.test(first)) return "csv";
  return null;
}

// src/parse/json.ts
function errorLine(text, err) {
  const lc = /line (\d+) column \d+/.exec(err.message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(err.message);
  if (pos) return lineAt(text, Number(pos[1]));
  return lineAt(text, text.trimEnd().length);
}
function elementLines(text) {
  const lines = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === "]" || c === "}") depth--;
  }
  return lines;
}
var IK_REPACK_NOTICE = /^=+ Repacked \d+ tensors\s*$/gm;
function parseJson(raw, source) {
  const text = raw.replace(IK_REPACK_NOTICE, "");
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw malformed(source, errorLine(text, e), e.message, "json");
  }
  if (!Array.isArray(data)) throw malformed(source, 1, "expected a JSON array of tests", "json");
  const starts = elementLines(text);
  const tests = data.map((el, i) => {
    const line = starts[i] ?? 1;
    if (typeof el !== "object" || el === null || Array.isArray(el)) throw malformed(source, line, `element ${i + 1} is not an object`, "json");
    return { fields: el, line };
  });
  return tests.map((t) => toBenchRecord(t, flavourFromFields(Object.keys(t.fields)), source, "json"));
}
function parseJsonl(text, source) {
  const out = [];
  text.split("\n").forEach((lineText, i) => {
    const s = lineText.trim();
    if (s === "") return;
    let obj;
    try {
      obj = JSON.parse(s);
    } catch (e) {
      throw malformed(source, i + 1, e.message, "jsonl");
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw malformed(source, i + 1, "line is not a JSON object", "jsonl");
    const fields = obj;
    out.push(toBenchRecord({ fields, line: i + 1 }, flavourFromFields(Object.keys(fields)), source, "jsonl"));
  });
  return out;
}

// src/parse/csv.ts
function splitCsvLine(line) {
  const cells2 = [];
  let i = 0;
  for (; ; ) {
    let cell = "";
    if (line[i] === '"') {
      i++;
      for (; ; ) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      if (i < line.length && line[i] !== ",") return null;
    } else {
      const end = line.indexOf(",", i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells2.push(cell);
    if (i >= line.length) return cells2;
    i++;
  }
}
function parseCsv(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  if (lines.length === 0) throw malformed(source, 0, "no header line", "csv");
  const header2 = splitCsvLine(lines[0].text);
  if (!header2 || !header2.includes("n_prompt") || !header2.includes("n_gen")) {
    throw malformed(source, lines[0].n, "first line is not a llama-bench CSV header (no n_prompt/n_gen columns)", "csv");
  }
  const flavour = flavourFromFields(header2);
  return lines.slice(1).map((l) => {
    const cells2 = splitCsvLine(l.text);
    if (!cells2) throw malformed(source, l.n, "unterminated quoted value", "csv");
    if (cells2.length !== header2.length) {
      throw malformed(source, l.n, `row has ${cells2.length} values, header has ${header2.length} columns`, "csv");
    }
    const fields = {};
    header2.forEach((name, i) => fields[name] = typedValue(name, cells2[i], flavour));
    return toBenchRecord({ fields, line: l.n }, flavour, source, "csv");
  });
}

// src/parse/md.ts
var DISPLAY_TO_FIELD = {
  ngl: "n_gpu_layers",
  sm: "split_mode",
  threads: "n_threads",
  nkvo: "no_kv_offload",
  fa: "flash_attn",
  lm: "load_mode",
  embd: "embeddings",
  nopo: "no_op_offload",
  noh: "no_host",
  dev: "devices",
  ts: "tensor_split",
  fitt: "fit_target",
  fitc: "fit_min_ctx",
  mla: "mla_attn",
  amb: "attn_max_batch",
  gr: "reuse",
  mmap: "use_mmap",
  rtr: "repack",
  defer: "defer_experts",
  thp: "use_thp",
  fmoe: "fused_moe",
  ger: "grouped_er",
  "no-fug": "no_fused_up_gate",
  "no-ooae": "no_ooae",
  cuda: "cuda_params",
  model: "model_type"
};
var IK_COLUMNS2 = ["mla", "amb", "gr", "ser", "rtr", "fmoe", "thp", "ger", "no-fug", "no-ooae", "mqkv", "muge", "defer", "sas", "max_gpu", "rcache", "mmap", "cuda"];
var MAINLINE_COLUMNS2 = ["lm", "nopo", "noh", "dev", "fitt", "fitc", "n_cpu_moe", "cpu_mask", "cpu_strict", "poll", "lazy_mode"];
var MAINLINE_LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?: @ d(\d+))?$/;
var IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
var TS_CELL = /^(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)$/;
var FOOTER = /^build: (\S+) \((\d+)\)$/;
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function detectFlavour(header2, separator, labels) {
  if (labels.some((l) => IK_GP_LABEL.test(l))) return "ik";
  if (labels.some((l) => l.includes(" @ d"))) return "mainline";
  if (header2.some((h) => IK_COLUMNS2.includes(h))) return "ik";
  if (header2.some((h) => MAINLINE_COLUMNS2.includes(h))) return "mainline";
  const ts = separator[header2.indexOf("t/s")];
  return ts !== void 0 && ts.length <= 16 ? "ik" : "mainline";
}
function labelFields(label) {
  const gp = IK_GP_LABEL.exec(label);
  if (gp) return { n_prompt: Number(gp[2]), n_gen: Number(gp[1]) };
  const m = MAINLINE_LABEL.exec(label);
  if (!m || m[1] === void 0 && m[3] === void 0 || m[2] !== void 0 && (m[1] === void 0 || m[3] === void 0)) return null;
  return { n_prompt: Number(m[1] ?? 0), n_gen: Number(m[3] ?? 0), ...m[4] !== void 0 ? { n_depth: Number(m[4]) } : {} };
}
function parseMd(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  const first = lines.findIndex((l) => l.text.trimStart().startsWith("|"));
  if (first < 0) throw malformed(source, lines[0]?.n ?? 0, "no Markdown table found", "md");
  const header2 = cells(lines[first].text);
  if (!header2.includes("test") || !header2.includes("t/s")) {
    throw malformed(source, lines[first].n, 'table header lacks the "test" and "t/s" columns', "md");
  }
  const sepLine = lines[first + 1];
  const separator = sepLine ? cells(sepLine.text) : [];
  if (!sepLine || separator.length !== header2.length || !separator.every((c) => /^-+:?$/.test(c))) {
    throw malformed(source, sepLine?.n ?? lines[first].n, "expected the table separator line (| ---: | ...) after the header", "md");
  }
  const rows = [];
  let build = null;
  for (const l of lines.slice(first + 2)) {
    const t = l.text.trim();
    if (t.startsWith("|") && build === null) {
      const c = cells(t);
      if (c.length !== header2.length) throw malformed(source, l.n, `row has ${c.length} cells, header has ${header2.length}`, "md");
      rows.push({ n: l.n, cells: c });
      continue;
    }
    const f = FOOTER.exec(t);
    if (f && build === null) {
      build = { commit: f[1], number: Number(f[2]) };
      continue;
    }
    throw malformed(source, l.n, `unexpected line ${JSON.stringify(t.slice(0, 80))}`, "md");
  }
  const testCol = header2.indexOf("test");
  const tsCol = header2.indexOf("t/s");
  const flavour = detectFlavour(header2, separator, rows.map((r) => r.cells[testCol]));
  return rows.map((r) => {
    const fields = {};
    header2.forEach((h, i) => {
      if (i === testCol || i === tsCol) return;
      const name = DISPLAY_TO_FIELD[h] ?? h;
      fields[name] = typedValue(name, r.cells[i], flavour);
    });
    const label = r.cells[testCol];
    const lf = labelFields(label);
    if (!lf) throw malformed(source, r.n, `test label "${label}" is not ppN, tgN, ppN+tgN (@ dN) or tgN@ppN`, "md");
    const ts = TS_CELL.exec(r.cells[tsCol]);
    if (!ts) throw malformed(source, r.n, `t/s cell "${r.cells[tsCol]}" is not "avg \xB1 stddev"`, "md");
    Object.assign(fields, lf, { test: label, "t/s": r.cells[tsCol], avg_ts: Number(ts[1]), stddev_ts: Number(ts[2]) });
    if (build) Object.assign(fields, { build_commit: build.commit, build_number: build.number });
    return toBenchRecord({ fields, line: r.n }, flavour, source, "md");
  });
}

// src/parse/sql.ts
var INSERT = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\);\s*$/;
var NEXT_VALUE = /\s*,\s*'/y;
var SEPARATOR = /\s*,\s*/y;
var COLUMN = /^\s*(\w+)\s+(TEXT|INTEGER|REAL)\s*,?\s*$/;
function splitSqlValues(list) {
  const values = [];
  let i = 0;
  while (i < list.length) {
    if (list[i] !== "'") return null;
    i++;
    let v = "";
    for (; ; ) {
      const q = list.indexOf("'", i);
      if (q < 0) return null;
      v += list.slice(i, q);
      i = q;
      if (list[i] === "'") {
        if (list[i + 1] === "'") {
          v += "'";
          i += 2;
          continue;
        }
        NEXT_VALUE.lastIndex = i + 1;
        if (i + 1 === list.length || NEXT_VALUE.test(list)) {
          i++;
          break;
        }
      }
      v += list[i++];
    }
    values.push(v);
    SEPARATOR.lastIndex = i;
    if (SEPARATOR.test(list)) i = SEPARATOR.lastIndex;
  }
  return values;
}
function parseSql(text, source) {
  const types = /* @__PURE__ */ new Map();
  const out = [];
  let inCreate = false;
  let sawInsert = false;
  for (const l of numberedLines(text)) {
    const s = l.text.trim();
    if (s === "") continue;
    if (/^CREATE TABLE/i.test(s)) {
      inCreate = true;
      continue;
    }
    if (inCreate) {
      if (s === ");") {
        inCreate = false;
        continue;
      }
      const col = COLUMN.exec(s);
      if (!col) throw malformed(source, l.n, `unexpected line in CREATE TABLE: ${JSON.stringify(s.slice(0, 80))}`, "sql");
      types.set(col[1], col[2]);
      continue;
    }
    const m = INSERT.exec(s);
    if (!m) throw malformed(source, l.n, `expected an INSERT INTO statement, got ${JSON.stringify(s.slice(0, 80))}`, "sql");
    sawInsert = true;
    const cols2 = m[2].split(",").map((c) => c.trim());
    const values = splitSqlValues(m[3]);
    if (!values) throw malformed(source, l.n, "VALUES list is not a list of quoted values", "sql");
    if (values.length !== cols2.length) throw malformed(source, l.n, `${values.length} values for ${cols2.length} columns`, "sql");
    const flavour = flavourFromFields(cols2);
    const fields = {};
    cols2.forEach((c, i) => fields[c] = typedValue(c, values[i], flavour, types.get(c)));
    out.push(toBenchRecord({ fields, line: l.n }, flavour, source, "sql"));
  }
  if (inCreate) throw malformed(source, numberedLines(text).length, "CREATE TABLE is not closed", "sql");
  if (!sawInsert && types.size === 0) throw malformed(source, 1, "no CREATE TABLE or INSERT statements", "sql");
  return out;
}

// src/parse/index.ts
var PARSERS = {
  json: parseJson,
  jsonl: parseJsonl,
  csv: parseCsv,
  md: parseMd,
  sql: parseSql
};
function parseBenchOutputAs(text, source, format) {
  return PARSERS[format](text, source);
}
function parseBenchOutput(text, source) {
  if (text.trim() === "") {
    throw new UserError(`${source}: no llama-bench output (empty)`, FORMAT_HINT);
  }
  const format = detectFormat(text);
  if (format === null) {
    const lineNo = text.split("\n").findIndex((l) => l.trim() !== "") + 1;
    const first = text.split("\n")[lineNo - 1].trim().slice(0, 80);
    throw malformed(source, lineNo, `not json, jsonl, csv, md or sql (starts with ${JSON.stringify(first)})`);
  }
  return parseBenchOutputAs(text, source, format);
}

// src/bench/flavour.ts
async function probeRunner(binary) {
  const r = await launch([binary, "--help"], { timeoutMs: 3e4 });
  const help = r.stdout + r.stderr;
  if (r.spawnError || !/usage/i.test(help)) {
    throw new UserError(`${binary} --help did not print a usage text${r.spawnError ? `: ${r.spawnError}` : ""}`, tail(help, 5) || "is it a llama-bench binary?");
  }
  return { flavour: detectFlavourFromHelp(help), flags: supportedFlags(help) };
}

// src/bench/args.ts
function workloadArgs(w, flavour) {
  const { nPrompt: pp, nGen: tg, nDepth: d } = w;
  if (flavour === "ik" && d > 0) {
    if (pp > 0) {
      throw new UserError(`workload ${w.label} is not expressible on ik_llama.cpp's llama-bench (no -d; -gp times generation only)`, "use tgN@dDEPTH on ik, or run mainline");
    }
    return ["-p", "0", "-n", "0", "-gp", `${d},${tg}`];
  }
  const test = pp > 0 && tg > 0 ? ["-p", "0", "-n", "0", "-pg", `${pp},${tg}`] : ["-p", String(pp), "-n", String(tg)];
  return d > 0 ? [...test, "-d", String(d)] : test;
}
function lever(info, flag, value) {
  if (value === void 0) return [];
  if (!info.flags.has(flag)) {
    throw new UserError(`this llama-bench (${info.flavour}) has no ${flag} option`, `drop the matching lever from the plan, or use a runner that has ${flag}`);
  }
  return value === "" ? [flag] : [flag, value];
}
function noMmapArgs(info, noMmap) {
  if (!noMmap) return [];
  if (info.flags.has("-lm")) return ["-lm", "none"];
  if (info.flags.has("-mmp")) return ["-mmp", "0"];
  throw new UserError(`--no-mmap: this llama-bench (${info.flavour}) has neither -mmp nor --load-mode`, "drop --no-mmap, or use a runner whose llama-bench has -mmp");
}
function benchArgv(plan, variant, w, info) {
  const L = plan.levers;
  return [
    "-m",
    modelOf(plan, w).path,
    ...workloadArgs(w, info.flavour),
    "-r",
    String(L.repetitions),
    "-t",
    String(plan.threads),
    "-o",
    "json",
    ...lever(info, "--prio", L.prio?.toString()),
    ...lever(info, "--delay", L.delay?.toString()),
    ...lever(info, "--cpu-mask", L.cpuMask),
    ...lever(info, "--cpu-strict", L.cpuStrict ? "1" : void 0),
    ...lever(info, "--poll", L.poll?.toString()),
    ...noMmapArgs(info, L.noMmap),
    ...variant.runArgs
  ];
}
function checkRunArgs(variant, info) {
  const side = variant.id === "A" ? "base" : "head";
  for (const a of variant.runArgs) {
    if (!/^-{1,2}[A-Za-z]/.test(a)) continue;
    if (!info.flags.has(a.split("=")[0])) {
      throw new UserError(`--${side}-arg ${a} is not an option of variant ${variant.id}'s llama-bench (${info.flavour})`, `drop --${side}-arg ${a}; its llama-bench --help lists the options it takes`);
    }
  }
}

// src/bench/run-blocks.ts
import { join as join7 } from "node:path";
import { mkdirSync as mkdirSync5 } from "node:fs";

// src/bench/schedule.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function shuffle(xs, rand) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function blockOrder(workloads, rand) {
  return shuffle(workloads, rand).flatMap((w) => {
    const pair = rand() < 0.5 ? ["A", "B"] : ["B", "A"];
    return pair.map((variant) => ({ variant, workload: w.id }));
  });
}

// src/bench/run-blocks.ts
var GIVE_UP_AFTER_FAILED_BLOCKS = 2;
async function runBlocks(o) {
  const { plan } = o;
  const rand = prng(plan.seed);
  mkdirSync5(o.workDir, { recursive: true });
  const totalBlocks = plan.warmupBlocks + plan.maxBlocks;
  const launches = [...o.resume?.launches ?? []];
  const depthLaunches = [...o.resume?.depthLaunches ?? []];
  const schedule = [];
  const units = [...plan.workloads, ...o.depthLaunch ? [{ id: DEPTH_FAMILY }] : []];
  let active = units;
  const dropped = /* @__PURE__ */ new Set();
  const live = (ws) => ws.filter((w) => !dropped.has(w.id));
  const points = depthPointIds(plan.depthSweep?.depths ?? []);
  const t0 = performance.now();
  let launchMsSum = 0;
  const result = (stopReason) => ({ launches, depthLaunches, schedule, stopReason });
  const stored = new Map((o.resume?.schedule ?? []).map((b) => [b.block, b.order]));
  const resumed = launches.length + depthLaunches.length;
  const ran = new Set([...launches, ...depthLaunches].map((l) => `${l.block} ${l.slot}`));
  const firstNew = stored.size === 0 ? 0 : Math.max(...stored.keys()) + 1;
  let nextSeq = Math.max(-1, ...launches.map((l) => l.seq), ...depthLaunches.map((l) => l.seq)) + 1;
  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan.warmupBlocks;
    if (block === firstNew && o.resume?.active) {
      const pending2 = o.resume.active;
      active = units.filter((w) => pending2.includes(w.id) || w.id === DEPTH_FAMILY && pending2.some((id) => points.has(id)));
    }
    active = live(active);
    const old = stored.get(block);
    const drawn = blockOrder(old ? units.filter((w) => old.some((s) => s.workload === w.id)) : active, rand);
    const order = old ?? drawn;
    schedule.push({ block, order });
    if (!old) o.onBlockOrder?.(block, order);
    if (old && order.every((_, slot) => ran.has(`${block} ${slot}`))) continue;
    for (const [slot, s] of order.entries()) {
      if (ran.has(`${block} ${slot}`)) continue;
      if (interruptedBy()) return result(interruptReason(plan, block));
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length + depthLaunches.length - resumed;
      o.onProgress?.({
        block,
        totalBlocks,
        warmupBlocks: plan.warmupBlocks,
        warmup,
        slot,
        slots: order.length,
        variant: s.variant,
        workload: s.workload,
        elapsedMs: performance.now() - t0,
        etaMs: done > 0 ? launchMsSum / done * remaining : null
      });
      const depth = s.workload === DEPTH_FAMILY && o.depthLaunch;
      const seq2 = nextSeq++;
      const rec = depth ? await o.depthLaunch({ block, slot, seq: seq2, variant: s.variant, warmup }) : await runOne(o, block, slot, seq2, s, warmup);
      launchMsSum += rec.wallMs;
      const sig = interruptedBy();
      const kept2 = sig && rec.status !== "ok" ? { ...rec, status: "skipped", error: `interrupted by ${sig}` } : rec;
      if (depth) {
        depthLaunches.push(kept2);
        if (kept2 === rec) o.onDepthLaunch?.(rec);
      } else {
        launches.push(kept2);
        if (kept2 === rec) o.onLaunch?.(rec);
      }
      if (kept2 !== rec) return result(interruptReason(plan, block));
    }
    const counted = Math.max(0, block + 1 - plan.warmupBlocks);
    const failing = failingVariant([...launches, ...depthLaunches], block);
    if (failing) {
      return result(`stopped after block ${block}: every launch of variant ${failing} failed in the last ${GIVE_UP_AFTER_FAILED_BLOCKS} blocks`);
    }
    for (const id of failingModelWorkloads(plan, launches, block)) dropped.add(id);
    const pending = await o.afterBlock?.(launches, counted, depthLaunches) ?? null;
    if (pending) {
      const depthPending = pending.some((id) => points.has(id));
      active = units.filter((w) => pending.includes(w.id) || w.id === DEPTH_FAMILY && depthPending);
      if (active.length === 0) return result(`all workloads decided after ${counted} counted blocks`);
    }
    active = live(active);
    if (active.length === 0) return result(`stopped after block ${block}: no model runs on both variants (${[...dropped].join(", ")} failed)`);
    if (o.until !== void 0 && Date.now() >= o.until && block + 1 < totalBlocks) return { ...result(`stopped after block ${block}: the time given ran out`), timeUp: true };
  }
  return result(`reached --max-blocks ${plan.maxBlocks} (plus ${plan.warmupBlocks} warm-up)`);
}
function interruptReason(plan, block) {
  const where = block < plan.warmupBlocks ? `warm-up block ${block + 1}` : `block ${block + 1 - plan.warmupBlocks}`;
  return `interrupted by ${interruptedBy()} in ${where}`;
}
function failingVariant(launches, block) {
  if (block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return null;
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  for (const v of ["A", "B"]) {
    const mine = recent.filter((l) => l.variant === v);
    if (mine.length > 0 && mine.every((l) => l.status !== "ok")) return v;
  }
  return null;
}
function failingModelWorkloads(plan, launches, block) {
  if (plan.models.length < 2 || block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return [];
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  return plan.models.flatMap((m) => {
    const ids = plan.workloads.filter((w) => w.model === m.name).map((w) => w.id);
    const mine = recent.filter((l) => ids.includes(l.workload));
    const fails = ["A", "B"].some((v) => mine.some((l) => l.variant === v) && mine.every((l) => l.variant !== v || l.status !== "ok"));
    return fails ? ids : [];
  });
}
async function runOne(o, block, slot, seq2, s, warmup) {
  const { plan } = o;
  const variant = plan.variants.find((v) => v.id === s.variant);
  const w = plan.workloads.find((x) => x.id === s.workload);
  const place = o.placement?.(w) ?? { prefix: [], benchArgs: [] };
  const placed = [...place.prefix, o.binaries[s.variant], ...benchArgv(plan, variant, w, o.info), ...place.benchArgs];
  const memFile = join7(o.workDir, `launch-${seq2}.mem.json`);
  const argv = o.measure ? o.measure.wrap(placed, memFile) : placed;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const r = await (o.launcher ?? launch)(argv, { env: variant.env, own: o.ownEnv?.[s.variant], timeoutMs: plan.timeoutSec * 1e3, cwd: o.workDir });
  let status = "ok";
  let error = null;
  let records = [];
  if (r.spawnError) {
    status = "crashed";
    error = `could not start ${argv[0]}: ${r.spawnError}`;
  } else if (r.timedOut) {
    status = "timeout";
    error = `no result within --timeout ${plan.timeoutSec}s; process group killed`;
  } else if (r.exitCode !== 0) {
    status = "crashed";
    error = r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  }
  if (status === "ok" || r.stdout.trim()) {
    try {
      records = parseBenchOutput(r.stdout, `block ${block} ${s.variant} ${w.id} stdout`);
      const match = records.filter((x) => x.label === w.label);
      if (status === "ok" && match.length !== 1) {
        status = "parse-error";
        error = `expected one ${w.label} result, got ${records.map((x) => x.label).join(", ") || "none"}`;
      }
      records = match;
    } catch (e) {
      if (status === "ok") {
        status = "parse-error";
        error = e.message;
      }
    }
  }
  return {
    block,
    slot,
    seq: seq2,
    variant: s.variant,
    workload: w.id,
    warmup,
    startedAt,
    wallMs: r.wallMs,
    status,
    exitCode: r.exitCode,
    signal: r.signal,
    argv,
    records,
    memory: o.measure ? o.measure.read(memFile) : null,
    stderrTail: status === "ok" ? null : tail(r.stderr),
    error
  };
}

// src/bench/slowdown.ts
import { existsSync as existsSync5 } from "node:fs";
import { basename, dirname as dirname3, join as join8 } from "node:path";
var SLOWDOWN_VAR = "LPG_SLOWDOWN";
function loadGraph(binary) {
  const first = readElfDynamic(binary);
  if (!first) return null;
  const out = [{ name: basename(binary), elf: first }];
  const dirsOf = (file, elf) => [dirname3(file), ...elf.runpath.map((p) => p.replace(/\$(ORIGIN|\{ORIGIN\})/g, dirname3(file)))];
  const queue = [{ file: binary, elf: first }];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const { file, elf } = queue.shift();
    for (const lib of elf.needed) {
      if (seen.has(lib)) continue;
      seen.add(lib);
      const path3 = dirsOf(file, elf).map((d) => join8(d, lib)).find((p) => existsSync5(p));
      const dep = path3 ? readElfDynamic(path3) : null;
      if (!path3 || !dep) continue;
      out.push({ name: lib, elf: dep });
      queue.push({ file: path3, elf: dep });
    }
  }
  return out;
}
function unshimmableReason(binary) {
  const graph = loadGraph(binary);
  const name = basename(binary);
  if (!graph) return `${name} is not an ELF executable whose dynamic symbols can be read`;
  if (graph.some((o) => o.elf.imports.has("llama_decode"))) return null;
  const lib = graph.find((o) => /^libllama\.so/.test(o.name));
  if (!lib) return `${name} links libllama statically (no libllama.so among the libraries it loads), so LD_PRELOAD cannot reach its llama_decode`;
  return `${name} loads ${lib.name} but nothing it loads imports llama_decode from it`;
}
var flagOf = (v) => `--${v.id === "A" ? "base" : "head"}-slowdown ${v.slowdown}`;
function slowdownEnv(plan, builds, log = () => {
}, env = process.env) {
  const out = {};
  const tools = (id) => {
    const dir = builds.find((b) => b.variant === id)?.binDir ?? "";
    return [join8(dir, "llama-bench"), ...plan.depthSweep ? [join8(dir, sharedDepthTool(builds))] : []];
  };
  for (const v of plan.variants) {
    if (v.slowdown === void 0) continue;
    for (const bin of tools(v.id)) {
      const why = unshimmableReason(bin);
      if (why) {
        throw new UserError(
          `variant ${v.id} (${v.name}) asks for an injected slowdown (${flagOf(v)}), but its build cannot be shimmed: ${why}`,
          "build libllama as a shared library (-DBUILD_SHARED_LIBS=ON, the default of llama.cpp and ik_llama.cpp), or drop the slowdown flag"
        );
      }
    }
    const shim = nativeArtifact("lpg-slowdown", env);
    if (/[\s:]/.test(shim)) throw new UserError(`the slowdown shim's path ${shim} holds a space or colon, which LD_PRELOAD cannot take`, "set LLAMA_PERF_GATE_CACHE to a directory without spaces or colons, e.g. LLAMA_PERF_GATE_CACHE=/var/cache/llama-perf-gate");
    out[v.id] = { LD_PRELOAD: shim, [SLOWDOWN_VAR]: String(v.slowdown) };
    if (env.LPG_SLOWDOWN_CLOCK) out[v.id].LPG_SLOWDOWN_CLOCK = env.LPG_SLOWDOWN_CLOCK;
    log(`variant ${v.id} (${v.name}): ${describeSlowdown(v.slowdown)} in ${tools(v.id).map((b) => basename(b)).join(" and ")}`);
  }
  return out;
}

// src/pipeline/depth-launcher.ts
import { join as join10 } from "node:path";

// src/host/guest/curve.ts
import { existsSync as existsSync6, readFileSync as readFileSync6 } from "node:fs";
import { join as join9 } from "node:path";
var LIBSTDBUF = ["/usr/libexec/coreutils/libstdbuf.so", "/usr/lib/coreutils/libstdbuf.so"];
var sum = (r = {}) => Object.values(r).reduce((a, b) => a + b, 0);
function tracePoint(t, nKv) {
  const s = t.sample;
  const anon = s.anon_nodes_kib ?? {};
  const shmem = s.shmem_nodes_kib ?? {};
  const file = {};
  for (const [n, kib] of Object.entries(s.nodes_kib)) {
    const f = kib - (anon[n] ?? 0) - (shmem[n] ?? 0);
    if (f > 0) file[n] = f;
  }
  return {
    tMs: Math.round(s.t_ms),
    rssKiB: s.vmrss_kib,
    anonKiB: sum(anon),
    shmemKiB: sum(shmem),
    fileKiB: sum(file),
    nodeKiB: s.nodes_kib,
    anonNodeKiB: anon,
    shmemNodeKiB: shmem,
    fileNodeKiB: file,
    nKv,
    threadCpus: t.cpus
  };
}
function rowsWithSamples(stdout, stderr, trace) {
  const rows = [];
  const points = trace.map((t) => tracePoint(t, null));
  for (const [name, text, key] of [["stdout", stdout, "lines_out"], ["stderr", stderr, "lines_err"]]) {
    const reader = new SweepRowReader(name, { lenient: true });
    text.split("\n").forEach((line, i) => {
      const row = reader.line(line);
      if (!row) return;
      rows.push(row);
      const after = trace.find((t) => t[key] >= i + 1);
      if (after) points.push(tracePoint(after, row.nKv));
    });
  }
  points.sort((a, b) => a.tMs - b.tMs);
  return { rows, points };
}
var seq = 0;
async function guestMemoryCurve(guest, argv, opts = {}) {
  const cwd = opts.cwd ?? "/tmp";
  const out = join9(cwd, `curve-${process.pid}-${seq++}.json`);
  const stdbuf = findExecutable("stdbuf");
  const lib = LIBSTDBUF.find((p) => existsSync6(p));
  const inner = stdbuf && lib ? [stdbuf, "-oL", ...argv] : argv;
  const wrapped = [nativeArtifact("lpg-measure"), "--out", out, "--interval-ms", String(opts.intervalMs ?? 250), "--lines", "--", ...inner];
  const r = await guest.launch(wrapped, { env: opts.env, own: opts.own, timeoutMs: opts.timeoutMs ?? 6e5, cwd, files: lib ? [lib] : [] });
  let trace = [];
  try {
    trace = JSON.parse(readFileSync6(out, "utf8")).trace ?? [];
  } catch {
  }
  const { rows, points } = rowsWithSamples(r.stdout, r.stderr, trace);
  return { points, rows, exitCode: r.exitCode, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut, wallMs: r.wallMs };
}

// src/pipeline/depth-launcher.ts
async function depthSweepLauncher(plan, results, log, ownEnv = {}, guest = null) {
  const sweep = plan.depthSweep;
  const tool = sharedDepthTool(results.builds);
  const place = depthPlacement(plan, (p) => numaPlacement(p, hostLayout(results))) ?? { prefix: [], benchArgs: [] };
  const argv = {};
  for (const v of plan.variants) {
    const bin = join10(results.builds.find((b) => b.variant === v.id).binDir, tool);
    const flags = await probeDepthTool(bin);
    argv[v.id] = [...place.prefix, bin, ...depthToolArgs(tool, sweep, plan.models[0].path, plan.threads, flags), ...depthRunArgs(plan, v, tool, flags), ...place.benchArgs];
  }
  log(`depth sweep: ${tool} at depths ${sweep.depths.join(", ")} (${sweep.gen} generated tokens each), one launch per variant per block`);
  return (s) => {
    const variant = plan.variants.find((v) => v.id === s.variant);
    const sample = guest ? { sample: (a, o) => guestMemoryCurve(guest, a, o) } : {};
    return runDepthLaunch({ ...s, ...sample, tool, sweep, argv: argv[s.variant], env: variant.env, own: ownEnv[s.variant], timeoutSec: plan.timeoutSec, cwd: scratchDir(plan.out) });
  };
}
function hostLayout(results) {
  const nodes = results.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}

// src/pipeline/benchmark.ts
async function benchmark(plan, results, save, log, onProgress, session, until) {
  const binaries = Object.fromEntries(results.builds.map((b) => [b.variant, join11(b.binDir, "llama-bench")]));
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, "compare two refs of the same project");
  }
  for (const v of plan.variants) checkRunArgs(v, v.id === "A" ? info : infoB);
  results.flavour = info.flavour;
  plan.workloads = labelWorkloads(plan.workloads, info.flavour);
  log(`runner: ${info.flavour} llama-bench; ${plan.workloads.length} workloads \xD7 up to ${plan.maxBlocks} blocks (+${plan.warmupBlocks} warm-up), seed ${plan.seed}`);
  save();
  const ownEnv = slowdownEnv(plan, results.builds, log);
  const guest = planGuest(plan);
  const depthLaunch = plan.depthSweep ? await depthSweepLauncher(plan, results, log, ownEnv, guest) : void 0;
  if (depthLaunch) results.depthLaunches ??= [];
  if (session.resume?.active?.length === 0) {
    results.stopReason = `all workloads decided after ${completeCountedBlocks(results)} counted blocks`;
    save();
    return false;
  }
  const flavour = info.flavour;
  let pending = session.resume?.active ?? null;
  let design = session.design;
  let settled = null;
  const toEveryCall = plan.variants.some((v) => v.slowdown !== void 0);
  const loop = await runBlocks({
    launcher: guest ? (argv, o) => guest.launch(argv, o) : void 0,
    plan,
    binaries,
    info,
    workDir: join11(plan.out, "launches"),
    placement: (w) => numaPlacement(w.numa, hostLayout(results)),
    measure: measureHooks(),
    ownEnv,
    depthLaunch,
    onProgress,
    until,
    resume: session.resume ?? void 0,
    onBlockOrder: (block, order) => session.store.saveBlockOrder(session.id, block, order),
    onLaunch: (l) => session.store.appendLaunch(session.id, l, storedValue(l), flavour, session.labels[l.variant]),
    onDepthLaunch: (l) => session.store.appendDepthLaunch(session.id, l),
    afterBlock: (launches, counted, depthLaunches) => {
      results.launches = launches;
      if (depthLaunch) results.depthLaunches = depthLaunches;
      save();
      if (counted === 0 || !(plan.looks.includes(counted) || counted === (plan.horizon ?? plan.maxBlocks))) return pending;
      const d = decideLook(results, counted, design);
      if (d.atLook) {
        results.analysis = wordAnalysis(withDepthMemory(d.analysis, results));
        design = d.state;
        results.design = d.state;
        keepLook(session.store, session.id, counted, d, log);
      }
      const look = d.state.looks[d.state.looks.length - 1];
      if (!toEveryCall && d.atLook && look?.blocks === counted && stopsAt(d.pending, look) === "regression") {
        settled = { blocks: counted, names: look.decided.filter((x) => x.verdict === "regression").map((x) => x.name), open: d.pending };
        return pending = [];
      }
      pending = d.pending;
      return pending;
    }
  }).finally(() => guest?.close());
  if (guest) results.notes.push(guestCostNote(guest.timings));
  results.launches = loop.launches;
  if (depthLaunch) results.depthLaunches = loop.depthLaunches;
  results.schedule.blocks = loop.schedule;
  const s = settled;
  results.stopReason = s ? `regression called at ${s.blocks} counted blocks (${s.names.join(", ")}): the gate fails whatever the ${s.open.length} open point${s.open.length === 1 ? "" : "s"} (${s.open.join(", ")}) would show; \`more\` measures them` : loop.stopReason;
  save();
  return loop.timeUp ?? false;
}

// src/pipeline/run.ts
async function runPipeline(plan, hooks) {
  const log = hooks.log ?? (() => {
  });
  const pre = await preflight(plan);
  ensureModels(plan, log);
  if (plan.comparison === void 0) pre.warnings.push(...(await applyComparison(plan)).warnings);
  if (plan.comparison) pre.commits = [plan.comparison.a, plan.comparison.b];
  for (const w of pre.warnings) log(`warning: ${w}`);
  const claim = await claimOut(plan.out, experimentIdentity(plan, pre.commits), { force: hooks.force, log });
  const stopOnSignal = onInterrupt(log);
  try {
    const storePath = hooks.store ?? defaultStorePath(hooks.cacheDir);
    checkStore(storePath, hooks.force ? null : claim.held, hooks.storeFromResults ?? false, log);
    const keep = claim.held && claim.held.launches > 0 ? claim.held : null;
    return await runClaimed(plan, hooks, log, pre, storePath, keep);
  } finally {
    stopOnSignal.remove();
    await claim.release();
  }
}
async function runClaimed(plan, hooks, log, pre, storePath, keep) {
  const previous = heldExperiment(plan.out)?.id ?? null;
  const host = await experimentHost(plan, log);
  const results = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    finishedAt: null,
    plan,
    host,
    flavour: null,
    builds: [],
    schedule: { seed: plan.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: "started",
    notes: [...pre.warnings]
  };
  const calibration = results.host ? readCalibration(hooks.cacheDir, results.host) : null;
  const calibrationLine = calibration ? calibrationNote(calibration, plan.workloads.map((w) => w.label)) : null;
  if (calibrationLine) results.notes.push(calibrationLine);
  const reclaim = reclaimWarning(results.host?.proactiveReclaim, !plan.levers.noMmap);
  if (reclaim) log(`warning: ${reclaim}`);
  let begun = false;
  try {
    results.builds = await (hooks.build ?? buildVariants)(plan, { cacheDir: hooks.cacheDir, logDir: join12(plan.out, "logs"), onProgress: hooks.onBuildProgress, log });
    const failed = results.builds.filter((b) => !b.ok);
    if (interruptedBy()) {
      results.stopReason = `interrupted by ${interruptedBy()} during the builds; nothing was benchmarked`;
      return finishRun(plan, results, null, hooks, keep);
    }
    if (failed.length > 0) {
      results.stopReason = `build failed: ${failed.map((b) => `variant ${b.variant} (${b.ref})`).join(", ")}; nothing was benchmarked`;
      return finishRun(plan, results, null, hooks, keep);
    }
    return await withStoreLock(storePath, log, async () => {
      const session = beginExperiment(results, storePath, log, previous);
      begun = true;
      try {
        return await runSession(results.plan, results, session, log, hooks);
      } finally {
        session.store.close();
      }
    });
  } catch (e) {
    const err = asEnvironmentError(e);
    results.stopReason = `stopped by an error: ${err.message}`;
    if (begun || !keep) saveAfterError(plan.out, results, log);
    else log(kept(keep));
    throw err;
  }
}
function saveAfterError(out, results, log) {
  try {
    writeResults(out, results);
  } catch (e) {
    if (e.code !== "ENOSPC" && e.code !== "EDQUOT") return;
    rmSync3(join12(out, "launches"), { recursive: true, force: true });
    try {
      writeResults(out, results);
    } catch {
      log(`could not record the stop reason in ${join12(out, "results.json")}: the disk is full; the file holds the last block saved`);
    }
  }
}
async function runSession(plan, results, session, log, hooks) {
  const save = () => {
    writeResults(plan.out, results);
    session.store.saveHeader(session.id, results);
  };
  let timeUp = false;
  try {
    save();
    timeUp = await benchmark(plan, results, save, log, hooks.onBenchProgress, session, hooks.until);
  } catch (e) {
    results.stopReason = `stopped by an error: ${e.message}`;
    try {
      save();
    } catch {
    }
    throw e;
  }
  return { ...finishRun(plan, results, session, hooks, null, timeUp), timeUp };
}
function kept(held) {
  return `${held.path} is kept as it was: experiment ${held.id.slice(0, 4)}\u2026 (${held.launches} launches)`;
}
function finishRun(plan, results, session, hooks, keep = null, unfinished = false) {
  const counted = countedBlocksOf(results);
  if (results.launches.length > 0) results.analysis = wordAnalysis(decideAll(results));
  if (results.host) results.host = finishFingerprint(results.host);
  results.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  if (session && (interruptedBy() || unfinished)) {
    session.store.saveHeader(session.id, results);
  } else if (session) {
    session.store.finish(session.id, results, counted);
    results = { ...session.store.loadResults(session.id), plan: results.plan };
  }
  const model = buildReportModel([results], { onInconclusive: hooks.onInconclusive, onIncomplete: hooks.onIncomplete, runner: runnerOf(results, hooks) });
  const [resultsPath, reportPath, htmlPath] = [join12(plan.out, "results.json"), join12(plan.out, "report.md"), join12(plan.out, "report.html")];
  if (!session && keep) {
    (hooks.log ?? (() => {
    }))(kept(keep));
    return { results, resultsPath, reportPath, htmlPath, model };
  }
  writeResults(plan.out, results);
  writeFileAtomic(reportPath, renderMarkdown(model));
  writeFileAtomic(htmlPath, renderHtml(model));
  return { results, resultsPath, reportPath, htmlPath, model };
}
function runnerOf(results, hooks) {
  if (hooks.quoteRunner === false || !results.host) return void 0;
  return runnerShown(readQualifications(hooks.cacheDir, results.host), results.plan.workloads.map((w) => w.id), /* @__PURE__ */ new Date());
}

export {
  variantLabel,
  defaultStorePath,
  ExperimentStore,
  buildVariants,
  experimentHost,
  modelsIdentity,
  modelChanges,
  hostIdentity,
  withStoreLock,
  completeCountedBlocks,
  standing,
  storedDepthLaunches,
  onInterrupt,
  claimOutFor,
  heldExperiment,
  ensureModels,
  appendQualification,
  readElfDynamic,
  runPipeline,
  runSession,
  finishRun
};
