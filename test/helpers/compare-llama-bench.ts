// llama.cpp's own scripts/compare-llama-bench.py, taken from the bundled llama.cpp source (never
// copied into this repository), with a python3 that has its imports.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEmbeddedSource, BASE_BRANCH } from '../../src/build/embedded.ts';
import { defaultCacheDir } from '../../src/sys/cache-dir.ts';

/** A python3 that has the script's imports (a pyenv python3 may lack the distribution's packages). */
function python(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import git, tabulate']).status === 0) return py;
  }
  return null;
}

export async function compareScript(): Promise<{ py: string; clb: string } | { skip: string }> {
  let repo: string;
  try {
    ({ repo } = await ensureEmbeddedSource({ cacheDir: defaultCacheDir(), log: () => {} }));
  } catch (e) {
    return { skip: `the bundled llama.cpp source cannot be had here (${(e as Error).message})` };
  }
  const py = python();
  // A missing package is a failure naming it (README's set-up line lists it), never a silent skip.
  if (!py) throw new Error('python3 with GitPython and tabulate is needed by compare-llama-bench.py: install the system packages python3-git python3-tabulate (apt-get install python3-git python3-tabulate)');
  const path = join(mkdtempSync(join(tmpdir(), 'lpg-clb-')), 'compare-llama-bench.py');
  writeFileSync(path, execFileSync('git', ['-C', repo, 'show', `${BASE_BRANCH}:scripts/compare-llama-bench.py`]));
  return { py, clb: path };
}

