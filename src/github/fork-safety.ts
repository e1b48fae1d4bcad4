// May this job build and run the PR's code? On a self-hosted runner, code from a fork is untrusted:
// building it runs arbitrary CMake and C++ on a persistent machine. It may run only after a
// maintainer's action — a workflow_dispatch (needs write access), or a label that only triage/write
// users can add, seen at the very `labeled` event that added it. A label left on the PR never allows a
// run by itself; a job that posts (post: true) also removes it at every new push, so the PR page
// shows that the new head needs a new go-ahead. The texts say what this job actually does.
import type { EventContext } from './event.ts';
import { isFork } from './event.ts';

export interface ForkDecision {
  allowed: boolean;
  /** One line for the log: why. */
  reason: string;
  /** What a maintainer can do to run it anyway (only when not allowed). */
  howTo: string | null;
  /** A label this job must remove from the PR (a new push on a labelled fork PR). */
  removeLabel: string | null;
}

/** `removesLabel`: this job removes the label at a new push (it posts: input post true). */
export function decideForkSafety(ctx: EventContext, allowForkLabel: string | null, removesLabel = true): ForkDecision {
  const ok = (reason: string): ForkDecision => ({ allowed: true, reason, howTo: null, removeLabel: null });
  if (ctx.eventName === 'workflow_dispatch') {
    return ok('started by workflow_dispatch: a maintainer with write access asked for this run');
  }
  if (ctx.pull === null) return ok(`event ${ctx.eventName || '(none)'} carries no pull request code`);
  if (!isFork(ctx)) return ok(`the head branch lives in ${ctx.owner}/${ctx.repo} itself (not a fork)`);

  const pr = `#${ctx.pull.number}`;
  const dispatchHow =
    `run the workflow by hand (Actions → this workflow → "Run workflow") with pr-number ${ctx.pull.number}`;
  const afterPush = removesLabel
    ? 'The label is removed automatically on every new push.'
    : `This job does not post (post: false), so it does not remove the label: after a new push, remove "${allowForkLabel}" and add it again to run the new commits.`;
  const howTo = allowForkLabel
    ? `A maintainer who has reviewed the code can add the label "${allowForkLabel}" to PR ${pr}, or ${dispatchHow}. ${afterPush}`
    : `A maintainer who has reviewed the code can ${dispatchHow}. (Set the input allow-fork-label to also allow a label.)`;

  const labelled = allowForkLabel !== null && ctx.pull.labels.includes(allowForkLabel);
  if (ctx.action === 'synchronize' && labelled) {
    return {
      allowed: false,
      reason: `PR ${pr} comes from the fork ${ctx.pull.headRepo} and got new commits: the label "${allowForkLabel}" no longer vouches for them`,
      howTo,
      removeLabel: removesLabel ? allowForkLabel : null,
    };
  }
  if (allowForkLabel !== null && ctx.action === 'labeled' && ctx.label === allowForkLabel) {
    return ok(`PR ${pr} comes from the fork ${ctx.pull.headRepo}; a maintainer added the label "${allowForkLabel}" (by ${ctx.sender ?? 'unknown'})`);
  }
  return {
    allowed: false,
    reason: `PR ${pr} comes from the fork ${ctx.pull.headRepo}; its code is not built on this runner without a maintainer's go-ahead`,
    howTo,
    removeLabel: null,
  };
}
