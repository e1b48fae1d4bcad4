// The embedded default source: llama.cpp as shipped inside the node-llama-cpp npm package (a git
// bundle), plus a branch carrying the project's mmap-KV patch. Only the npm registry is contacted.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../sys/errors.ts';
import { run, runOk } from '../sys/exec.ts';
import { withLock } from '../sys/lock.ts';
import { packageRoot } from '../sys/package-root.ts';

export const EMBEDDED_PACKAGE = 'node-llama-cpp';
export const EMBEDDED_VERSION = '3.21.1';
export const BUNDLE_PATH_IN_TARBALL = 'package/llama/gitRelease.bundle';
export const BASE_BRANCH = 'lpg/base';
export const HEAD_BRANCH = 'lpg/mmap-kv';

/** Fixed identity and date: the patched commit's hash depends only on the base and the patch. */
const PATCH_COMMIT_ENV = {
  GIT_AUTHOR_NAME: 'llama-perf-gate',
  GIT_AUTHOR_EMAIL: 'llama-perf-gate@localhost',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'llama-perf-gate',
  GIT_COMMITTER_EMAIL: 'llama-perf-gate@localhost',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};
const PATCH_TRAILER = 'lpg-patch-sha256';

export interface EmbeddedSourceOptions {
  cacheDir: string;
  log: (line: string) => void;
  /** What `npm pack` fetches; tests pass a local directory. Must pack to <name>-<version>.tgz. */
  packageSpec?: string;
  tarballName?: string;
  patchPath?: string;
}

export interface EmbeddedSource {
  repo: string;
  baseRef: string;
  headRef: string;
  /** The bundle's commit (lpg/base). */
  commit: string;
  /** The patched commit (lpg/mmap-kv). */
  headCommit: string;
}

export async function ensureEmbeddedSource(opts: EmbeddedSourceOptions): Promise<EmbeddedSource> {
  return withLock(path.join(opts.cacheDir, 'locks', 'embedded.lock'), () => ensureLocked(opts), (line) => opts.log(line), 'the embedded source');
}

async function ensureLocked(opts: EmbeddedSourceOptions): Promise<EmbeddedSource> {
  const repo = path.join(opts.cacheDir, 'llama.cpp');
  const patchPath = opts.patchPath ?? path.join(packageRoot(), 'patches', 'mmap-kv.patch');
  const patch = await readFile(patchPath).catch(() => {
    throw new UserError(`the mmap-KV patch ${patchPath} is missing`, 'restore it from the repository (git checkout -- patches/)');
  });
  const patchSha = createHash('sha256').update(patch).digest('hex');

  let base = await refCommit(repo, BASE_BRANCH);
  if (!base) {
    const bundle = await ensureBundle(opts);
    base = await importBundle(bundle, repo, opts.log);
  }
  const head = (await patchedCommitIfCurrent(repo, base, patchSha)) ?? (await commitPatch(repo, base, patchPath, patchSha, opts.log));
  return { repo, baseRef: BASE_BRANCH, headRef: HEAD_BRANCH, commit: base, headCommit: head };
}

