import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/host/fingerprint.ts
import { readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import { join as join2 } from "node:path";
import os from "node:os";

// src/host/cpulist.ts
function parseCpuList(text) {
  const t = text.trim();
  if (t === "") return [];
  const out = /* @__PURE__ */ new Set();
  for (const part of t.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = m[2] === void 0 ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 65536) return null;
    for (let i = lo; i <= hi; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
function formatCpuList(cpus) {
  const s = [...new Set(cpus)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

// src/host/damon.ts
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
var ADMIN = "sys/kernel/mm/damon/admin/kdamonds";
var RECLAIM_ENABLED = "sys/module/damon_reclaim/parameters/enabled";
var RECLAIM_MMAP_WARNING = "proactive reclaim (DAMON pageout) is active: the model's clean file pages can be evicted between launches; use --no-mmap";
function read(root, rel) {
  try {
    return readFileSync(join(root, rel), "utf8").trim();
  } catch {
    return null;
  }
}
function numbered(root, rel) {
  try {
    return readdirSync(join(root, rel)).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
  } catch {
    return [];
  }
}
function readProactiveReclaim(root = "/") {
  const kdamonds = numbered(root, ADMIN).map((id) => {
    const base = `${ADMIN}/${id}`;
    const actions = numbered(root, `${base}/contexts`).flatMap(
      (c) => numbered(root, `${base}/contexts/${c}/schemes`).map((s) => read(root, `${base}/contexts/${c}/schemes/${s}/action`))
    );
    return { id, state: read(root, `${base}/state`), actions };
  });
  const enabled = read(root, RECLAIM_ENABLED);
  const damonReclaim = enabled === null ? null : /^(Y|1)$/i.test(enabled);
  const reclaiming = (k) => k.state === "on" && k.actions.includes("pageout");
  const unknown = (k) => k.state === null || k.state === "on" && k.actions.includes(null);
  const active = damonReclaim === true || kdamonds.some(reclaiming) ? true : kdamonds.some(unknown) ? null : false;
  return { active, kdamonds, damonReclaim };
}
function reclaimWarning(r, modelMapped) {
  return r?.active === true && modelMapped ? RECLAIM_MMAP_WARNING : null;
}
function describeReclaim(r) {
  if (!r) return "not recorded";
  const on = r.kdamonds.filter((k) => k.state === "on" && k.actions.includes("pageout")).map((k) => `kdamond ${k.id}`);
  if (r.damonReclaim) on.push("damon_reclaim");
  if (r.active === true) return `DAMON pageout active (${on.join(", ")})`;
  if (r.active === null) return "unknown (DAMON state not readable; run as root to read it)";
  return r.kdamonds.length || r.damonReclaim !== null ? "none (DAMON present, no pageout scheme running)" : "none";
}

// src/host/fingerprint.ts
function readText(root, rel) {
  try {
    return readFileSync2(join2(root, rel), "utf8");
  } catch {
    return null;
  }
}
function readInt(root, rel) {
  const t = readText(root, rel);
  if (t === null) return null;
  const n = Number.parseInt(t.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
function listDir(root, rel) {
  try {
    return readdirSync2(join2(root, rel));
  } catch {
    return [];
  }
}
function readCpuinfo(root) {
  const text = readText(root, "proc/cpuinfo");
  if (text === null) return [];
  return text.split(/\n\s*\n/).map((block) => {
    const rec = {};
    for (const line of block.split("\n")) {
      const i = line.indexOf(":");
      if (i > 0) rec[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return rec;
  }).filter((r) => Object.keys(r).length > 0);
}
function cpuModelOf(cpuinfo) {
  for (const rec of cpuinfo) {
    const v = rec["model name"] ?? rec["Model"] ?? rec["cpu model"] ?? rec["Hardware"];
    if (v) return v;
  }
  const first = cpuinfo[0];
  if (first?.["CPU implementer"] && first["CPU part"]) {
    return `implementer ${first["CPU implementer"]} part ${first["CPU part"]}`;
  }
  return null;
}
function readTopology(root, cpuinfo, isRealRoot) {
  const online = readText(root, "sys/devices/system/cpu/online");
  let cpus = online === null ? null : parseCpuList(online);
  if (cpus === null || cpus.length === 0) {
    const dirs = listDir(root, "sys/devices/system/cpu").filter((d) => /^cpu\d+$/.test(d));
    cpus = dirs.map((d) => Number(d.slice(3))).sort((a, b) => a - b);
  }
  let logicalCpus = cpus.length || cpuinfo.filter((r) => r["processor"] !== void 0).length;
  if (logicalCpus === 0 && isRealRoot) logicalCpus = os.availableParallelism();
  const packages = /* @__PURE__ */ new Set();
  const coreGroups = /* @__PURE__ */ new Set();
  const groupSizes = [];
  for (const cpu of cpus) {
    const base = `sys/devices/system/cpu/cpu${cpu}/topology`;
    const pkg = readInt(root, `${base}/physical_package_id`);
    if (pkg !== null) packages.add(pkg);
    const sib = readText(root, `${base}/thread_siblings_list`) ?? readText(root, `${base}/core_cpus_list`);
    const list = sib === null ? null : parseCpuList(sib);
    if (list && list.length > 0) {
      const key = formatCpuList(list);
      if (!coreGroups.has(key)) groupSizes.push(list.length);
      coreGroups.add(key);
    }
  }
  if (packages.size === 0) {
    for (const r of cpuinfo) if (r["physical id"] !== void 0) packages.add(Number(r["physical id"]));
  }
  const sockets = packages.size > 0 ? packages.size : null;
  let threadsPerCore = groupSizes.length > 0 ? Math.max(...groupSizes) : null;
  let cores = coreGroups.size > 0 ? coreGroups.size : null;
  if (cores === null) {
    const c = cpuinfo.find((r) => r["cpu cores"] !== void 0 && r["siblings"] !== void 0);
    if (c && sockets !== null) {
      cores = Number(c["cpu cores"]) * sockets;
      threadsPerCore = Math.max(1, Math.round(Number(c["siblings"]) / Number(c["cpu cores"])));
    }
  }
  const smtActive = readInt(root, "sys/devices/system/cpu/smt/active");
  const smt = threadsPerCore !== null ? threadsPerCore > 1 : smtActive !== null ? smtActive === 1 : null;
  const coresPerSocket = cores !== null && sockets !== null ? Math.round(cores / sockets) : null;
  return { logicalCpus, sockets, coresPerSocket, threadsPerCore, smt };
}
function readNumaNodes(root) {
  const ids = listDir(root, "sys/devices/system/node").filter((d) => /^node\d+$/.test(d)).map((d) => Number(d.slice(4))).sort((a, b) => a - b);
  return ids.map((id) => {
    const base = `sys/devices/system/node/node${id}`;
    const cpulist = readText(root, `${base}/cpulist`);
    const meminfo = readText(root, `${base}/meminfo`) ?? "";
    const field = (name) => {
      const m = new RegExp(`^Node\\s+${id}\\s+${name}:\\s+(\\d+)\\s*kB`, "m").exec(meminfo);
      return m ? Number(m[1]) : null;
    };
    return {
      id,
      cpus: (cpulist === null ? null : parseCpuList(cpulist)) ?? [],
      memTotalKiB: field("MemTotal"),
      memFreeKiB: field("MemFree")
    };
  });
}
function parseBracketChoice(text) {
  if (text === null) return null;
  const m = /\[([^\]]+)\]/.exec(text);
  return m ? m[1] : text.trim() || null;
}
function readGovernor(root, cpus) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of listDir(root, "sys/devices/system/cpu/cpufreq").filter((d) => /^policy\d+$/.test(d))) {
    const g = readText(root, `sys/devices/system/cpu/cpufreq/${p}/scaling_governor`);
    if (g !== null && g.trim()) seen.add(g.trim());
  }
  if (seen.size === 0) {
    for (let cpu = 0; cpu < cpus; cpu++) {
      const g = readText(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`);
      if (g !== null && g.trim()) seen.add(g.trim());
    }
  }
  if (seen.size === 0) return null;
  return seen.size === 1 ? [...seen][0] : `mixed(${[...seen].sort().join(",")})`;
}
function readBoost(root) {
  const boost = readInt(root, "sys/devices/system/cpu/cpufreq/boost");
  if (boost !== null) return boost === 1;
  const noTurbo = readInt(root, "sys/devices/system/cpu/intel_pstate/no_turbo");
  if (noTurbo !== null) return noTurbo === 0;
  return null;
}
function readLoadAvg(root = "/") {
  const t = readText(root, "proc/loadavg");
  if (t !== null) {
    const v = t.trim().split(/\s+/).slice(0, 3).map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) return [v[0], v[1], v[2]];
  }
  if (root === "/") {
    const [a, b, c] = os.loadavg();
    return [a, b, c];
  }
  return null;
}
function hostWarnings(fp, load = fp.loadAvgStart, use = {}) {
  const w = [];
  const reclaim = reclaimWarning(fp.proactiveReclaim, use.modelMapped ?? false);
  if (reclaim) w.push(reclaim);
  if (load && fp.logicalCpus > 0 && load[0] > 0.5 * fp.logicalCpus) {
    w.push(
      `load average ${load[0].toFixed(2)} on ${fp.logicalCpus} CPUs: other work is running, timings will be noisy`
    );
  }
  if (fp.governor !== null && fp.governor !== "performance") {
    w.push(
      `CPU frequency governor is "${fp.governor}", not "performance": clocks follow load (cpupower frequency-set -g performance)`
    );
  }
  if (fp.numaBalancing !== null && fp.numaBalancing !== 0 && fp.numaNodes.length > 1) {
    w.push(
      `kernel.numa_balancing=${fp.numaBalancing} on a ${fp.numaNodes.length}-node host: the kernel migrates pages during the run and blurs placement (sysctl -w kernel.numa_balancing=0)`
    );
  }
  return w;
}
function readFingerprint(root = "/", use = {}) {
  const isRealRoot = root === "/";
  const cpuinfo = readCpuinfo(root);
  const topo = readTopology(root, cpuinfo, isRealRoot);
  const hostname = readText(root, "proc/sys/kernel/hostname")?.trim() || (isRealRoot ? os.hostname() : null);
  const kernel = readText(root, "proc/sys/kernel/osrelease")?.trim() || (isRealRoot ? os.release() : null);
  const fp = {
    hostname,
    kernel,
    cpuModel: cpuModelOf(cpuinfo),
    sockets: topo.sockets,
    coresPerSocket: topo.coresPerSocket,
    threadsPerCore: topo.threadsPerCore,
    logicalCpus: topo.logicalCpus,
    smt: topo.smt,
    numaNodes: readNumaNodes(root),
    numaBalancing: readInt(root, "proc/sys/kernel/numa_balancing"),
    thpMode: parseBracketChoice(readText(root, "sys/kernel/mm/transparent_hugepage/enabled")),
    governor: readGovernor(root, topo.logicalCpus),
    boost: readBoost(root),
    loadAvgStart: readLoadAvg(root),
    proactiveReclaim: readProactiveReclaim(root),
    warnings: []
  };
  fp.warnings = hostWarnings(fp, fp.loadAvgStart, use);
  return fp;
}
function finishFingerprint(fp, root = "/") {
  const end = readLoadAvg(root);
  const out = { ...fp, warnings: [...fp.warnings] };
  if (end) out.loadAvgEnd = end;
  const busyAtStart = hostWarnings(fp).some((w) => w.startsWith("load average"));
  const endLoad = end ? hostWarnings(fp, end).find((w) => w.startsWith("load average")) : void 0;
  if (endLoad && !busyAtStart) out.warnings.push(`at the end of the run: ${endLoad}`);
  return out;
}
function nodeLayout(fp) {
  if (fp.numaNodes.length === 0) return "unknown";
  return fp.numaNodes.map((n) => `node${n.id}:${formatCpuList(n.cpus)}`).join(" ");
}
function show(v) {
  return v === null || v === void 0 ? "unknown" : String(v);
}
function compareFingerprints(a, b, names = ["A", "B"]) {
  const out = [];
  const diff = (what, x, y) => {
    if (show(x) !== show(y)) out.push(`${what} differs: ${names[0]} ${show(x)}, ${names[1]} ${show(y)}`);
  };
  diff("hostname", a.hostname, b.hostname);
  diff("CPU model", a.cpuModel, b.cpuModel);
  diff("sockets", a.sockets, b.sockets);
  diff("cores per socket", a.coresPerSocket, b.coresPerSocket);
  diff("threads per core", a.threadsPerCore, b.threadsPerCore);
  diff("logical CPUs", a.logicalCpus, b.logicalCpus);
  diff("NUMA nodes", a.numaNodes.length, b.numaNodes.length);
  if (a.numaNodes.length === b.numaNodes.length) diff("NUMA CPU layout", nodeLayout(a), nodeLayout(b));
  for (const na of a.numaNodes) {
    const nb = b.numaNodes.find((n) => n.id === na.id);
    if (!nb || na.memTotalKiB === null || nb.memTotalKiB === null) continue;
    if (Math.abs(na.memTotalKiB - nb.memTotalKiB) > 0.05 * Math.max(na.memTotalKiB, nb.memTotalKiB)) {
      diff(`node${na.id} memory (KiB)`, na.memTotalKiB, nb.memTotalKiB);
    }
  }
  diff("kernel", a.kernel, b.kernel);
  diff("numa_balancing", a.numaBalancing, b.numaBalancing);
  diff("transparent hugepages", a.thpMode, b.thpMode);
  diff("CPU governor", a.governor, b.governor);
  diff("turbo/boost", a.boost, b.boost);
  for (const [name, fp] of [
    [names[0], a],
    [names[1], b]
  ]) {
    const s = fp.loadAvgStart?.[0];
    const e = fp.loadAvgEnd?.[0];
    if (s !== void 0 && e !== void 0 && Math.abs(e - s) > 0.5 * Math.max(1, fp.logicalCpus)) {
      out.push(`${name}: load average changed during the run, ${s.toFixed(2)} \u2192 ${e.toFixed(2)} on ${fp.logicalCpus} CPUs`);
    }
  }
  return out;
}

export {
  reclaimWarning,
  describeReclaim,
  parseCpuList,
  formatCpuList,
  readNumaNodes,
  parseBracketChoice,
  readLoadAvg,
  hostWarnings,
  readFingerprint,
  finishFingerprint,
  compareFingerprints
};
