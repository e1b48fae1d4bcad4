// A stand-in for the GitHub REST API on 127.0.0.1: the few endpoints the action calls, with the
// real shapes that matter (Link-header pagination, per_page/page, 422 on over-long bodies), every
// request recorded, and faults injectable per route (5xx, secondary rate limits).
import { createServer, ServerResponse, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  output: { title: string; summary: string; text?: string; annotations?: unknown[] };
  details_url?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  status: number;
}

export interface Fault {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail; then the route works normally. */
  times: number;
  /**
   * When the fault strikes: `before` the request is carried out (default: nothing is stored),
   * `after` it (stored, then the error answered), or `drop` (stored, then the connection is closed
   * without an answer — a reset), or `hang` (stored, then no answer at all — a timeout).
   */
  when?: 'before' | 'after' | 'drop' | 'hang';
}

export interface FakePull {
  number: number;
  title: string;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { ref: string; sha: string; repo: { full_name: string } };
  labels: { name: string }[];
  user: { login: string };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly checkRuns: CheckRun[] = [];
  readonly pulls = new Map<number, FakePull>();
  readonly faults: Fault[] = [];
  /** The login GET /user answers with; null: 403 as for an installation token (GITHUB_TOKEN). */
  authenticatedUser: string | null = null;
  /** Author of comments created through the API. */
  tokenIdentity = 'github-actions[bot]';
  private nextId = 1000;
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => this.send(res, 500, { message: String(e) }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = null;
  }

  /** Add comments authored by someone (to fill pages before the action's own comment). */
  addComment(issue: number, login: string, body: string): Comment {
    const c: Comment = {
      id: this.nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${this.nextId - 1}`,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    };
    const list = this.comments.get(issue) ?? [];
    list.push(c);
    this.comments.set(issue, list);
    return c;
  }

  fail(f: Fault): void {
    this.faults.push({ ...f });
  }

  /** Comments on `issue` by `login`. */
  commentsBy(issue: number, login: string): Comment[] {
    return (this.comments.get(issue) ?? []).filter((c) => c.user.login === login);
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): number {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(data === undefined ? '' : JSON.stringify(data));
    return status;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: u.pathname,
      query: u.searchParams,
      body: raw ? JSON.parse(raw) : undefined,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.requests.push(rec);
    const fault = this.faults.find((f) => f.times > 0 && f.method === rec.method && f.path.test(rec.path));
    if (fault) {
      fault.times--;
      if (fault.when === 'after' || fault.when === 'drop' || fault.when === 'hang') {
        // Carry the request out, but throw its answer away.
        this.route(rec, new ServerResponse(req));
        if (fault.when === 'drop') {
          rec.status = -1;
          req.socket.destroy();
          return;
        }
        if (fault.when === 'hang') {
          rec.status = -1; // stop() closes the connection
          return;
        }
      }
      rec.status = this.send(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
      return;
    }
    rec.status = this.route(rec, res);
  }

  private route(r: RecordedRequest, res: ServerResponse): number {
    const body = (r.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/user') {
      if (this.authenticatedUser === null) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, 200, { login: this.authenticatedUser, type: 'User' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(r.path))) {
      const issue = Number(m[1]);
      if (r.method === 'GET') return this.listComments(r, res, issue);
      if (r.method === 'POST') {
        if (typeof body.body !== 'string') return this.send(res, 422, { message: 'body is required' });
        if (body.body.length > 65_536) return this.send(res, 422, { message: 'body is too long (maximum is 65536 characters)' });
        return this.send(res, 201, this.addComment(issue, this.tokenIdentity, body.body));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(r.path)) && r.method === 'PATCH') {
      const id = Number(m[1]);
      const c = [...this.comments.values()].flat().find((x) => x.id === id);
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body.body !== 'string' || body.body.length > 65_536) return this.send(res, 422, { message: 'body is invalid or too long' });
      c.body = body.body;
      c.updated_at = new Date().toISOString();
      return this.send(res, 200, c);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(r.path) && r.method === 'POST') {
      const out = (body.output ?? {}) as CheckRun['output'];
      if (typeof body.head_sha !== 'string' || typeof body.name !== 'string') return this.send(res, 422, { message: 'head_sha and name are required' });
      if ((out.summary?.length ?? 0) > 65_535 || (out.text?.length ?? 0) > 65_535) return this.send(res, 422, { message: 'output is too long' });
      if ((out.annotations?.length ?? 0) > 50) return this.send(res, 422, { message: 'at most 50 annotations' });
      const run: CheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        status: String(body.status),
        conclusion: String(body.conclusion),
        output: out,
        details_url: body.details_url as string | undefined,
      };
      this.checkRuns.push(run);
      return this.send(res, 201, { ...run, html_url: `https://github.test/o/r/runs/${run.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels\/([^/]+)$/.exec(r.path)) && r.method === 'DELETE') {
      const pull = this.pulls.get(Number(m[1]));
      const name = decodeURIComponent(m[2]);
      if (!pull || !pull.labels.some((l) => l.name === name)) return this.send(res, 404, { message: 'Label does not exist' });
      pull.labels = pull.labels.filter((l) => l.name !== name);
      return this.send(res, 200, pull.labels);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(r.path)) && r.method === 'GET') {
      const pull = this.pulls.get(Number(m[1]));
      return pull ? this.send(res, 200, pull) : this.send(res, 404, { message: 'Not Found' });
    }
    return this.send(res, 404, { message: `fake-github: no route for ${r.method} ${r.path}` });
  }

  private listComments(r: RecordedRequest, res: ServerResponse, issue: number): number {
    const all = this.comments.get(issue) ?? [];
    const perPage = Math.min(100, Number(r.query.get('per_page') ?? 30));
    const page = Math.max(1, Number(r.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(r.query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `<${this.url}${r.path}?${q}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return this.send(res, 200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }
}
