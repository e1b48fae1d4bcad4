import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  renderQualificationHistory
} from "./chunk-73PJRVJB.js";
import {
  openExisting,
  storePath
} from "./chunk-X7HTFSBR.js";
import "./chunk-ZQBLR5LW.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import {
  readQualifications
} from "./chunk-IY4J7ZQM.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import {
  median
} from "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-BJGFYZ3G.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import {
  readFingerprint
} from "./chunk-ANVRTINO.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/history.ts
import { hostname } from "node:os";

// src/report/history.ts
function noHistoryLine(host) {
  return `no measured experiments on ${host === null ? "any host" : `this host (${host})`} in the store`;
}
function renderHistory(rows, host) {
  const out = [`variant A (base) throughput per experiment on ${host === null ? "every host" : host}: median t/s of its launches`];
  for (const w of [...new Set(rows.map((r) => r.workload))]) {
    out.push(`
${w}`);
    out.push(`  ${"date".padEnd(16)}  ${"experiment".padEnd(12)}  ${"A build".padEnd(12)}  ${"t/s".padStart(10)}  ${"n".padStart(4)}  ${"vs prev".padStart(8)}`);
    for (const r of rows.filter((x) => x.workload === w)) {
      const change = r.change === null ? "" : `${r.change >= 0 ? "+" : ""}${(r.change * 100).toFixed(1)}%`;
      out.push(`  ${r.at.slice(0, 16).replace("T", " ")}  ${r.id.padEnd(12)}  ${r.label.padEnd(12)}  ${r.median.toFixed(2).padStart(10)}  ${String(r.n).padStart(4)}  ${change.padStart(8)}`);
      if (r.moved.length > 0) out.push(`    ! baseline moved: the host changed (${r.moved.join("; ")}); a difference here is the machine, not the code`);
      if (r.model.length > 0) out.push(`    ! model changed: ${r.model.join("; ")}; a difference here may be the model, not the code`);
      if (r.reclaim.length > 0) out.push(`    ! reclaim changed: ${r.reclaim.join("; ")}; a mapped model evicted between launches is slower for that alone`);
    }
  }
  const unrecorded = [...new Set(rows.filter((r) => !r.reclaimRecorded).map((r) => r.id))];
  if (unrecorded.length > 0) {
    out.push(`
reclaim: the store has no DAMON state for ${unrecorded.length} experiment(s) (${unrecorded.join(", ")}: stored before it was read); their reclaim changes are judged by mapping and major faults only`);
  }
  return out.join("\n");
}

// src/cli/history-flags.ts
function modelState(e, identity, workload, launches) {
  const name = e.header.plan.workloads.find((w) => w.id === workload)?.model;
  const m = identity.model;
  const file = Array.isArray(m) ? m.find((x) => x.name === name)?.file ?? null : m;
  const faults = launches.filter((l) => l.variant === "A" && l.workload === workload && !l.warmup && l.status === "ok" && l.memory).map((l) => l.memory.majorFaults);
  const pr = e.header.host?.proactiveReclaim;
  return {
    content: file ? JSON.stringify(file) : null,
    reclaim: pr === void 0 ? void 0 : pr?.active ?? null,
    mapped: !e.header.plan.levers.noMmap,
    majorFaults: faults.length ? median(faults) : null
  };
}
var FAULTS_READ = 100;
function modelFlags(a, b) {
  const out = [];
  if (a.content && b.content && a.content !== b.content) out.push("the model is another file (size or header hash differ)");
  return out;
}
function reclaimFlags(a, b) {
  const out = [];
  const word = (x) => x === null ? "unknown" : x ? "on" : "off";
  if (a.reclaim !== void 0 && b.reclaim !== void 0 && a.reclaim !== b.reclaim) out.push(`proactive reclaim (DAMON pageout) ${word(a.reclaim)} \u2192 ${word(b.reclaim)}`);
  if (a.mapped !== b.mapped) out.push(`model ${a.mapped ? "mapped" : "read (--no-mmap)"} \u2192 ${b.mapped ? "mapped" : "read (--no-mmap)"}`);
  if (a.majorFaults !== null && b.majorFaults !== null) {
    const [lo, hi] = [Math.min(a.majorFaults, b.majorFaults), Math.max(a.majorFaults, b.majorFaults)];
    if (hi >= FAULTS_READ && hi >= 10 * (lo + 1)) out.push(`major faults per launch ${Math.round(a.majorFaults)} \u2192 ${Math.round(b.majorFaults)} (model pages ${b.majorFaults > a.majorFaults ? "now" : "no longer"} read from disk at each launch)`);
  }
  return out;
}

