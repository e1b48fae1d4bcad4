// The structured parts of an analysis the results reader checks by their real shapes: a workload's
// reason (`why`, stats/types.ts Reason) and the guest's placement (stats/placement.ts). Only what
// the engine writes passes; readers still decide again from the samples.
import type { PlacementAnalysis } from '../stats/placement.ts';
import type { DesignProblem, Flag, Reason, Warning } from '../stats/types.ts';
import { MAX_BLOCKS, MAX_ITEMS, MAX_LONG, fail, str, num, int, bool, oneOf, nullable, optional, arr, tuple, pair, record, obj, short, typeOf, type Check } from './check.ts';

const variantId = oneOf('A', 'B');
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const yes: Check<true> = (v, p) => (v === true ? true : fail(p, `must be true (got ${short(v)})`));

const count: Check<[string, number]> = (v, p) => {
  const [status, n] = tuple((x) => x, 2)(v, p);
  return [str(64)(status, `${p}[0]`), int(n, `${p}[1]`)];
};
const ci = obj({ level: num, lo: num, hi: num, repeated: bool });
const look = obj({ n: int, horizon: int, spent: num, alpha: num });
const blocksNeeded = obj({ blocks: num, horizon: nullable(int) });
const needed: Check<{ skipped: true } | { blocks: number; horizon: number | null }> = (v, p) =>
  isObject(v) && 'skipped' in v ? obj({ skipped: yes })(v, p) : blocksNeeded(v, p);
const openAt = arr(int, MAX_BLOCKS);
const decidedHistory = obj({ decidedAt: int, blocks: int, horizon: int, openAt });
const openHistory = obj({ openAt, horizon: int });
const history = (v: unknown, p: string) => (isObject(v) && 'decidedAt' in v ? decidedHistory(v, p) : openHistory(v, p));
const model = obj({ name: str(256), path: str() });
const spreadOf = { spread: num, paired: bool, needed };
// Every kind may be a reading between looks, carry its look history, and (emulated) the call not taken.
const common = { between: optional(bool), history: optional(history), emulated: optional(oneOf('neutral', 'regression', 'improvement')) };

const kinds = {
  'one-side': obj({ ...common, kind: oneOf('one-side'), missing: variantId }),
  'no-counted-launch': obj({ ...common, kind: oneOf('no-counted-launch'), variant: variantId, name: str(), stop: str(MAX_LONG), model: optional(model) }),
  'could-not-run': obj({
    ...common, kind: oneOf('could-not-run'), variant: variantId, name: str(), counts: arr(count, 16), of: int, last: str(MAX_LONG), stderr: str(MAX_LONG), model: optional(model),
  }),
  identical: obj({ ...common, kind: oneOf('identical'), n: int, look: optional(look) }),
  'too-few-t': obj({ ...common, kind: oneOf('too-few-t'), n: int }),
  'too-few': obj({
    ...common, kind: oneOf('too-few'), n: int, paired: bool, minN: int, level: num, test: oneOf('signed-rank', 'Mann–Whitney', 't'), reachable: num, needed: num,
  }),
  'too-early': obj({ ...common, kind: oneOf('too-early'), n: int, paired: bool, test: oneOf('signed-rank', 'normal-theory'), needed, look }),
  neutral: obj({ ...common, kind: oneOf('neutral'), ci, margin: num, change: nullable(obj({ by: num, slower: bool })), look: optional(look) }),
  changed: obj({ ...common, kind: oneOf('changed'), slower: bool, by: num, ci, p: num, adj: num, m: int, alpha: num, look: optional(look) }),
  'not-significant': obj({ ...common, kind: oneOf('not-significant'), ci, adj: num, m: int, alpha: num, ...spreadOf, look: optional(look) }),
  wide: obj({ ...common, kind: oneOf('wide'), ci, margin: num, ...spreadOf, look: optional(look) }),
};
type Kind = keyof typeof kinds;
type Checked = ReturnType<(typeof kinds)[Kind]>;

