import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  defaultHorizon,
  looksFor
} from "./chunk-MJ5C2ZYS.js";
import {
  readTrustedResults
} from "./chunk-36A2OLPC.js";
import {
  writeFileAtomic
} from "./chunk-VK5KJTMD.js";
import {
  DEFAULT_SPENDING,
  countedBlocksOf,
  designOf
} from "./chunk-NDNGWDMH.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/pipeline/fleet.ts
import { mkdir } from "node:fs/promises";
import { dirname as dirname2, relative as relative2 } from "node:path";

// src/pipeline/fleet-files.ts
import { glob, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var GLOB = /[*?[{]/;
function globBase(entry, cwd) {
  const segs = entry.split("/");
  const i = segs.findIndex((s) => GLOB.test(s));
  return resolve(cwd, segs.slice(0, i).join("/") || ".");
}
function machineOf(path, base) {
  if (base === null) return basename(path) === "results.json" ? basename(dirname(path)) : basename(path).replace(/\.json$/i, "");
  const parts = relative(base, path).split(sep);
  return parts.length > 1 ? parts[0] : basename(base);
}
async function expandResultsInputs(entries, cwd) {
  const found = /* @__PURE__ */ new Map();
  const add = (path, machine) => {
    if (!found.has(path)) found.set(path, machine);
  };
  for (const entry of entries) {
    const abs = resolve(cwd, entry);
    if (GLOB.test(entry)) {
      const base = globBase(entry, cwd);
      for await (const p of glob(entry, { cwd })) add(resolve(cwd, p), machineOf(resolve(cwd, p), base));
      continue;
    }
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UserError(`results entry "${entry}" does not exist (resolved to ${abs})`, "list results.json files, directories holding them, or globs such as artifacts/*/results.json");
    }
    if (st.isDirectory()) {
      for await (const p of glob("**/results.json", { cwd: abs })) add(join(abs, p), machineOf(join(abs, p), abs));
    } else {
      add(abs, machineOf(abs, null));
    }
  }
  return [...found].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([path, machine]) => ({ path, machine }));
}
function claimsOf(files) {
  const claims = /* @__PURE__ */ new Map();
  for (const f of files) claims.set(f.machine, [...claims.get(f.machine) ?? [], f.path]);
  return claims;
}
function impersonated(r, machine, fleet) {
  const host = r.host?.hostname?.trim().toLowerCase();
  if (!host) return null;
  const names = /* @__PURE__ */ new Set([host, host.split(".")[0]]);
  for (const other of fleet) {
    if (other.toLowerCase() !== machine.toLowerCase() && names.has(other.toLowerCase())) return other;
  }
  return null;
}

// src/pipeline/fleet.ts
var AGGREGATE_SCHEMA = "llama-perf-gate/aggregate@1";
var MAX_MACHINES = 64;
async function loadFleet(entries, cwd, expected = [], design) {
  const files = await expandResultsInputs(entries, cwd);
  if (files.length === 0 && expected.length === 0) {
    throw new UserError(`no results.json found in: ${entries.join(", ")}`, "did every matrix job upload its artifact, and did download-artifact put them under that path?");
  }
  if (files.length > MAX_MACHINES) throw new UserError(`${files.length} results files found; the fleet limit is ${MAX_MACHINES}`);
  const claims = claimsOf(files);
  const fleetNames = [.../* @__PURE__ */ new Set([...expected, ...claims.keys()])];
  const machines = [];
  const problems = [];
  for (const [name, paths] of claims) {
    if (paths.length > 1) {
      problems.push({ text: `${paths.length} results files stand for ${name} (${paths.map((p2) => relative2(cwd, p2)).join(", ")}): one machine sends one file, so none of them is counted`, outcome: "failed" });
      continue;
    }
    const [p] = paths;
    const subject = `results.json from ${name}`;
    try {
      const results = await readTrustedResults(p);
      const other = impersonated(results, name, fleetNames);
      const refused = other !== null ? { text: `${subject} names its host ${results.host.hostname}, which is ${other}: a file stands for the machine whose artifact it came in, so it is not counted for either`, outcome: "failed" } : design && designMismatch(results, design, subject);
      if (refused) problems.push(refused);
      else machines.push({ label: name, source: p, results });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push({ text: `no results from ${name}: ${e.message}`, outcome: "incomplete" });
    }
  }
  for (const name of expected) {
    if (!claims.has(name)) problems.push({ text: `no results from ${name}: no results.json for it under ${entries.join(", ")} (the job failed, was cancelled, or uploaded nothing)`, outcome: "incomplete" });
  }
  problems.push(...commitProblems(machines));
  return { machines, problems };
}
var DESIGN_INPUTS = {
  margin: ["margin"],
  alpha: ["alpha"],
  method: ["method"],
  spending: ["spending"],
  horizon: ["max-blocks", "horizon"],
  looks: ["max-blocks", "looks"],
  "numa-guest": ["numa-guest"]
};
function designMismatch(r, design, subject) {
  if (r.launches.length === 0) return null;
  const file = designOf(r.plan);
  const taken = looksTaken(r);
  const last = design.looks[design.looks.length - 1];
  const looksAgree = taken.filter((l) => l <= last).join() === design.looks.join() && taken.every((l) => l <= last || l <= design.horizon);
  const parts = [
    ["margin", file.margin, design.margin, file.margin === design.margin],
    ["alpha", file.alpha, design.alpha, file.alpha === design.alpha],
    ["method", file.method, design.method, file.method === design.method],
    ["spending", file.spending ?? DEFAULT_SPENDING, design.spending ?? DEFAULT_SPENDING, (file.spending ?? DEFAULT_SPENDING) === (design.spending ?? DEFAULT_SPENDING)],
    ["horizon", file.horizon, design.horizon, file.horizon === design.horizon],
    ["looks", file.looks.join(","), design.looks.join(","), looksAgree],
    ["numa-guest", r.plan.levers.numaGuest ?? "none", design.numaGuest ?? "none", (r.plan.levers.numaGuest ?? 0) === (design.numaGuest ?? 0)]
  ];
  const differ = parts.filter(([, , , same]) => !same);
  if (differ.length === 0) return null;
  const one = differ.length === 1;
  const theirs = differ.map(([k, v]) => `${k} ${v}`).join(", ");
  const ours = differ.map(([k, , v]) => one ? `${v}` : `${k} ${v}`).join(", ");
  const inputs = [...new Set(differ.flatMap(([k]) => DESIGN_INPUTS[k]))];
  const rule = Object.entries(ruleInputs(r, differ.map(([k]) => k))).map(([k, v]) => `\`${k}: ${v}\``);
  return {
    text: `${subject} was decided with ${theirs}; this workflow declares ${ours}: a results file cannot choose its own ${differ.map(([k]) => k).join(", ")} (set the same ${inputs.map((i) => `\`${i}\``).join(", ")} input${inputs.length > 1 ? "s" : ""} on both jobs${rule.length ? `; ${rule.join(", ")} reproduce${rule.length > 1 ? "" : "s"} this file's rule` : ""})`,
    outcome: "failed"
  };
}
function looksTaken(r) {
  const d = designOf(r.plan);
  const reach = Math.max(r.plan.maxBlocks, countedBlocksOf(r));
  return [...new Set([...d.looks, d.horizon].filter((l) => l <= reach))].sort((a, b) => a - b);
}
function ruleInputs(r, parts) {
  const file = designOf(r.plan);
  const out = {};
  for (const k of ["margin", "alpha", "method", "spending"]) if (parts.includes(k)) out[k] = String(file[k] ?? DEFAULT_SPENDING);
  if (parts.includes("numa-guest") && r.plan.levers.numaGuest) out["numa-guest"] = String(r.plan.levers.numaGuest);
  if (parts.includes("horizon") || parts.includes("looks")) {
    const max = r.plan.maxBlocks;
    out["max-blocks"] = String(max);
    if (file.horizon !== defaultHorizon(max)) out.horizon = String(file.horizon);
    const looks = looksTaken(r).filter((l) => l <= max);
    if (looks.join() !== looksFor(max).join()) out.looks = looks.filter((l) => l < max).join(",") || String(max);
  }
  return out;
}
function commitProblems(machines) {
  const out = [];
  for (const v of ["B", "A"]) {
    const by = /* @__PURE__ */ new Map();
    for (const m of machines) {
      const c = m.results.builds.find((b) => b.variant === v)?.commit ?? "(unknown)";
      by.set(c, [...by.get(c) ?? [], m.label]);
    }
    if (by.size > 1) {
      const list = [...by].map(([c, ms]) => `${c.slice(0, 12)} on ${ms.join(", ")}`).join("; ");
      out.push({ text: `the machines measured different ${v} commits (${list}): their results do not compare`, outcome: "failed" });
    }
  }
  return out;
}
function measuredHead(results) {
  const headOf = (r) => {
    const b = r.builds.find((x) => x.variant === "B")?.commit ?? null;
    const c = r.plan.comparison;
    return c?.merge && c.merge.commit === b ? c.head : b;
  };
  const commits = new Set(results.map(headOf));
  const [only] = [...commits];
  return commits.size === 1 && typeof only === "string" && /^[0-9a-f]{40}$/.test(only) ? only : null;
}
async function writeAggregate(path, fleet) {
  await mkdir(dirname2(path), { recursive: true });
  const doc = {
    schema: AGGREGATE_SCHEMA,
    machines: fleet.machines.map((m) => ({ label: m.label, source: m.source, results: m.results })),
    problems: fleet.problems
  };
  writeFileAtomic(path, JSON.stringify(doc, null, 2) + "\n");
}

export {
  loadFleet,
  DESIGN_INPUTS,
  designMismatch,
  measuredHead,
  writeAggregate
};
