// The store's tables, as migrations: migration i takes a store from version i to i + 1. A new table
// or column is a new migration and a bump of STORE_VERSION; older stores are migrated on open, newer
// ones refused (sqlite-file.ts).

/** Bumped with every change to the tables below; older stores are migrated, newer ones refused. */
export const STORE_VERSION = 2;

export const MIGRATIONS: string[] = [
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
   );`,
];
