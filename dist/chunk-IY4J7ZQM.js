import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-VK5KJTMD.js";
import {
  modelOf,
  readGgufHeader
} from "./chunk-GDMBPVIE.js";

// src/store/calibration.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/store/write.ts
import { join } from "node:path";
function writeJsonAtomic(path, value) {
  writeFileAtomic(path, JSON.stringify(value, null, 1) + "\n");
}
function writeResults(outDir, results) {
  const path = join(outDir, "results.json");
  writeJsonAtomic(path, results);
  return path;
}

// src/store/identity.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, statSync } from "node:fs";
var MODEL_HEAD_BYTES = 4 * 1024 * 1024;
function modelIdentity(path) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(Math.min(Math.max(MODEL_HEAD_BYTES, headerBytes(path)), statSync(path).size));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return { size: statSync(path).size, headSha256: createHash("sha256").update(buf.subarray(0, n)).digest("hex") };
  } finally {
    closeSync(fd);
  }
}
function headerBytes(path) {
  try {
    return readGgufHeader(path).headerBytes;
  } catch {
    return 0;
  }
}
function modelsIdentity(models) {
  if (models.length === 1) return modelIdentity(models[0].path);
  return models.map((m) => ({ name: m.name, file: modelIdentity(m.path) }));
}
function modelChanges(a, b) {
  if (canonical(a) === canonical(b)) return [];
  const named = (x) => Array.isArray(x) ? x : null;
  const [na, nb] = [named(a), named(b)];
  if (!na || !nb) return [na || nb ? "models (one model, not several)" : "model (another file: size or header hash)"];
  const out = [];
  for (const m of nb) {
    const was = na.find((x) => x.name === m.name);
    if (!was) out.push(`model ${m.name} added`);
    else if (canonical(was.file) !== canonical(m.file)) out.push(`model ${m.name} (another file: size or header hash)`);
  }
  for (const m of na) if (!nb.some((x) => x.name === m.name)) out.push(`model ${m.name} removed`);
  if (out.length === 0) out.push("models (order)");
  return out;
}
function hostIdentity(h) {
  if (!h) return null;
  return {
    cpuModel: h.cpuModel,
    sockets: h.sockets,
    coresPerSocket: h.coresPerSocket,
    threadsPerCore: h.threadsPerCore,
    logicalCpus: h.logicalCpus,
    numaNodes: h.numaNodes.length,
    kernel: h.kernel
  };
}
function experimentIdentity(plan, builds, host) {
  return {
    variants: plan.variants.map((v) => ({
      id: v.id,
      commit: builds.find((b) => b.variant === v.id)?.commit ?? v.ref,
      cmakeArgs: v.cmakeArgs,
      runArgs: v.runArgs,
      env: Object.fromEntries(Object.entries(v.env).sort()),
      ...v.slowdown !== void 0 && { slowdown: v.slowdown },
      ...v.replica && { replica: v.replica }
    })),
    model: modelsIdentity(plan.models),
    workloads: plan.workloads,
    threads: plan.threads,
    levers: Object.fromEntries(Object.entries(plan.levers).sort()),
    decision: { warmupBlocks: plan.warmupBlocks, margin: plan.margin, alpha: plan.alpha, method: plan.method },
    host: hostIdentity(host),
    ...plan.depthSweep && { depthSweep: { depths: plan.depthSweep.depths, gen: plan.depthSweep.gen } }
  };
}
function identityHash(id) {
  return createHash("sha256").update(canonical(id)).digest("hex");
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}
function identityChanges(a, b) {
  const out = [];
  for (const i of [0, 1]) {
    const [x, y] = [a.variants[i], b.variants[i]];
    const name = i === 0 ? "A" : "B";
    if (!x || !y) continue;
    if (x.commit !== y.commit) out.push(`${name} commit`);
    if (canonical(x.cmakeArgs) !== canonical(y.cmakeArgs)) out.push(`${name} CMake args`);
    if (canonical(x.runArgs) !== canonical(y.runArgs)) out.push(`${name} run args`);
    if (canonical(x.env) !== canonical(y.env)) out.push(`${name} env`);
    if (x.slowdown !== y.slowdown) out.push(`${name} slowdown`);
    if ((x.replica ?? 0) !== (y.replica ?? 0)) out.push(`${name} build replica`);
  }
  out.push(...modelChanges(a.model, b.model));
  const parts = ["workloads", "threads", "levers", "decision", "host", "depthSweep"];
  for (const k of parts) if (canonical(a[k]) !== canonical(b[k])) out.push(k);
  return out;
}