/** `npm pack` the package once into <cacheDir>/npm and extract only the bundle from it. */
async function ensureBundle(opts: EmbeddedSourceOptions): Promise<string> {
  const npmDir = path.join(opts.cacheDir, 'npm');
  await mkdir(npmDir, { recursive: true });
  const tgzName = opts.tarballName ?? `${EMBEDDED_PACKAGE}-${EMBEDDED_VERSION}.tgz`;
  const tgz = path.join(npmDir, tgzName);
  if (!(await nonEmptyFile(tgz))) {
    const spec = opts.packageSpec ?? `${EMBEDDED_PACKAGE}@${EMBEDDED_VERSION}`;
    opts.log(`fetching ${spec} with npm pack (about 35 MB, once) into ${npmDir}`);
    // Pack into a private directory first so an interrupted download never looks finished.
    const tmp = await mkdtemp(path.join(npmDir, '.pack-'));
    try {
      const r = await run('npm', ['pack', spec, '--pack-destination', tmp, '--json', '--ignore-scripts'], { cwd: tmp }).catch((e: Error) => {
        throw new UserError(`cannot run npm: ${e.message}`, 'install Node.js and npm, or point --repo at your own llama.cpp checkout');
      });
      if (r.code !== 0) {
        const why = r.stderr.trim().split('\n').slice(-4).join(' | ');
        throw new UserError(`npm pack ${spec} failed: ${why}`, 'check that the npm registry is reachable (npm ping), or point --repo at your own llama.cpp checkout');
      }
      if (!(await nonEmptyFile(path.join(tmp, tgzName)))) throw new Error(`npm pack ${spec} did not produce ${tgzName} (stdout: ${r.stdout.trim().slice(0, 300)})`);
      await rename(path.join(tmp, tgzName), tgz);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  const bundleDir = path.join(npmDir, 'bundle');
  const bundle = path.join(bundleDir, BUNDLE_PATH_IN_TARBALL);
  if (!(await nonEmptyFile(bundle))) {
    opts.log(`extracting ${BUNDLE_PATH_IN_TARBALL} from ${tgzName}`);
    await mkdir(bundleDir, { recursive: true });
    const r = await run('tar', ['-xzf', tgz, '-C', bundleDir, BUNDLE_PATH_IN_TARBALL]);
    if (r.code !== 0) {
      await rm(tgz, { force: true }); // a corrupt download: fetch again next time
      throw new Error(`cannot extract ${BUNDLE_PATH_IN_TARBALL} from ${tgz}: ${r.stderr.trim()}`);
    }
  }
  return bundle;
}

/**
 * A bare repository holding the bundle's HEAD as branch lpg/base. The bundle carries only HEAD (no
 * branches), so it is fetched by name rather than cloned. Built aside and renamed into place.
 */
async function importBundle(bundle: string, repo: string, log: (line: string) => void): Promise<string> {
  log(`importing the llama.cpp git bundle into ${repo}`);
  const tmp = `${repo}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await runOk('git', ['init', '--quiet', '--bare', tmp]);
  await runOk('git', ['-C', tmp, 'fetch', '--quiet', '--no-tags', bundle, `HEAD:refs/heads/${BASE_BRANCH}`]);
  await runOk('git', ['-C', tmp, 'symbolic-ref', 'HEAD', `refs/heads/${BASE_BRANCH}`]);
  await rm(repo, { recursive: true, force: true });
  await rename(tmp, repo);
  const base = await refCommit(repo, BASE_BRANCH);
  if (!base) throw new Error(`importing ${bundle} left no ${BASE_BRANCH} branch in ${repo}`);
  return base;
}

/** lpg/mmap-kv when it is base + exactly this patch (recorded in its message); null when it must be (re)made. */
async function patchedCommitIfCurrent(repo: string, base: string, patchSha: string): Promise<string | null> {
  const head = await refCommit(repo, HEAD_BRANCH);
  if (!head) return null;
  const r = await run('git', ['-C', repo, 'log', '-1', '--format=%P%n%B', head]);
  if (r.code !== 0) return null;
  const [parents, ...body] = r.stdout.split('\n');
  return parents.trim() === base && body.includes(`${PATCH_TRAILER}: ${patchSha}`) ? head : null;
}

/** Apply the patch to base in a private index (no checkout needed) and commit it reproducibly. */
async function commitPatch(repo: string, base: string, patchPath: string, patchSha: string, log: (line: string) => void): Promise<string> {
  log(`creating branch ${HEAD_BRANCH} = ${BASE_BRANCH} + ${path.basename(patchPath)}`);
  const tmpDir = await mkdtemp(path.join(path.dirname(repo), '.lpg-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: path.join(tmpDir, 'index'), ...PATCH_COMMIT_ENV };
  try {
    await runOk('git', ['-C', repo, 'read-tree', base], { env });
    const applied = await run('git', ['-C', repo, 'apply', '--cached', path.resolve(patchPath)], { env });
    if (applied.code !== 0) {
      throw new UserError(
        `the patch ${patchPath} does not apply to ${BASE_BRANCH} (${base.slice(0, 12)}): ${applied.stderr.trim().split('\n').slice(0, 3).join(' | ')}`,
        `regenerate the patch against the bundled llama.cpp (git -C ${repo} worktree add /tmp/lpg-base ${BASE_BRANCH})`,
      );
    }
    const tree = (await runOk('git', ['-C', repo, 'write-tree'], { env })).trim();
    const message = `llama-perf-gate: apply ${path.basename(patchPath)}\n\n${PATCH_TRAILER}: ${patchSha}\n`;
    const commit = (await runOk('git', ['-C', repo, 'commit-tree', tree, '-p', base, '-m', message], { env })).trim();
    await runOk('git', ['-C', repo, 'update-ref', `refs/heads/${HEAD_BRANCH}`, commit]);
    return commit;
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

async function refCommit(repo: string, branch: string): Promise<string | null> {
  if (!existsSync(repo)) return null;
  // --git-dir, not -C: a leftover non-repository directory must not make git search the parents.
  const r = await run('git', [`--git-dir=${repo}`, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).catch(() => null);
  return r && r.code === 0 ? r.stdout.trim() : null;
}

async function nonEmptyFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile() && s.size > 0, () => false);
}