/** A workload's reason: its kind picks the shape; an unknown kind or a mistyped field is refused. */
export const reason: Check<Checked> = (v, p) => {
  if (!isObject(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const kind = oneOf(...(Object.keys(kinds) as Kind[]))(v.kind, `${p}.kind`);
  return kinds[kind](v, p);
};

/** One of a set of shapes picked by `kind`: an unknown kind or a mistyped field is refused. */
function byKind<K extends string, T>(shapes: Record<K, Check<T>>): Check<T> {
  return (v, p) => {
    if (!isObject(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
    return shapes[oneOf(...(Object.keys(shapes) as K[]))(v.kind, `${p}.kind`)](v, p);
  };
}

const blockList = arr(int, MAX_BLOCKS);
const outlier: Check<Flag> = (v, p) => (isObject(v) && v.rule === 'tukey'
  ? obj({ kind: oneOf('outlier'), variant: variantId, blocks: blockList, rule: oneOf('tukey') })(v, p)
  : obj({ kind: oneOf('outlier'), variant: variantId, blocks: blockList, rule: oneOf('modified-z'), limit: num })(v, p));
/** A workload's flag as data (`flagged`, stats/types.ts Flag). */
export const flag: Check<Flag> = byKind<Flag['kind'], Flag>({
  outlier,
  drift: obj({ kind: oneOf('drift'), variant: variantId, rho: num, p: num }),
  bimodal: obj({ kind: oneOf('bimodal'), variant: variantId, low: int, high: int, gap: num }),
  unmatched: obj({ kind: oneOf('unmatched'), blocks: arr(obj({ variant: variantId, block: int }), MAX_BLOCKS) }),
  unpaired: obj({ kind: oneOf('unpaired') }),
  'decided-at': obj({ kind: oneOf('decided-at'), index: int, blocks: int, horizon: int }),
});

const unit = nullable(str());
/** A design setting as recorded: a number (α, margin, horizon) or a name (method, spending). */
const setting: Check<string | number> = (v, p) => (typeof v === 'number' ? num(v, p) : str(64)(v, p));
const problem: Check<DesignProblem> = byKind<DesignProblem['kind'], DesignProblem>({
  declared: obj({ kind: oneOf('declared'), key: oneOf('method', 'alpha', 'margin', 'horizon', 'spending'), got: setting, plan: setting }),
  'looks-not-increasing': obj({ kind: oneOf('looks-not-increasing'), looks: blockList }),
  'look-past-measured': obj({ kind: oneOf('look-past-measured'), look: int, counted: int }),
  'look-not-planned': obj({ kind: oneOf('look-not-planned'), look: int, looks: blockList, horizon: int }),
  'measured-past-looks': obj({ kind: oneOf('measured-past-looks'), unit, last: int, decided: nullable(int) }),
  'decided-before-last': obj({ kind: oneOf('decided-before-last'), unit, decided: int, last: int }),
  'look-missing': obj({ kind: oneOf('look-missing'), look: int }),
});
const verdictOf = oneOf('neutral', 'regression', 'improvement', 'inconclusive', 'failed');
/** An analysis's warning as data (`warned`, stats/types.ts Warning). */
export const warning: Check<Warning> = byKind<Warning['kind'], Warning>({
  'one-side': obj({ kind: oneOf('one-side'), workload: str(), missing: variantId }),
  'no-workloads': obj({ kind: oneOf('no-workloads') }),
  'design-state-unused': obj({ kind: oneOf('design-state-unused'), problem }),
  claimed: obj({
    kind: oneOf('claimed'), claimed: nullable(verdictOf), recomputed: verdictOf,
    changes: arr(obj({ name: str(), from: nullable(verdictOf), to: verdictOf }), MAX_ITEMS),
  }),
});

// A field newer than some written files: absent reads as false.
const notYet: Check<boolean> = (v, p) => (v === undefined ? false : bool(v, p));
const nodeShare = obj({ anonKiB: num, shmemKiB: num, fileKiB: num, threads: num });
/** stats/placement.ts PlacementAnalysis: per depth and variant, memory and threads per guest node. */
export const placement = obj({
  nodes: arr(int, 1024),
  rows: arr(obj({ depth: int, variant: variantId, n: int, nodes: record(nodeShare, 1024), evenness: nullable(num) }), MAX_ITEMS),
  blocks: optional(arr(obj({ block: int, depth: int, variant: variantId, nodes: record(nodeShare, 1024), evenness: nullable(num) }), MAX_ITEMS)),
  evenness: arr(obj({ depth: int, n: int, diff: nullable(num), ci: nullable(pair(num)), ci_level: num, identical: notYet }), 10_000),
});

// The checks and the engine's types must not drift apart: these fail to compile when either changes.
export const _reasonIsChecked: [(v: Checked) => Reason, (r: Reason) => Checked] = [(v) => v, (r) => r];
type CheckedPlacement = ReturnType<typeof placement>;
export const _placementIsChecked: [(v: CheckedPlacement) => PlacementAnalysis, (r: PlacementAnalysis) => CheckedPlacement] = [(v) => v, (r) => r];
