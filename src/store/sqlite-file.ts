// The store's SQLite file: opened in WAL mode (a commit survives the process dying), migrated to
// this version's tables (schema.ts), written one transaction at a time, and SQLite errors a user can
// cause (a full disk, a store locked by another process, not a store at all) as one line.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { MIGRATIONS, STORE_VERSION } from './schema.ts';

const SQLITE_FULL = 13;
const SQLITE_BUSY = 5;

/** A SQLite error a user can cause (full disk, locked store) as one line; anything else unchanged. */
function storeError(path: string, what: string, e: unknown): Error {
  const code = (e as { errcode?: number }).errcode;
  if (code === SQLITE_FULL || (e as NodeJS.ErrnoException).code === 'ENOSPC') {
    return new UserError(
      `experiment store ${path}: the disk is full while ${what}; every launch recorded before it is kept`,
      'free some space (or pass --store PATH on another disk) and run the same command again: it resumes',
    );
  }
  if (code === SQLITE_BUSY) return new UserError(`experiment store ${path} is locked by another process while ${what}`, 'wait for the other llama-perf-gate to finish');
  return e as Error;
}

export class SqliteFile {
  readonly path: string;
  private db: DatabaseSync;
  private stmts = new Map<string, StatementSync>();

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.db = db;
  }

  /** Opens (creating or migrating) the store; a store from a newer llama-perf-gate is refused. */
  static open(path: string, opts: { readOnly?: boolean; maxPages?: number } = {}): SqliteFile {
    if (!opts.readOnly) mkdirSync(dirname(path), { recursive: true });
    let db: DatabaseSync;
    try {
      db = new DatabaseSync(path, { readOnly: opts.readOnly ?? false, timeout: 30_000 });
    } catch (e) {
      throw new UserError(`cannot open experiment store ${path}: ${(e as Error).message}`, 'pass --store PATH to a writable location');
    }
    const store = new SqliteFile(path, db);
    try {
      if (!opts.readOnly) {
        db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
        if (opts.maxPages) db.exec(`PRAGMA max_page_count = ${Math.floor(opts.maxPages)}`);
      }
      store.migrate(opts.readOnly ?? false);
    } catch (e) {
      db.close();
      if (e instanceof UserError) throw e;
      const msg = (e as Error).message;
      if (/not a database|malformed/i.test(msg)) throw new UserError(`${path} is not a llama-perf-gate experiment store (${msg})`, 'pass --store PATH to another file, or move this one away');
      throw storeError(path, 'opening it', e);
    }
    return store;
  }

  private migrate(readOnly: boolean): void {
    const tables = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => r.name as string);
    let version = 0;
    if (tables.includes('meta')) {
      const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'store_version'`).get();
      version = Number(row?.value ?? 0);
    } else if (tables.length > 0) {
      throw new UserError(`${this.path} is an SQLite file but not a llama-perf-gate experiment store (tables: ${tables.slice(0, 5).join(', ')})`, 'pass --store PATH to another file');
    }
    if (version > STORE_VERSION) {
      throw new UserError(
        `experiment store ${this.path} has version ${version}; this llama-perf-gate reads up to version ${STORE_VERSION}`,
        'upgrade llama-perf-gate, or pass --store PATH to use another store',
      );
    }
    if (version === STORE_VERSION) return;
    if (readOnly) throw new UserError(`experiment store ${this.path} has version ${version} and needs migrating to ${STORE_VERSION}`, 'run any llama-perf-gate run once on it');
    this.tx(() => {
      if (version === 0) this.db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      for (let v = version; v < STORE_VERSION; v++) this.db.exec(MIGRATIONS[v]);
      this.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('store_version', ?)`).run(String(STORE_VERSION));
    }, 'migrating it');
  }

  close(): void {
    this.db.close();
  }

  /** SQL run as is (a table created on first use). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** A prepared statement, prepared once per SQL text. */
  stmt(sql: string): StatementSync {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** One write transaction: all of it reaches the file or none of it does. */
  tx<T>(fn: () => T, what: string): T {
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (e) {
      throw storeError(this.path, what, e);
    }
    try {
      const out = fn();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // SQLite may have rolled back already (full disk)
      }
      throw storeError(this.path, what, e);
    }
  }
}