// src/store/calibration.ts
var CALIBRATION_SCHEMA = "llama-perf-gate/calibration@1";
function hostKey(fp) {
  const id = [fp.hostname, fp.cpuModel, fp.sockets, fp.coresPerSocket, fp.threadsPerCore, fp.logicalCpus, fp.numaNodes.length];
  return createHash2("sha256").update(JSON.stringify(id)).digest("hex").slice(0, 16);
}
function calibrationPath(cacheDir, fp) {
  return join2(cacheDir, "calibration", `${hostKey(fp)}.json`);
}
function writeCalibration(cacheDir, cal, fp) {
  const path = calibrationPath(cacheDir, fp);
  writeJsonAtomic(path, cal);
  return path;
}
function readCalibration(cacheDir, fp) {
  try {
    const c = JSON.parse(readFileSync(calibrationPath(cacheDir, fp), "utf8"));
    if (c?.schema !== CALIBRATION_SCHEMA || c.hostKey !== hostKey(fp) || !Array.isArray(c.workloads)) return null;
    const ok = c.workloads.every((w) => typeof w.label === "string" && Number.isFinite(w.spread) && Number.isFinite(w.blocksFor2pct) && Number.isFinite(w.falseCallRate));
    return ok ? c : null;
  } catch {
    return null;
  }
}
var modelFileName = (path) => path.split("/").pop() ?? path;
function modelKey(path) {
  const id = modelIdentity(path);
  return id ? `${id.size}:${id.headSha256}` : null;
}
function calibrationKeys(plan) {
  return plan.workloads.map((w) => ({ label: w.label, model: modelOf(plan, w) }));
}
function sameModel(cal, w, path, keys) {
  if (w.modelKey === void 0) return cal.model === modelFileName(path);
  if (!keys.has(path)) keys.set(path, modelKey(path));
  return keys.get(path) === w.modelKey;
}
function calibratedFor(cal, wanted) {
  const keys = /* @__PURE__ */ new Map();
  return cal.workloads.filter((w) => wanted.some((k) => k.label === w.label && sameModel(cal, w, k.model.path, keys)));
}

// src/store/qualification.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
var QUALIFICATION_SCHEMA = "llama-perf-gate/qualifications@1";
function qualificationPath(cacheDir, fp) {
  return join3(cacheDir, "calibration", `${hostKey(fp)}.qualifications.json`);
}
function readQualifications(cacheDir, fp) {
  try {
    const f = JSON.parse(readFileSync2(qualificationPath(cacheDir, fp), "utf8"));
    if (f?.schema !== QUALIFICATION_SCHEMA || f.hostKey !== hostKey(fp) || !Array.isArray(f.records)) return [];
    return f.records.filter(isRecord);
  } catch {
    return [];
  }
}
function isRecord(r) {
  return typeof r?.createdAt === "string" && ["qualified", "short", "failed"].includes(r.status) && Number.isFinite(r.k) && Array.isArray(r.workloads) && r.workloads.every((w) => typeof w?.workload === "string" && w.aaPrime && w.injected);
}
function appendQualification(cacheDir, fp, rec) {
  const path = qualificationPath(cacheDir, fp);
  const file = { schema: QUALIFICATION_SCHEMA, hostKey: hostKey(fp), records: [...readQualifications(cacheDir, fp), rec] };
  writeJsonAtomic(path, file);
  return path;
}
function runnerShown(records, workloads, now) {
  const measured = records.filter((r) => r.status !== "failed");
  const last = measured[measured.length - 1];
  if (!last) return null;
  const mine = last.workloads.filter((w) => workloads.includes(w.workload));
  const newest = records[records.length - 1];
  return {
    at: last.createdAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(last.createdAt)) / 864e5)),
    k: last.k,
    status: last.status,
    workloads: mine.length > 0 ? mine : last.workloads,
    laterFailure: newest !== last && newest.status === "failed" ? { at: newest.createdAt, reason: newest.reasons[0] ?? "failed" } : null
  };
}

export {
  modelsIdentity,
  modelChanges,
  hostIdentity,
  experimentIdentity,
  identityHash,
  identityChanges,
  writeResults,
  CALIBRATION_SCHEMA,
  hostKey,
  writeCalibration,
  readCalibration,
  modelFileName,
  modelKey,
  calibrationKeys,
  calibratedFor,
  readQualifications,
  appendQualification,
  runnerShown
};
