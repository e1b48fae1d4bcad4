// The check run that gates the merge. Required checks treat success, neutral and skipped as passing,
// so a regression must conclude `failure`. Created on the PR head SHA explicitly: a check from a
// workflow_dispatch or workflow_run job would otherwise attach to the wrong commit.
import type { Client } from './client.ts';
import type { CheckConclusion } from '../stats/policy.ts';
import { fitToLimit, CHECK_MAX_CHARS, CHECK_TITLE_MAX_CHARS, ANNOTATIONS_PER_REQUEST } from '../report/index.ts';

/** The gate's check conclusion, as the policy decides it (stats/policy.ts checkConclusion). */
export type Conclusion = CheckConclusion;

export { fitToLimit };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunSpec {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  text: string | null;
  detailsUrl: string | null;
  annotations: CheckAnnotation[];
  fullReport: string | null;
}

export async function createCheckRun(octokit: Client, s: CheckRunSpec): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.checks.create({
    owner: s.owner,
    repo: s.repo,
    name: s.name,
    head_sha: s.headSha,
    status: 'completed',
    conclusion: s.conclusion,
    completed_at: new Date().toISOString(),
    ...(s.detailsUrl ? { details_url: s.detailsUrl } : {}),
    output: {
      title: s.title.slice(0, CHECK_TITLE_MAX_CHARS),
      summary: fitToLimit(s.summary, CHECK_MAX_CHARS, s.fullReport),
      ...(s.text ? { text: fitToLimit(s.text, CHECK_MAX_CHARS, s.fullReport) } : {}),
      ...(s.annotations.length ? { annotations: s.annotations.slice(0, ANNOTATIONS_PER_REQUEST) } : {}),
    },
  });
  return { id: data.id, url: data.html_url ?? '' };
}