// src/cli/history.ts
var HOST_FIELDS = [
  ["cpuModel", "CPU"],
  ["sockets", "sockets"],
  ["coresPerSocket", "cores per socket"],
  ["threadsPerCore", "threads per core"],
  ["logicalCpus", "logical CPUs"],
  ["kernel", "kernel"],
  ["governor", "governor"],
  ["thpMode", "THP"],
  ["boost", "boost"],
  ["numaBalancing", "numa_balancing"]
];
function hostChanges(a, b) {
  if (!a || !b) return [];
  const out = HOST_FIELDS.filter(([k]) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map(([k, name]) => `${name} ${String(a[k])} \u2192 ${String(b[k])}`);
  if (a.numaNodes.length !== b.numaNodes.length) out.push(`NUMA nodes ${a.numaNodes.length} \u2192 ${b.numaNodes.length}`);
  return out;
}
async function historyCommand(argv) {
  const o = new OptionValues("history", parseCommandArgs("history", argv).values);
  const values = { workload: o.str("workload"), store: o.str("store"), "all-hosts": o.bool("all-hosts") };
  const store = openExisting(storePath(values.store));
  const here = hostname();
  const rows = [];
  try {
    const experiments = store.list().filter((e) => values["all-hosts"] || (e.header.host?.hostname ?? here) === here);
    const all = [...new Set(experiments.flatMap((e) => e.header.plan.workloads.map((w) => w.id)))];
    const workloads = values.workload ? all.filter((id) => id === values.workload || id.endsWith(`/${values.workload}`)) : all;
    if (values.workload && workloads.length === 0) {
      throw new UserError(`no stored experiment on this host has workload ${values.workload}`, `example: --workload ${experiments[0]?.header.plan.workloads[0]?.id ?? "tg128"}`);
    }
    const launches = /* @__PURE__ */ new Map();
    const launchesOf = (id) => launches.get(id) ?? launches.set(id, store.launches(id)).get(id);
    for (const w of workloads) {
      let prev = null;
      let prevRow = null;
      for (const e of experiments) {
        const xs = store.values(e.id, "A", w);
        if (xs.length === 0) continue;
        const m = median(xs);
        const state = modelState(e, store.identity(e.id), w, launchesOf(e.id));
        const moved = prev ? hostChanges(prev.e.header.host, e.header.host) : [];
        const change = prevRow && prevRow.label === e.labels[0] ? m / prevRow.median - 1 : null;
        const row = {
          id: e.id,
          at: e.createdAt,
          workload: w,
          label: e.labels[0],
          median: m,
          n: xs.length,
          change,
          moved,
          model: prev ? modelFlags(prev.state, state) : [],
          reclaim: prev ? reclaimFlags(prev.state, state) : [],
          reclaimRecorded: state.reclaim !== void 0
        };
        rows.push(row);
        prev = { e, state };
        prevRow = row;
      }
    }
  } finally {
    store.close();
  }
  const scope = values["all-hosts"] ? null : here;
  console.log(rows.length === 0 ? noHistoryLine(scope) : renderHistory(rows, scope));
  console.log(`
${renderQualificationHistory(readQualifications(defaultCacheDir(), readFingerprint("/")))}`);
  return 0;
}
export {
  historyCommand,
  hostChanges
};
