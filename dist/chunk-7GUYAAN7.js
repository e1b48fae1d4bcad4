import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  interruptedBy
} from "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/sys/lock.ts
import { link, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { constants, hostname } from "node:os";
import path from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";
import { statSync } from "node:fs";

// src/sys/leftovers.ts
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
function readProc(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { pid, state: f[0], pgrp: Number(f[2]), startTicks: Number(f[19]) };
  } catch {
    return null;
  }
}
function groupMembers(g) {
  const leader = readProc(g.pgid);
  if (leader && g.startTicks !== null && leader.startTicks !== g.startTicks) return [];
  const out = [];
  let pids;
  try {
    pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  for (const n of pids) {
    const p = readProc(Number(n));
    if (!p || p.pgrp !== g.pgid || p.state === "Z" || p.pid === process.pid) continue;
    if (g.startTicks !== null && p.startTicks < g.startTicks) continue;
    out.push(p.pid);
  }
  return out;
}
function isForeignGroup(g) {
  const o = g;
  if (!o || !Number.isSafeInteger(o.pgid) || o.pgid <= 1) return false;
  if (o.startTicks !== null && !Number.isSafeInteger(o.startTicks)) return false;
  return o.pgid !== process.pid && o.pgid !== readProc(process.pid)?.pgrp;
}
function signalGroup(g, sig) {
  try {
    process.kill(-g.pgid, sig);
  } catch {
  }
}
async function gone(groups, ms) {
  const until = Date.now() + ms;
  for (; ; ) {
    if (groups.every((g) => groupMembers(g).length === 0)) return true;
    if (Date.now() >= until) return false;
    await sleep(50);
  }
}
async function stopLeftovers(groups, graceMs = 3e3) {
  const left = groups.filter(isForeignGroup).filter((g) => groupMembers(g).length > 0);
  const found = left.reduce((n, g) => n + groupMembers(g).length, 0);
  if (left.length === 0) return 0;
  for (const g of left) signalGroup(g, "SIGTERM");
  if (await gone(left, graceMs)) return found;
  for (const g of left) signalGroup(g, "SIGKILL");
  if (await gone(left, graceMs)) return found;
  const still = left.flatMap(groupMembers);
  throw new Error(`processes ${still.join(", ")} left by a killed owner survive SIGKILL; stop them and run again`);
}

// src/sys/lock.ts
function startTicks(pid) {
  try {
    const s = readFileSync2(`/proc/${pid}/stat`, "utf8");
    const v = Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}
function startedAt(ticks) {
  if (ticks === null) return null;
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync2("/proc/stat", "utf8"))?.[1]);
    return Number.isFinite(btime) ? new Date((btime + ticks / 100) * 1e3) : null;
  } catch {
    return null;
  }
}
function ownerOf(label, pid = process.pid) {
  return { pid, startTicks: startTicks(pid), hostname: hostname(), since: (/* @__PURE__ */ new Date()).toISOString(), label };
}
function ownerAlive(o) {
  if (o.hostname !== hostname()) return true;
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    if (e.code === "ESRCH") return false;
  }
  const now = startTicks(o.pid);
  if (o.startTicks !== null && now !== null) return now === o.startTicks;
  const started = startedAt(now)?.getTime();
  const since = Date.parse(o.since);
  return !(started !== void 0 && Number.isFinite(since) && started > since + 2e3);
}
async function readOwner(lockPath) {
  const text = (await readFile(lockPath, "utf8").catch(() => "")).trim();
  if (/^\d+$/.test(text)) {
    const mtime = statSync(lockPath, { throwIfNoEntry: false })?.mtime;
    return { pid: Number(text), startTicks: null, hostname: hostname(), since: mtime ? mtime.toISOString() : "?", label: "a lock" };
  }
  try {
    const o = JSON.parse(text);
    return typeof o.pid === "number" && o.pid > 0 ? o : null;
  } catch {
    return null;
  }
}
function describeOwner(o) {
  if (!o) return "an unknown owner (unreadable lock file)";
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `${o.label} (pid ${o.pid} on ${o.hostname}, started ${t ? t.toISOString() : o.since})`;
}
function waitLine(o, lockPath) {
  if (!o) return `waiting for the lock ${lockPath} (unreadable lock file; taken over after a minute)`;
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `waiting for llama-perf-gate pid ${o.pid} (started ${t ? t.toISOString() : o.since}) holding ${o.label} (${lockPath})`;
}
async function unreadableForLong(lockPath) {
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > 6e4;
  } catch {
    return false;
  }
}
async function tryLock(lockPath, label, onStale) {
  await mkdir(path.dirname(lockPath), { recursive: true });
  const me = ownerOf(label);
  const mine = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, JSON.stringify(me));
  try {
    for (; ; ) {
      try {
        await link(mine, lockPath);
        return {
          path: lockPath,
          owner: me,
          release: async () => {
            const cur = await readOwner(lockPath);
            if (cur && cur.pid === me.pid && cur.since === me.since) await rm(lockPath, { force: true });
          },
          addGroup: (pgid) => {
            me.groups = [...me.groups ?? [], { pgid, startTicks: startTicks(pgid) }];
            const next = `${lockPath}.${process.pid}.groups`;
            writeFileSync(next, JSON.stringify(me));
            renameSync(next, lockPath);
          }
        };
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      const owner = await readOwner(lockPath);
      if (owner ? ownerAlive(owner) : !await unreadableForLong(lockPath)) return { heldBy: owner };
      const leftovers = owner && Array.isArray(owner.groups) ? await stopLeftovers(owner.groups) : 0;
      const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(lockPath, aside);
        await rm(aside, { force: true });
        onStale?.(owner, leftovers);
      } catch {
      }
    }
  } finally {
    await rm(mine, { force: true });
  }
}
async function acquireLock(lockPath, o) {
  const deadline = o.timeoutMs === void 0 ? Infinity : Date.now() + o.timeoutMs;
  let lastSaid = "";
  for (; ; ) {
    const r = await tryLock(lockPath, o.label, o.onStale);
    if ("release" in r) return r;
    const said = describeOwner(r.heldBy);
    if (said !== lastSaid) {
      o.onWait?.(waitLine(r.heldBy, lockPath), r.heldBy);
      lastSaid = said;
    }
    if (Date.now() >= deadline) throw o.onTimeout?.(r.heldBy) ?? new Error(`timed out waiting for the lock ${lockPath}, held by ${said}`);
    const sig = interruptedBy();
    if (sig) throw new UserError(`interrupted by ${sig} while waiting for the lock ${lockPath}, held by ${said}`, "run the same command again when that process is done", 128 + constants.signals[sig]);
    await sleep2(Math.min(o.pollMs ?? 1e3, Math.max(1, deadline - Date.now())));
  }
}
async function withLock(lockPath, fn, onWait, label = "a lock", onStale) {
  const lock = await acquireLock(lockPath, { label, onWait, onStale });
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}

export {
  describeOwner,
  waitLine,
  tryLock,
  acquireLock,
  withLock
};
