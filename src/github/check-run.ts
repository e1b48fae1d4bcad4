// The check run that gates the merge. Required checks treat success, neutral and skipped as passing,
// so a regression must conclude `failure`. Created on the PR head SHA explicitly: a check from a
// workflow_dispatch or workflow_run job would otherwise attach to the wrong commit.
import type { Client } from './client.ts';

export type Conclusion = 'success' | 'failure' | 'neutral';

/** GitHub's limits: output summary and text ≤ 65,535 characters each; ≤ 50 annotations a request. */
export const CHECK_TEXT_LIMIT = 65_535;
export const COMMENT_BODY_LIMIT = 65_536;
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Cut `text` to at most `limit` characters at a line boundary, ending with a note that says so and
 * where the full report is. Leaves short text untouched.
 */
export function fitToLimit(text: string, limit: number, fullReport: string | null): string {
  if (text.length <= limit) return text;
  const note = `\n\n---\n**Truncated**: this text exceeded GitHub's ${limit.toLocaleString('en-US')}-character limit.` +
    (fullReport ? ` The full report: ${fullReport}` : ' The full report is in results.json and the job summary.') + '\n';
  // An open <details> or code fence cut in half would swallow the note: close what is open.
  let cut = text.slice(0, Math.max(0, limit - note.length - 64));
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  const fences = (cut.match(/^```/gm) ?? []).length;
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  let closing = fences % 2 === 1 ? '\n```' : '';
  for (let i = 0; i < opened; i++) closing += '\n</details>';
  return (cut + closing + note).slice(0, limit);
}

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
      title: s.title.slice(0, 1000),
      summary: fitToLimit(s.summary, CHECK_TEXT_LIMIT, s.fullReport),
      ...(s.text ? { text: fitToLimit(s.text, CHECK_TEXT_LIMIT, s.fullReport) } : {}),
      ...(s.annotations.length ? { annotations: s.annotations.slice(0, ANNOTATIONS_PER_REQUEST) } : {}),
    },
  });
  return { id: data.id, url: data.html_url ?? '' };
}
