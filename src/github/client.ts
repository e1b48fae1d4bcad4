// One Octokit for the whole job: base URL from GITHUB_API_URL (GHES, or a local stand-in in tests; read
// once with the rest of the runner environment, github/runner-env.ts),
// 5xx retried by plugin-retry, primary and secondary rate limits waited out by plugin-throttling —
// both bounded, so a job never hangs on a limit that resets in an hour.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Log = (line: string) => void;

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  log: Log;
  /** Retries after a rate limit, per request. */
  maxRateLimitRetries?: number;
  /** Longest wait for a rate limit to reset; longer → give up now and say so. */
  maxWaitSec?: number;
  /** Retries after a 5xx / network error, per request. */
  retries?: number;
  /** A request unanswered after this long is abandoned (and retried like a 5xx). */
  timeoutMs?: number;
}

/**
 * Request option for writes that are not idempotent (creating a comment): no automatic retry after
 * a 5xx or a rate limit — the caller looks up what happened first (see sticky-comment.ts).
 */
export const NO_AUTO_RETRY = { retries: 0, lpgNoRetry: true } as const;

const GateOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof GateOctokit>;

export function createClient(o: ClientOptions): Client {
  const maxRetries = o.maxRateLimitRetries ?? 3;
  const maxWait = o.maxWaitSec ?? 600;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string; request?: unknown }, _o: unknown, retryCount: number) => {
    const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
    if ((options as { request?: { lpgNoRetry?: boolean } }).request?.lpgNoRetry) {
      o.log(`${kind} rate limit on ${what}: not retried blindly (the caller looks up the result first)`);
      return false;
    }
    if (retryCount >= maxRetries) {
      o.log(`${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
      return false;
    }
    if (retryAfter > maxWait) {
      o.log(`${kind} rate limit on ${what}: reset in ${retryAfter} s exceeds the ${maxWait} s the job waits; giving up`);
      return false;
    }
    o.log(`${kind} rate limit on ${what}: waiting ${retryAfter} s, then retry ${retryCount + 1} of ${maxRetries}`);
    return true;
  };
  return new GateOctokit({
    auth: o.token || undefined,
    baseUrl: (o.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'llama-perf-gate',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => o.log(m), error: (m: string) => o.log(m) },
    retry: { retries: o.retries ?? 3 },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    // A server that never answers must not hold the job: every request has a deadline.
    request: { fetch: (url: string | URL, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }) },
  });
}

/** Status and message of an Octokit error, for "what failed" lines. */
export function describeApiError(e: unknown): string {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const msg = err.response?.data?.message ?? err.message ?? String(e);
  return err.status ? `HTTP ${err.status}: ${msg}` : msg;
}
