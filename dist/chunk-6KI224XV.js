import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/store/results.ts
var RESULTS_SCHEMA = "llama-perf-gate/results@3";
var RESULTS_SCHEMAS = ["llama-perf-gate/results@1", "llama-perf-gate/results@2", RESULTS_SCHEMA];

// src/store/migrate.ts
function modelName(path) {
  return (path.split("/").pop() ?? path).replace(/\.gguf$/i, "") || path;
}
function migratePlan(plan) {
  if (!plan || typeof plan !== "object" || Array.isArray(plan)) return plan;
  const p = plan;
  if ("models" in p || typeof p.model !== "string") return plan;
  const { model, ...rest } = p;
  const models = [{ name: modelName(model), path: model }];
  return { ...rest, models };
}
function migrateResults(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data;
  const d = data;
  if (d.schema !== "llama-perf-gate/results@1" && d.schema !== "llama-perf-gate/results@2") return data;
  return { ...d, plan: migratePlan(d.plan) };
}

export {
  RESULTS_SCHEMA,
  RESULTS_SCHEMAS,
  migratePlan,
  migrateResults
};
