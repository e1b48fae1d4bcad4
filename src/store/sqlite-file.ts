// The store's SQLite file: opened in WAL mode (a commit survives the process dying), checked and
// migrated to this version's tables (schema.ts), written one transaction at a time. Its faults are one
// line naming the file and what to do: the machine's (full, read-only, damaged, locked by another
// process, under a regular file) exit 3; a file that is no store at all is bad input, exit 2.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { accessSync, constants, existsSync, mkdirSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asEnvironmentError, EnvironmentError, UserError } from '../sys/errors.ts';
import { MIGRATIONS, STORE_VERSION } from './schema.ts';
import { checkStorePath } from '../sys/paths.ts';

// SQLite's primary result codes (extended codes carry them in the low byte).
const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/** How to get out of a damaged store: the --out of a run holds every launch of its experiment. */
const DAMAGED_HINT = (path: string) =>
  `move it away (mv ${path} ${path}.damaged); the same command with --store-from-results rebuilds the experiment from its --out's results.json, or pass --store PATH to another store`;

/**
 * A SQLite error the machine causes (full disk, read-only file, a damaged file, a lock held by
 * another process) as one line naming the store and what to do, exit 3; anything else unchanged.
 */
function storeError(path: string, what: string, e: unknown): Error {
  if (e instanceof UserError) return e;
  const code = ((e as { errcode?: number }).errcode ?? -1) & 0xff;
  const msg = (e as Error).message;
  if (code === SQLITE_FULL || (e as NodeJS.ErrnoException).code === 'ENOSPC' || ((code === SQLITE_IOERR || code === SQLITE_CANTOPEN) && diskFull(path))) {
    return new EnvironmentError(
      `experiment store ${path}: the disk is full while ${what}; every launch recorded before it is kept`,
      'free some space (or pass --store PATH on another disk) and run the same command again: it resumes',
    );
  }
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) {
    return new EnvironmentError(`experiment store ${path} is locked by another process while ${what}`, 'wait for the other process to finish (fuser shows which one), or pass --store PATH to another store');
  }
  if (code === SQLITE_READONLY || code === SQLITE_PERM || (code === SQLITE_CANTOPEN && !writable(path))) {
    return new EnvironmentError(`experiment store ${path} is read-only while ${what} (${msg})`, 'make the file and its directory writable for this user, or pass --store PATH to a writable place');
  }
  if (code === SQLITE_CORRUPT) return new EnvironmentError(`experiment store ${path} is damaged (${msg})`, DAMAGED_HINT(path));
  if (code === SQLITE_NOTADB) return new UserError(`${path} is not a llama-perf-gate experiment store (${msg})`, 'pass --store PATH to another file, or move this one away');
  if (code === SQLITE_IOERR || code === SQLITE_CANTOPEN) {
    return new EnvironmentError(`experiment store ${path}: cannot read or write it while ${what} (${msg})`, 'check the disk and the permissions of the file and its directory, or pass --store PATH elsewhere');
  }
  return e as Error;
}

/** No room beside the store: SQLite then fails to make its WAL files with a plain I/O error. */
function diskFull(path: string): boolean {
  try {
    const fs = statfsSync(dirname(path));
    return fs.bavail * fs.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/** Whether the store (or, before it exists, its directory) can be written: SQLite writes beside the file too. */
function writable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface OpenOptions {
  /** Read, never write: no WAL switch, no migration (experiments, history). */
  readOnly?: boolean;
  /** SQLite's max_page_count: a full disk on demand (tests). */
  maxPages?: number;
  /** How long a write waits for another process's lock on the file (default 30 s). */
  busyTimeoutMs?: number;
}

export class SqliteFile {
  readonly path: string;
  private db: DatabaseSync;
  private stmts = new Map<string, StatementSync>();
  private depth = 0;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.db = db;
  }

  /**
   * Opens (creating or migrating) the store, checked end to end (a damaged page is found here, not
   * in the middle of a run); a store from a newer llama-perf-gate is refused.
   */
  static open(path: string, opts: OpenOptions = {}): SqliteFile {
    checkStorePath(path);
    if (!opts.readOnly) {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (e) {
        throw asEnvironmentError(e);
      }
    }
    try {
      return SqliteFile.connect(path, path, opts);
    } catch (e) {
      // In a read-only directory SQLite cannot make the WAL index beside the file: a reader that
      // writes nothing opens it as immutable instead.
      if (opts.readOnly && (((e as { errcode?: number }).errcode ?? -1) & 0xff) === SQLITE_CANTOPEN) {
        try {
          return SqliteFile.connect(path, new URL(`${pathToFileURL(path).href}?immutable=1`), opts);
        } catch (again) {
          e = again;
        }
      }
      const err = storeError(path, 'opening it', e);
      if (err instanceof UserError) throw err;
      throw new EnvironmentError(`cannot open experiment store ${path}: ${(e as Error).message}`, 'pass --store PATH to a writable location');
    }
  }

  private static connect(path: string, target: string | URL, opts: OpenOptions): SqliteFile {
    const db = new DatabaseSync(target, { readOnly: opts.readOnly ?? false, timeout: opts.busyTimeoutMs ?? 30_000 });
    const store = new SqliteFile(path, db);
    try {
      if (!opts.readOnly) {
        db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
        if (opts.maxPages) db.exec(`PRAGMA max_page_count = ${Math.floor(opts.maxPages)}`);
      }
      const check = db.prepare('PRAGMA quick_check(1)').get()?.quick_check;
      if (check !== 'ok') throw new EnvironmentError(`experiment store ${path} is damaged (${String(check)})`, DAMAGED_HINT(path));
      store.migrate(opts.readOnly ?? false);
    } catch (e) {
      db.close();
      throw e;
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
    if (readOnly && tables.length === 0) throw new UserError(`experiment store ${this.path} is empty: no experiment was stored in it`, 'run `llama-perf-gate run` (or npm start) first, or pass --store PATH');
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

  /** One write transaction: all of it reaches the file or none of it does. Nested calls join the outer one. */
  tx<T>(fn: () => T, what: string): T {
    if (this.depth > 0) return fn();
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (e) {
      throw storeError(this.path, what, e);
    }
    this.depth++;
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
    } finally {
      this.depth--;
    }
  }
}
