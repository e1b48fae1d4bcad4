// Runs the built action (dist/index.js) as the Actions runner does: a node process with the inputs
// as INPUT_* variables, the event payload in a file at GITHUB_EVENT_PATH, outputs and job summary
// written to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and GITHUB_API_URL pointing
// at the fake API. Payloads are the real examples from @octokit/webhooks-examples.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_ENTRY = join(ROOT, 'dist/index.js');

type Payload = Record<string, any>;
const require = createRequire(import.meta.url);
const EXAMPLES = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Payload[] }[];

/** A deep copy of the first real example payload of `event` (with `action`, when given). */
export function examplePayload(event: string, action?: string, pick: (p: Payload) => boolean = () => true): Payload {
  const group = EXAMPLES.find((e) => e.name === event);
  const found = group?.examples.find((p) => (action === undefined || p.action === action) && pick(p));
  if (!found) throw new Error(`no @octokit/webhooks-examples payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found);
}

/** The same payload as if the PR came from a fork (the examples package has only same-repo PRs). */
export function asFork(p: Payload, forkOwner = 'mallory'): Payload {
  const repo = p.pull_request.head.repo;
  repo.full_name = `${forkOwner}/${repo.name}`;
  repo.owner = { ...repo.owner, login: forkOwner };
  repo.fork = true;
  p.pull_request.head.label = `${forkOwner}:${p.pull_request.head.ref}`;
  return p;
}

/** The runner's rule: INPUT_ + name with spaces → '_', upper-cased; hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
  runnerTemp: string;
}

/** Parse the GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks (and plain name=value lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

export interface RunActionOptions {
  api: string;
  eventName: string;
  payload: Payload;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Working directory = GITHUB_WORKSPACE; default a fresh temp dir. */
  workspace?: string;
}

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-action-'));
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  // The other files the runner names in every step's environment (later steps read them).
  const envPath = join(dir, 'env');
  const pathPath = join(dir, 'path');
  const statePath = join(dir, 'state');
  for (const f of [envPath, pathPath, statePath]) writeFileSync(f, '');
  const repoName = o.payload.repository?.full_name ?? 'octo-org/octo-repo';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: envPath,
    GITHUB_PATH: pathPath,
    GITHUB_STATE: statePath,
    GITHUB_API_URL: o.api,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: repoName,
    GITHUB_RUN_ID: '4242',
    GITHUB_JOB: 'perf',
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_WORKSPACE: o.workspace ?? dir,
    RUNNER_TEMP: runnerTemp,
    ...o.env,
  };
  for (const [k, v] of Object.entries(o.inputs)) env[inputEnvName(k)] = v;
  // Async spawn: the fake API server lives in this very process and must keep answering.
  const child = spawn(process.execPath, [DIST_ENTRY], { cwd: o.workspace ?? dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    dir,
    runnerTemp,
  };
}
