import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/sys/children.ts
var live = /* @__PURE__ */ new Map();
var stoppedBy = null;
function track(child) {
  const pid = child.pid;
  if (!pid) return;
  live.set(pid, new Promise((resolve) => child.once("close", () => resolve())));
  child.once("close", () => live.delete(pid));
  if (stoppedBy) killGroup(pid, "SIGTERM");
}
function killGroup(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {
  }
}
function interruptedBy() {
  return stoppedBy;
}
function liveGroups() {
  return [...live.keys()];
}
async function stopAll(signal, graceMs = 3e3) {
  stoppedBy ??= signal;
  const pids = [...live.keys()];
  for (const pid of pids) killGroup(pid, "SIGTERM");
  const all = Promise.all(pids.map((p) => live.get(p)));
  let timer;
  const hard = new Promise((resolve) => {
    timer = setTimeout(() => {
      for (const pid of pids) killGroup(pid, "SIGKILL");
      resolve();
    }, graceMs);
  });
  await Promise.race([all, hard]);
  clearTimeout(timer);
  await all;
  for (const pid of pids) killGroup(pid, "SIGKILL");
}

export {
  track,
  interruptedBy,
  liveGroups,
  stopAll
};
