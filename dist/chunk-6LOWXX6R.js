import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  track
} from "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/sys/exec.ts
import { execFile, spawn } from "node:child_process";
import { access, constants, stat } from "node:fs/promises";
import path from "node:path";
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, env: opts.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code === "string") {
        reject(err);
        return;
      }
      const e = err;
      resolve({ code: e ? e.code ?? null : 0, signal: e ? e.signal ?? null : null, stdout, stderr });
    });
  });
}
async function runOk(cmd, args, opts = {}) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    const why = (r.stderr.trim() || r.stdout.trim()).split("\n").slice(-5).join("\n");
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.code ?? r.signal}): ${why}`);
  }
  return r.stdout;
}
function runLines(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    track(child);
    if (child.pid) opts.onSpawn?.(child.pid);
    const splitter = () => {
      let rest = "";
      return {
        push(chunk) {
          rest += chunk.toString("utf8");
          const lines = rest.split(/\r?\n/);
          rest = lines.pop() ?? "";
          for (const l of lines) opts.onLine(l);
        },
        end() {
          if (rest) opts.onLine(rest);
          rest = "";
        }
      };
    };
    const out = splitter();
    const err = splitter();
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", (e) => {
      opts.onLine(`cannot start ${cmd}: ${e.message}`);
      resolve({ code: null, signal: null });
    });
    child.on("close", (code, signal) => {
      out.end();
      err.end();
      resolve({ code, signal });
    });
  });
}
async function which(name, env = process.env) {
  if (name.includes("/")) return await isExecutableFile(name) ? path.resolve(name) : null;
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (await isExecutableFile(p)) return p;
  }
  return null;
}
async function isExecutableFile(p) {
  try {
    await access(p, constants.X_OK);
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

// src/build/git.ts
import { mkdir, realpath, rm, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
var GIT_HINT_REFS = (repo) => `list the refs with: git -C ${repo} branch -a`;
async function resolveRef(repo, ref) {
  await assertGitRepo(repo);
  if (!ref || ref.startsWith("-")) {
    throw new UserError(`invalid git ref "${ref}" for repo ${repo}`, GIT_HINT_REFS(repo));
  }
  const r = await run("git", ["-C", repo, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const commit = r.stdout.trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new UserError(`git ref "${ref}" does not name a commit in ${repo}`, GIT_HINT_REFS(repo));
  }
  return commit;
}
async function assertGitRepo(repo) {
  const isDir = await stat2(repo).then((s) => s.isDirectory(), () => false);
  if (!isDir) {
    throw new UserError(`repo ${repo} does not exist or is not a directory`, "pass --repo the path of a llama.cpp or ik_llama.cpp git checkout");
  }
  const r = await run("git", ["-C", repo, "rev-parse", "--git-dir"]).catch((e) => {
    throw new UserError(`cannot run git: ${e.message}`, "install git: apt-get install git");
  });
  if (r.code !== 0) {
    throw new UserError(`${repo} is not a git repository`, "pass --repo the path of a llama.cpp or ik_llama.cpp git checkout (git clone ...)");
  }
}
function worktreePath(cacheDir, commit) {
  return path2.join(cacheDir, "worktrees", commit.slice(0, 12));
}
async function ensureWorktree(repo, commit, cacheDir) {
  const wt = worktreePath(cacheDir, commit);
  if (await isCleanCheckoutOf(wt, commit)) return { path: wt, reused: true };
  if (await stat2(wt).then(() => true, () => false)) {
    await run("git", ["-C", repo, "worktree", "remove", "--force", wt]);
    await rm(wt, { recursive: true, force: true });
  }
  await run("git", ["-C", repo, "worktree", "prune"]);
  await mkdir(path2.dirname(wt), { recursive: true });
  await runOk("git", ["-C", repo, "worktree", "add", "--detach", "--force", wt, commit]);
  return { path: wt, reused: false };
}
async function isCleanCheckoutOf(wt, commit) {
  const head = await run("git", ["-C", wt, "rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => null);
  if (!head || head.code !== 0 || head.stdout.trim() !== commit) return false;
  const top = await run("git", ["-C", wt, "rev-parse", "--show-toplevel"]);
  if (top.code !== 0) return false;
  const same = await realpath(top.stdout.trim()).catch(() => "") === await realpath(wt).catch(() => wt);
  if (!same) return false;
  const st = await run("git", ["-C", wt, "status", "--porcelain", "--untracked-files=no"]);
  return st.code === 0 && st.stdout.trim() === "";
}

// src/build/compare.ts
var SHA = /^[0-9a-f]{40,64}$/;
var MERGE_REF_PREFIX = "refs/llama-perf-gate/merges/";
async function mergeBase(repo, a, b) {
  const r = await run("git", ["-C", repo, "merge-base", a, b]);
  const sha = r.stdout.trim();
  return r.code === 0 && SHA.test(sha) ? sha : null;
}
async function commitsBetween(repo, from, to) {
  const r = await run("git", ["-C", repo, "rev-list", "--count", `${from}..${to}`]);
  return r.code === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) : null;
}
async function parentsOf(repo, commit) {
  if (!SHA.test(commit)) return null;
  const r = await run("git", ["-C", repo, "rev-list", "--parents", "-n", "1", `${commit}^{commit}`, "--"]);
  const words = r.stdout.trim().split(/\s+/);
  return r.code === 0 && words[0] === commit ? words.slice(1) : null;
}
async function isShallow(repo) {
  const r = await run("git", ["-C", repo, "rev-parse", "--is-shallow-repository"]);
  return r.stdout.trim() === "true";
}
async function makeMerge(repo, base, head) {
  const tree = await run("git", ["-C", repo, "merge-tree", "--write-tree", "--name-only", "--no-messages", base, head]);
  const lines = tree.stdout.split("\n").filter((l) => l !== "");
  if (tree.code === 1) return { conflicts: lines.slice(1) };
  if (tree.code !== 0 || !SHA.test(lines[0] ?? "")) {
    const why = (tree.stderr.trim() || tree.stdout.trim()).split("\n")[0];
    throw new UserError(`git merge-tree could not merge ${head.slice(0, 12)} into ${base.slice(0, 12)}: ${why}`, "git 2.38 or newer is needed for --compare merge (or use --compare branch-point)");
  }
  const when = (await runOk("git", ["-C", repo, "log", "-1", "--format=%ct", head])).trim();
  const who = { name: "llama-perf-gate", email: "llama-perf-gate@localhost.invalid", date: `${when} +0000` };
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_AUTHOR_DATE: who.date,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_COMMITTER_DATE: who.date
  };
  const message = `llama-perf-gate: test merge of ${head} into ${base}`;
  const commit = (await runOk("git", ["-C", repo, "-c", "commit.gpgSign=false", "commit-tree", "--no-gpg-sign", lines[0], "-p", base, "-p", head, "-m", message], { env })).trim();
  await runOk("git", ["-C", repo, "update-ref", `${MERGE_REF_PREFIX}${base.slice(0, 12)}-${head.slice(0, 12)}`, commit]);
  return { commit };
}
async function resolveComparison(req) {
  const { repo, mode } = req;
  const head = await resolveRef(repo, req.headRef);
  let base = await resolveRef(repo, req.baseRef);
  const out = (c, bp2, moved2) => ({
    requested: mode,
    fallback: null,
    baseRef: req.baseRef,
    headRef: req.headRef,
    base,
    head,
    branchPoint: bp2,
    baseMoved: moved2,
    merge: null,
    ...c
  });
  let fallback = null;
  if (mode === "merge" && req.testMerge) {
    const t = req.testMerge.commit;
    const parents = t ? await parentsOf(repo, t) : null;
    if (t && parents?.length === 2 && parents[1] === head) {
      base = parents[0];
      const bp2 = await mergeBase(repo, base, head);
      return out({ mode, a: base, b: t, merge: { commit: t, by: "github" } }, bp2, bp2 === null ? null : await commitsBetween(repo, bp2, base));
    }
    fallback = req.testMerge.why ?? (t === null || parents === null ? `GitHub's test merge commit${t ? ` ${t.slice(0, 12)}` : ""} is not in the checkout (the PR may not merge cleanly)` : `${t.slice(0, 12)} is not a merge of the head ${head.slice(0, 12)}`);
  }
  const bp = await mergeBase(repo, base, head);
  const moved = bp === null ? null : await commitsBetween(repo, bp, base);
  if (mode === "refs") return out({ mode, a: base, b: head }, bp, moved);
  if (bp === null) {
    const shallow = await isShallow(repo);
    throw new UserError(
      `--compare ${mode}: ${req.baseRef} and ${req.headRef} have no common history in ${repo}${shallow ? " (the checkout is shallow)" : ""}`,
      shallow ? "fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)" : "compare exactly the two refs with --compare refs"
    );
  }
  if (mode === "merge" && fallback === null) {
    if (bp === base) return out({ mode, a: base, b: head }, bp, moved);
    const m = await makeMerge(repo, base, head);
    if ("commit" in m) return out({ mode, a: base, b: m.commit, merge: { commit: m.commit, by: "local" } }, bp, moved);
    const shown = m.conflicts.slice(0, 5).join(", ") + (m.conflicts.length > 5 ? ` and ${m.conflicts.length - 5} more` : "");
    fallback = `${req.headRef} does not merge cleanly into ${req.baseRef} (conflicts in ${shown || "some files"})`;
  }
  return out({ mode: "branch-point", fallback, a: bp, b: head }, bp, moved);
}

// src/pipeline/compare.ts
async function applyComparison(plan, testMerge) {
  const [a, b] = plan.variants;
  const mode = plan.compare ?? "refs";
  const c = await resolveComparison({ repo: plan.repo, mode, baseRef: a.ref, headRef: b.ref, testMerge });
  plan.compare = mode;
  plan.comparison = c;
  if (c.mode !== "refs") plan.variants = [{ ...a, ref: c.a }, { ...b, ref: c.b }];
  const warnings = [];
  if (c.fallback) warnings.push(`--compare ${c.requested} fell back to branch-point: ${c.fallback}`);
  if (c.mode === "refs" && c.baseMoved !== null && c.baseMoved > 0) {
    warnings.push(`${c.baseRef} is ${c.baseMoved} commit${c.baseMoved === 1 ? "" : "s"} ahead of the branch point; --compare merge measures what merging does`);
  }
  return { warnings };
}

export {
  run,
  runOk,
  runLines,
  which,
  isExecutableFile,
  resolveRef,
  worktreePath,
  ensureWorktree,
  mergeBase,
  applyComparison
};
