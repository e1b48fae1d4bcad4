// The words of a verdict's reason: the decision engine says why as data (stats/types.ts `Reason`:
// a kind and its numbers), this module words it — the one place its sentences are written. The
// pipeline words an analysis before results.json is written; renderers read the sentence. An older
// results.json has the sentence only, and it is kept as it is.
import { flagsOf } from './flag-words.ts';
import { warningsOf } from './warning-words.ts';
import type { Analysis, Reason, ReasonCi, ReasonLook, ReasonNeeded, WorkloadAnalysis } from '../stats/types.ts';

const r3 = (v: number): string => v.toFixed(3);
const pc = (v: number, digits = 1): string => `${(100 * v).toFixed(digits)}%`;
const pval = (v: number): string => (v < 0.001 ? v.toExponential(1) : v.toPrecision(2));
/** α and α spent at a look: two significant digits. */
const num = (v: number): string => Number(v.toPrecision(2)).toString();
/** α of a fixed-n analysis: three significant digits. */
const alpha3 = (a: number): string => Number(a.toPrecision(3)).toString();
const percent3 = (v: number): string => `${Number((100 * v).toPrecision(3))}%`;

const ciText = (c: ReasonCi): string => `${percent3(c.level)} ${c.repeated ? 'repeated ' : ''}CI [${r3(c.lo)}, ${r3(c.hi)}]`;
const marginText = (m: number): string => `±${percent3(m)}`;
const lookText = (l: ReasonLook): string => `look at ${l.n} of ${l.horizon} blocks, α spent ${num(l.spent)} of ${num(l.alpha)}`;
const unitOf = (paired: boolean): string => (paired ? 'blocks' : 'launches per side');

function neededText(n: ReasonNeeded, paired: boolean): string {
  if ('skipped' in n) return 'blocks needed not computed';
  const needed = `~${n.blocks} ${unitOf(paired)} would be needed`;
  if (n.horizon === null) return needed;
  return n.blocks > n.horizon ? `${needed}, beyond the declared horizon of ${n.horizon}` : `${needed} (v2 boundaries)`;
}

/** A look's Holm wording: the repeated p (rounded up to its level set; above α it is 1). */
function holmAtLook(adj: number, m: number, alpha: number): string {
  const v = adj >= 1 ? `> ${num(alpha)}` : `≤ ${num(adj)}`;
  return m > 1 ? `Holm-adjusted repeated p ${v} across ${m} workloads` : `repeated p ${v}`;
}

/** "model big (/m/big.gguf): " when a failure is one model's of several, else nothing. */
const onModel = (r: { model?: { name: string; path: string } }): string => (r.model ? `model ${r.model.name} (${r.model.path}): ` : '');

function base(r: Reason): string {
  const withLook = (text: string, l: ReasonLook | undefined) => (l ? `${text}; ${lookText(l)}` : text);
  switch (r.kind) {
    case 'one-side':
      return `variant ${r.missing} has no successful launch, nothing to compare`;
    case 'no-counted-launch':
      return onModel(r) + `variant ${r.variant} (${r.name}) has no counted launch (stop reason: ${r.stop || 'none recorded'})`;
    case 'could-not-run':
      return onModel(r) + `variant ${r.variant} (${r.name}) could not run: ${r.counts.map(([s, n]) => `${n} ${s}`).join(', ')} of ${r.of} launches (last: ${r.last})` + (r.stderr ? `; stderr: ${r.stderr}` : '');
    case 'identical':
      return withLook(`all ${r.n} blocks gave identical A and B throughput (ratio exactly 1)`, r.look);
    case 'too-few-t':
      return `n = ${r.n} is below the minimum of 2 per side for a t interval`;
    case 'too-few':
      return `n = ${r.n} ${unitOf(r.paired)} is below the minimum of ${r.minN} for a ${percent3(r.level)} ${r.test} interval (best reachable: ${pc(r.reachable)}); ~${r.needed} ${unitOf(r.paired)} would be needed`;
    case 'too-early':
      return `n = ${r.n} ${unitOf(r.paired)}: the design has spent α = ${num(r.look.spent)} by this look, too little for a ${r.test} test at n = ${r.n} to decide; ${neededText(r.needed, r.paired)}`;
    case 'neutral': {
      const sig = r.change ? ` (B is ${pc(r.change.by)} ${r.change.slower ? 'slower' : 'faster'}, detectably but by less than the margin)` : '';
      return withLook(`${ciText(r.ci)} lies within the ${marginText(r.margin)} margin${sig}`, r.look);
    }
    case 'changed': {
      const head = `B is ${pc(r.by)} ${r.slower ? 'slower' : 'faster'}: ${ciText(r.ci)} ${r.slower ? 'is below' : 'is above'} 1`;
      if (r.look) return `${head}, p = ${pval(r.p)} at this look, ${holmAtLook(r.adj, r.m, r.alpha)} ≤ α = ${num(r.alpha)}; ${lookText(r.look)}`;
      const p = r.m > 1 ? `p = ${pval(r.p)} (Holm-adjusted ${pval(r.adj)} across ${r.m} workloads)` : `p = ${pval(r.p)}`;
      return `${head} and ${p} ≤ α = ${alpha3(r.alpha)}`;
    }
    case 'not-significant': {
      const more = `spread ${pc(r.spread)} ${r.paired ? 'per block' : 'per launch'}; ${neededText(r.needed, r.paired)}`;
      if (r.look) return `${ciText(r.ci)} excludes 1 but the ${holmAtLook(r.adj, r.m, r.alpha)} is above α = ${num(r.alpha)}; ${lookText(r.look)}; ${more}`;
      return `${ciText(r.ci)} excludes 1 but the Holm-adjusted p = ${pval(r.adj)} is above α = ${alpha3(r.alpha)} across ${r.m} workloads; ${more}`;
    }
    case 'wide': {
      const more = `spread ${pc(r.spread)} ${r.paired ? 'per block' : 'per launch'}; ${neededText(r.needed, r.paired)}`;
      return r.look ? `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin; ${lookText(r.look)}; ${more}` : `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin: ${more}`;
    }
  }
}

/** The one sentence of a reason: its kind's words, then between looks, then the look history. */
export function reasonText(r: Reason): string {
  let text = base(r);
  if (r.between) text += ' (between looks: nothing is decided until the next look)';
  const h = r.history;
  if (h && 'decidedAt' in h) {
    text += `; decided at look ${h.decidedAt} (${h.blocks} of ${h.horizon} blocks)${h.openAt.length > 0 ? `, still open at ${h.openAt.join(', ')} blocks` : ''}`;
  } else if (h) {
    text += `; still open at every look (${h.openAt.join(', ')} of ${h.horizon} blocks)`;
  }
  // Last, as it qualifies everything before it (a "decided at look" included).
  if (r.emulated) text += ` (emulated throughput: reported, not decided; it would have been called ${r.emulated === 'neutral' ? 'neutral' : `a ${r.emulated}`})`;
  return text;
}

/** A workload's sentence: worded from its reason, or (an older file) the sentence it has. */
export function reasonOf(w: Pick<WorkloadAnalysis, 'reason' | 'why'>): string {
  return w.why ? reasonText(w.why) : w.reason;
}

/** The analysis with its warnings and every workload's reason and flags worded (before results.json is written or shown). */
export function wordAnalysis<A extends Analysis | null>(a: A): A {
  if (!a) return a;
  return { ...a, warnings: warningsOf(a), workloads: a.workloads.map((w) => ({ ...w, reason: w.why ? reasonText(w.why) : w.reason, flags: flagsOf(w) })) };
}
