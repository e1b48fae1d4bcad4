// The "Compared:" line: which two commits were measured, in which --compare mode, and how far the
// base had moved past the branch point (plan.comparison, computed by the pipeline).
import type { Comparison } from '../plan/types.ts';
import { code, type Phrase } from './vocabulary.ts';

const short = (sha: string) => sha.slice(0, 7);
const SHA = /^[0-9a-f]{7,64}$/i;

/** `main` beside its commit, or the commit alone when the ref is that commit. */
function named(ref: string, commit: string): Phrase {
  return SHA.test(ref) && commit.startsWith(ref.toLowerCase()) ? [code(short(commit))] : [code(short(commit)), ' (', code(ref), ')'];
}

function moved(c: Comparison): Phrase {
  if (c.baseMoved === null) return ['; how far the base had moved is unknown (no branch point in the checkout)'];
  const base = SHA.test(c.baseRef) ? ['the base'] : [code(c.baseRef)];
  if (c.baseMoved === 0) return ['; ', ...base, ' had not moved past the branch point'];
  return ['; ', ...base, ` had moved ${c.baseMoved} commit${c.baseMoved === 1 ? '' : 's'} past the branch point`];
}

export function comparedPhrase(c: Comparison | null | undefined): Phrase | null {
  if (!c) return null;
  const head = named(c.headRef, c.head);
  const mode: Phrase = [`Compared: ${c.mode}`, ...(c.fallback ? [` (${c.requested} fell back: ${c.fallback})`] : []), ' — '];
  if (c.mode === 'merge') {
    const a: Phrase = ['A = base tip ', ...named(c.baseRef, c.base)];
    const b: Phrase = c.merge
      ? ['B = ', code(short(c.base)), ' + PR head ', ...head, ` merged (${c.merge.by === 'github' ? "GitHub's test merge" : 'merge made here'} `, code(short(c.merge.commit)), ')']
      : ['B = PR head ', ...head, ', which contains the base (the merge is a fast-forward)'];
    return [...mode, ...a, ', ', ...b, ...moved(c)];
  }
  if (c.mode === 'branch-point') {
    return [...mode, 'A = branch point ', code(short(c.a)), ' (merge-base with the base ', ...named(c.baseRef, c.base), '), B = PR head ', ...head, ...moved(c)];
  }
  const tail: Phrase = c.baseMoved ? [' (B/A includes every base change since; --compare merge measures what merging does)'] : [];
  return [...mode, 'A = ', ...named(c.baseRef, c.base), ', B = ', ...head, ...moved(c), ...tail];
}
