import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  checkStorePath
} from "./chunk-B2D4RTC7.js";
import {
  RESULTS_SCHEMA,
  migratePlan
} from "./chunk-6KI224XV.js";
import {
  EnvironmentError,
  UserError,
  asEnvironmentError
} from "./chunk-LCLRZKD3.js";

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
function rowOf(flavour, launch, label) {
  const rec = launch.records[0];
  if (launch.status !== "ok" || !rec) return null;
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
var DAMAGED_HINT = (path) => `move it away (mv ${path} ${path}.damaged); the same command with --store-from-results rebuilds the experiment from its --out's results.json, or pass --store PATH to another store`;
function storeError(path, what, e) {
  if (e instanceof UserError) return e;
  const code = (e.errcode ?? -1) & 255;
  const msg = e.message;
  if (code === SQLITE_FULL || e.code === "ENOSPC" || (code === SQLITE_IOERR || code === SQLITE_CANTOPEN) && diskFull(path)) {
    return new EnvironmentError(
      `experiment store ${path}: the disk is full while ${what}; every launch recorded before it is kept`,
      "free some space (or pass --store PATH on another disk) and run the same command again: it resumes"
    );
  }
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) {
    return new EnvironmentError(`experiment store ${path} is locked by another process while ${what}`, "wait for the other process to finish (fuser shows which one), or pass --store PATH to another store");
  }
  if (code === SQLITE_READONLY || code === SQLITE_PERM || code === SQLITE_CANTOPEN && !writable(path)) {
    return new EnvironmentError(`experiment store ${path} is read-only while ${what} (${msg})`, "make the file and its directory writable for this user, or pass --store PATH to a writable place");
  }
  if (code === SQLITE_CORRUPT) return new EnvironmentError(`experiment store ${path} is damaged (${msg})`, DAMAGED_HINT(path));
  if (code === SQLITE_NOTADB) return new UserError(`${path} is not a llama-perf-gate experiment store (${msg})`, "pass --store PATH to another file, or move this one away");
  if (code === SQLITE_IOERR || code === SQLITE_CANTOPEN) {
    return new EnvironmentError(`experiment store ${path}: cannot read or write it while ${what} (${msg})`, "check the disk and the permissions of the file and its directory, or pass --store PATH elsewhere");
  }
  return e;
}
function diskFull(path) {
  try {
    const fs = statfsSync(dirname(path));
    return fs.bavail * fs.bsize < 64 * 1024;
  } catch {
    return false;
  }
}
function writable(path) {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
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
  constructor(path, db) {
    this.path = path;
    this.db = db;
  }
  /**
   * Opens (creating or migrating) the store, checked end to end (a damaged page is found here, not
   * in the middle of a run); a store from a newer llama-perf-gate is refused.
   */
  static open(path, opts = {}) {
    checkStorePath(path);
    if (!opts.readOnly) {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (e) {
        throw asEnvironmentError(e);
      }
    }
    try {
      return _SqliteFile.connect(path, path, opts);
    } catch (e) {
      if (opts.readOnly && ((e.errcode ?? -1) & 255) === SQLITE_CANTOPEN) {
        try {
          return _SqliteFile.connect(path, new URL(`${pathToFileURL(path).href}?immutable=1`), opts);
        } catch (again) {
          e = again;
        }
      }
      const err = storeError(path, "opening it", e);
      if (err instanceof UserError) throw err;
      throw new EnvironmentError(`cannot open experiment store ${path}: ${e.message}`, "pass --store PATH to a writable location");
    }
  }
  static connect(path, target, opts) {
    const db = new DatabaseSync(target, { readOnly: opts.readOnly ?? false, timeout: opts.busyTimeoutMs ?? 3e4 });
    const store = new _SqliteFile(path, db);
    try {
      if (!opts.readOnly) {
        db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        if (opts.maxPages) db.exec(`PRAGMA max_page_count = ${Math.floor(opts.maxPages)}`);
      }
      const check = db.prepare("PRAGMA quick_check(1)").get()?.quick_check;
      if (check !== "ok") throw new EnvironmentError(`experiment store ${path} is damaged (${String(check)})`, DAMAGED_HINT(path));
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
  static open(path, opts = {}) {
    return new _ExperimentStore(SqliteFile.open(path, opts));
  }
  close() {
    this.file.close();
  }
  /** Several writes as one transaction (rebuilding an experiment: all of it or none). */
  batch(fn, what) {
    return this.file.tx(fn, what);
  }
  /** A new experiment (a fresh id, or the id of the results.json it is rebuilt from). */
  createExperiment(identity, identityHash, results, segment, id = randomBytes(6).toString("hex")) {
    const labels = results.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
    const now = (/* @__PURE__ */ new Date()).toISOString();
    this.file.tx(() => {
      this.file.stmt(`INSERT INTO experiments (id, identity_hash, identity, created_at, updated_at, finished_at, host_key, flavour, label_a, label_b, header)
                 VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`).run(
        id,
        identityHash,
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
  findResumable(identityHash) {
    const row = this.file.stmt(`SELECT id FROM experiments WHERE identity_hash = ? AND finished_at IS NULL ORDER BY created_at DESC LIMIT 1`).get(identityHash);
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

export {
  variantLabel,
  defaultStorePath,
  ExperimentStore
};
