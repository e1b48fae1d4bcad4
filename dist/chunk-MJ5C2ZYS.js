import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  checkValue
} from "./chunk-JTF2YUPJ.js";
import {
  MAX_HORIZON,
  optionSpec
} from "./chunk-BJGFYZ3G.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/plan/decision-rule.ts
function firstLook(maxBlocks) {
  return maxBlocks <= 30 ? 7 : maxBlocks <= 76 ? 8 : 9;
}
var LOOK_FRACTIONS = [1 / 3, 2 / 5, 1 / 2, 2 / 3];
function defaultLooks(maxBlocks) {
  const first = firstLook(maxBlocks);
  const early = LOOK_FRACTIONS.map((f) => Math.max(first, Math.round(f * maxBlocks))).filter((l) => l < maxBlocks);
  return [.../* @__PURE__ */ new Set([...early, maxBlocks])];
}
function defaultHorizon(maxBlocks) {
  return Math.max(maxBlocks, Math.min(2 * maxBlocks, MAX_HORIZON));
}
function looksFor(maxBlocks, looksText, horizon) {
  const looks = givenLooks(maxBlocks, looksText, horizon);
  const sorted = [...new Set(looks.filter((l) => l <= maxBlocks))].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] !== maxBlocks) sorted.push(maxBlocks);
  return sorted;
}
function laterLooksFor(maxBlocks, looksText, horizon) {
  return [...new Set(givenLooks(maxBlocks, looksText).filter((l) => l > maxBlocks && l <= horizon))].sort((a, b) => a - b);
}
function givenLooks(maxBlocks, looksText, horizon) {
  const looks = looksText ? looksText.split(",").map((s) => checkValue({ ...optionSpec("run", "looks"), kind: "int", min: 1, max: void 0 }, s.trim())) : defaultLooks(maxBlocks).filter((l) => l < maxBlocks);
  const past = horizon === void 0 ? void 0 : looks.find((l) => l > horizon);
  if (past !== void 0) {
    throw new UserError(`--looks ${looksText}: the look at ${past} blocks is past the horizon (${horizon} blocks${horizon === maxBlocks ? ", as --max-blocks" : ""})`, `looks are block counts up to the horizon, e.g. --looks ${[firstLook(maxBlocks), maxBlocks].filter((l, i, a) => l <= maxBlocks && a.indexOf(l) === i).join(",")}, or a larger --horizon`);
  }
  return looks;
}
function decisionRule(o, opts = {}) {
  const maxBlocks = o.num("max-blocks");
  const horizon = o.num("horizon", defaultHorizon(maxBlocks));
  if (horizon < maxBlocks) {
    throw new UserError(`--horizon must be at least --max-blocks (${maxBlocks}) (got ${horizon})`, `example: --horizon ${Math.max(maxBlocks, 60)}`);
  }
  const looks = looksFor(maxBlocks, o.str("looks"), opts.strictLooks ? horizon : void 0);
  const later = laterLooksFor(maxBlocks, o.str("looks"), horizon);
  return {
    maxBlocks,
    horizon,
    looks,
    ...later.length > 0 ? { laterLooks: later } : {},
    margin: o.num("margin"),
    alpha: o.num("alpha"),
    method: o.str("method"),
    spending: o.str("spending")
  };
}

export {
  defaultHorizon,
  looksFor,
  decisionRule
};
