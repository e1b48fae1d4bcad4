// Looking up a pull request by number. A number a user typed (dispatch input, pr-number) that does
// not exist is their mistake: one line naming it, never a stack trace.
import { UserError } from '../sys/errors.ts';
import { describeApiError, type Client } from './client.ts';
import { pullFromPayload, type PullInfo } from './event.ts';

export async function getPull(octokit: Client, owner: string, repo: string, number: number): Promise<PullInfo> {
  try {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    return pullFromPayload(data as unknown as Record<string, unknown>);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404) {
      throw new UserError(`PR #${number} was not found in ${owner}/${repo} (HTTP 404)`, 'check the pr-number input (or the dispatch input pr-number): it must be an open or closed pull request of this repository');
    }
    if (status === 401 || status === 403) {
      throw new UserError(`looking up PR #${number} in ${owner}/${repo} was refused (${describeApiError(e)})`, 'check the github-token input and the workflow permissions (pull-requests: read)');
    }
    throw e;
  }
}
