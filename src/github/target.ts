// Where the results go: which PR gets the comment and which commit gets the check run. The check
// belongs on the commit that was measured. A commit measured in this job (or named by a maintainer's
// dispatch) is known; a commit a results file claims is not — such a file is posted on the event's
// own head, and if it measured another commit the check fails and says so.
import type { FleetProblem } from '../report/index.ts';
import { measuredHead } from '../pipeline/fleet.ts';
import type { ActionOptions } from './inputs.ts';
import type { EventContext } from './event.ts';
import type { Client } from './client.ts';
import type { Loaded } from './load.ts';
import { getPull } from './pulls.ts';

export interface Target {
  /** The PR that gets the comment, or null. */
  prNumber: number | null;
  /** The commit that gets the check run, or null. */
  checkSha: string | null;
  /** Stated in the comment and the check; a `failed` one fails the check. */
  problems: FleetProblem[];
  /** Why the comment is not posted where the results asked (an unverifiable PR claim). */
  refusals: string[];
}

const short = (sha: string) => sha.slice(0, 12);

export async function resolveTarget(ctx: EventContext, options: ActionOptions, loaded: Loaded, api: () => Client): Promise<Target> {
  const claimed = options.prNumber ?? ctx.prNumber;
  const refusals: string[] = [];
  let prNumber: number | null = null;
  // The head the event (or a maintainer) vouches for.
  let anchor: string | null = null;
  const pull = ctx.pull ?? loaded.pull;
  if (pull) {
    prNumber = pull.number;
    anchor = pull.headSha;
  } else if (ctx.workflowRun) {
    anchor = ctx.workflowRun.headSha;
    if (claimed !== null && ctx.prNumber === claimed) {
      prNumber = claimed;
    } else if (claimed !== null) {
      // Fork PRs arrive with an empty pull_requests list; the number comes from the artifact, which
      // the fork controls. Trust it only if that PR's head is the commit the benchmark ran on.
      const p = await getPull(api(), ctx.owner, ctx.repo, claimed);
      if (p.headSha !== anchor) refusals.push(`PR #${claimed} has head ${p.headSha}, but the benchmark ran on ${anchor}: not commenting there`);
      else prNumber = claimed;
    }
  } else if (claimed !== null) {
    const p = await getPull(api(), ctx.owner, ctx.repo, claimed);
    prNumber = claimed;
    anchor = p.headSha;
  }

  const measured = measuredHead(loaded.results);
  const problems: FleetProblem[] = [];
  let checkSha: string | null;
  const knowsMeasured = loaded.source === 'benchmark' || ctx.eventName === 'workflow_dispatch';
  if (anchor === null) {
    // No PR: the commit benchmarked as B (a dispatch with base/head refs), else the run's commit.
    checkSha = measured ?? ctx.headSha;
  } else if (measured === null || measured === anchor) {
    checkSha = anchor;
  } else if (knowsMeasured) {
    checkSha = measured;
    problems.push({ text: `these results are for commit ${short(measured)}; PR #${prNumber}'s head is now ${short(anchor)}, which was not measured`, outcome: null });
  } else {
    checkSha = anchor;
    problems.push({ text: `the results file measured commit ${short(measured)} as B, not ${short(anchor)}, the commit this check is for`, outcome: 'failed' });
  }
  return { prNumber, checkSha, problems, refusals };
}
